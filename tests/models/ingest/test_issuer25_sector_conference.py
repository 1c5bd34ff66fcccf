"""A news item on a sector's work conference that reviews the year of the place's sector system or department
(湘潭市发改系统, 我市交通运输部门): the place's bureau of that sector, as the text places it (corpus 2106, 1894),
and a headline's body at its own meeting over a 来源 line's office (2176); variants written here for other places,
sectors, levels and scripts."""

from __future__ import annotations

from models.ingest.metadata_issuer_news import news_body
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_CITY_COMMISSION = (
    "红网时刻新闻衡阳2月3日讯(记者 王芳)2月3日,衡阳市2023年发展和改革工作会议召开,回顾总结过去一年工作。"
    "副市长李强出席。\n"
    "过去一年,衡阳市发改系统锚定目标,推动重大项目建设,全市地区生产总值增长5.2%。\n"
)

_COUNTY_BUREAU = (
    "3月12日,我县召开全县交通运输工作会议。副县长张明出席会议并讲话。\n"
    "2022年,我县交通运输部门紧紧围绕全县工作大局,完成交通固定资产投资12亿元,服务桐庐发展。\n"
    "张明要求,全县交通运输系统要认清形势。\n"
)

_TRADITIONAL = (
    "3月12日,我縣召開全縣交通運輸工作會議。副縣長張明出席會議並講話。\n"
    "2022年,我縣交通運輸部門緊緊圍繞全縣工作大局,完成交通固定資產投資12億元,服務桐廬發展。\n"
)

_NO_REVIEW = (
    "2月27日,全省商务工作会议在长沙召开。副省长周海兵出席会议并讲话。\n会议总结2022年商务工作,部署2023年工作。\n"
)

_OTHER_SECTOR = (
    "3月12日,我县召开全县交通运输工作会议。副县长张明出席会议并讲话。\n"
    "2022年,我县公安部门维护了社会稳定,服务桐庐发展。\n"
)

_UNPLACED = (
    "3月12日,我县召开全县交通运输工作会议。副县长张明出席会议并讲话。\n"
    "2022年,我县交通运输部门紧紧围绕全县工作大局,完成交通固定资产投资12亿元。\n"
)


def test_a_city_sector_conference_reviewing_its_system_is_the_commission_in_full() -> None:
    assert _issuer(_CITY_COMMISSION) == "衡阳市发展和改革委员会"


def test_a_county_conference_reviewing_its_department_is_the_county_bureau() -> None:
    assert news_body(None, _lines(_COUNTY_BUREAU)) == "桐庐县交通运输局"


def test_traditional_script_reads_the_same() -> None:
    assert _issuer(_TRADITIONAL) == "桐庐县交通运输局"


def test_a_conference_with_no_review_of_its_system_names_no_bureau() -> None:
    assert news_body(None, _lines(_NO_REVIEW)) is None


def test_another_sector_department_is_not_the_conference_owner() -> None:
    assert news_body(None, _lines(_OTHER_SECTOR)) is None


def test_a_place_never_written_gives_no_bureau() -> None:
    assert news_body(None, _lines(_UNPLACED)) is None


_REPOSTED = (
    "兴安县水利局召开2023年工作部署会\n"
    "发布时间:2023-02-10 来源: 广西壮族自治区水利厅\n"
    "2月6日,兴安县水利局召开2023年工作部署会,全面部署2023年工作。会议由局长李军主持。\n"
    "李军通报了2022年工作取得的成就。2022年,全县完成水利投资3.2亿元,同比增长10%。\n"
)

_OWN_SOURCE = (
    "兴安县水利局召开2023年工作部署会\n"
    "发布时间:2023-02-10 来源: 兴安县人民政府\n"
    "2月6日,兴安县水利局召开2023年工作部署会,全面部署2023年工作。会议由局长李军主持。\n"
)


def test_a_headline_body_at_its_own_meeting_over_the_office_a_source_line_credits() -> None:
    assert _issuer(_REPOSTED) == "兴安县水利局"
    assert _issuer(_OWN_SOURCE) == "兴安县水利局"
