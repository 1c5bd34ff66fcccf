"""Texts that speak as their place without being its government (session 22): a department's accounts, a body
working under the very government it names, a news item on a sector's meeting; and the two names around them (a
people's organisation's accounts, a level's bureau after a conjunction)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_bodies import fuller_name, set_apart_accounts
from models.ingest.metadata_body_names import opening_bureau
from models.ingest.metadata_issuer_committee import committee_issuer
from models.ingest.metadata_issuer_head import issuer_from_text
from models.ingest.metadata_issuer_order import economy_release
from models.ingest.metadata_not_spoken import not_its_voice
from models.ingest.metadata_own_work import placed_name
from models.ingest.metadata_speaker import speaking_government


@pytest.mark.parametrize(("place", "level"), [("永昌县", "县"), ("金东区", "区"), ("楚雄州", "州"), ("宜春市", "市")])
@pytest.mark.parametrize(
    "under",
    ["2020年在{l}委、{l}政府的正确领导下,", "今年以来,全{l}各级财政部门认真贯彻落实{l}委、{l}人民政府的各项决策部署,"],
)
def test_a_body_under_its_own_levels_government_is_not_that_government(place: str, level: str, under: str) -> None:
    text = (
        under.format(l=level) + f"认真履职,扎实推进各项工作。\n一、全{level}环境质量状况\n"
        f"全{level}空气质量良好,{place}优良天数174天。全{level}完成造林1万亩。\n"
    )
    assert not_its_voice(text, place + "人民政府")


@pytest.mark.parametrize(
    ("place", "level", "above"), [("牟定县", "县", "州"), ("万安镇", "镇", "县"), ("竹林镇", "镇", "市")]
)
def test_a_government_led_by_the_level_above_still_speaks(place: str, level: str, above: str) -> None:
    text = (
        f"一年来,在{above}委、{above}政府和{level}党委的坚强领导下,我{level}经济平稳增长。\n"
        f"{place}全年实现生产总值10亿元,全{level}新增就业300人。我{level}将继续努力。\n"
    )
    assert speaking_government(None, text.splitlines()) == place + "人民政府"
    assert not not_its_voice(text, place + "人民政府")


@pytest.mark.parametrize(
    ("place", "level", "meeting", "deputy"),
    [
        ("文成县", "县", "退役军人事务系统工作会议", "县委常委、副县长张乐阳出席会议"),
        ("武进区", "区", "医疗保障半年工作会议", "副区长张小虎参加会议"),
        ("临安市", "市", "安全生产工作推进会", "副市长王某某出席并讲话"),
    ],
)
def test_a_news_item_on_a_sectors_meeting_is_not_its_government(
    place: str, level: str, meeting: str, deputy: str
) -> None:
    text = (
        f"{place}新闻网讯(记者 叶某)近日,我{level}召开2025年{meeting}。{deputy}。\n"
        f"会议指出,今年以来,全{level}各项工作取得阶段性成效,{place}服务站达120个。\n"
        f"会议强调,下半年全{level}要强化思政引领。\n"
    )
    assert not_its_voice(text, place + "人民政府")


@pytest.mark.parametrize(("place", "level"), [("昭阳区", "区"), ("临澧县", "县")])
def test_a_meeting_its_head_addresses_is_still_the_governments(place: str, level: str) -> None:
    text = (
        f"10月16日,{place}召开统计工作会议。{level}委副书记、{level}长曹某在会上要求各级各部门做好统计工作。\n"
        f"今年以来,全{level}地区生产总值增长7%,{place}新增企业120家。我{level}将继续努力。\n"
    )
    assert speaking_government(None, text.splitlines()) == place + "人民政府"
    assert not not_its_voice(text, place + "人民政府")


def test_a_departments_accounts_speaking_of_its_county_are_not_the_county_governments() -> None:
    text = (
        "铁岭县妇联2022年部门决算\n一、主要职责\n全县妇女儿童工作由本部门统筹,铁岭县各乡镇妇联12个。\n"
        "二、部门决算单位构成\n全县妇联系统共有单位1个。\n"
    )
    assert speaking_government(None, text.splitlines()) is None


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("第一部分 铁岭县妇联部门概况", "铁岭县妇联"),
        ("第一部分 铁岭县财政部门概况", "铁岭县财政部门"),
        ("第一部分 平阳县总工会概况", "平阳县总工会"),
        ("第一部分:共青团宁海县委员会概况", "共青团宁海县委员会"),
    ],
)
def test_a_people_organisations_accounts_are_its_own(line: str, body: str) -> None:
    assert set_apart_accounts(["目 录", line, "一、主要职责"]) == body


def test_the_template_heading_without_a_body_names_none() -> None:
    assert set_apart_accounts(["目 录", "第一部分 部门概况", "一、主要职责"]) is None


@pytest.mark.parametrize("before", ["区委、区政府的坚强领导和", "上级部门的", "省厅与"])
def test_a_level_after_a_conjunction_is_no_place(before: str) -> None:
    line = f"今年以来,金东区退役军人事务工作在{before}市退役军人事务局的有力指导下,扎实推进各项工作。"
    assert fuller_name("退役军人事务局", [line]) == "退役军人事务局"


def test_a_city_before_the_bureau_is_still_its_place() -> None:
    assert fuller_name("退役军人事务局", ["金华市退役军人事务局2020年工作总结"]) == "金华市退役军人事务局"


@pytest.mark.parametrize(
    "dateline", ["香格里拉网讯 (记者 杨洪程 ) 据初步测算,", "红河网讯(记者 李某)", "本地新闻网讯(通讯员 王某)"]
)
def test_an_economy_release_behind_a_news_dateline_names_no_one(dateline: str) -> None:
    lead = dateline + "今年一季度,维西县实现地区生产总值(GDP)59043万元,同比增长9.3%,增速较上年同期下降3.6个百分点。"
    assert economy_release(None, [lead])


@pytest.mark.parametrize(("county", "kind"), [("宜君县", "农业"), ("淳化县", "林业"), ("平阳县", "安全生产")])
@pytest.mark.parametrize("meeting", ["工作会", "推进会", "表彰会"])
def test_a_meeting_opening_a_news_item_is_no_body(county: str, kind: str, meeting: str) -> None:
    line = f"4月17日,{county}{kind}{meeting}在县{kind}局五楼会议室召开。会议总结了2018年全县{kind}工作。"
    assert opening_bureau([line]) is None


def test_the_bureau_convening_its_meeting_still_opens_the_item() -> None:
    assert opening_bureau(["4月17日,宜君县农业局在五楼会议室召开全县农业工作会。"]) == "宜君县农业局"


@pytest.mark.parametrize("region", ["自治区", "自治州"])
def test_a_region_named_by_its_kind_alone_holds_no_congress_of_a_place(region: str) -> None:
    lines = [
        f"经{region}第十三届人民代表大会常务委员会第二十七次会议批准,{region}第十三届人民代表大会审议通过。",
        f"{region}第十三届人民代表大会第二次会议,{region}林草局上报项目3起。",
    ]
    assert issuer_from_text(None, lines).value is None


@pytest.mark.parametrize(
    "brand",
    [
        "打造泰山茶产业综合体。",
        "建设泰山茶溪谷产业园。",
        "区领导到泰山中医门诊部视察。",
        "与泰山农业发展集团合作。",
    ],
)
def test_a_place_named_only_in_a_brand_places_no_bureau(brand: str) -> None:
    lines = ["2025年,全区农业工作稳步推进。", brand, "带动泰山茶产业提质增效,全区新增合作社12家。"]
    assert placed_name("区农业农村局", lines) is None


def test_a_place_named_in_its_own_right_still_places_the_bureau() -> None:
    assert placed_name("区科技局", ["2025年,全区科技工作稳步推进,赋能瓯海产业发展。"]) == "瓯海区科技局"


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("全国人民代表大会常务委员会工作报告", "——2014年3月9日在第十二届全国人民代表大会第二次会议上"),
        ("全国人大常委会工作报告", "各位代表:"),
        (None, "我代表全国人大常委会向大会报告工作,请予审议。"),
    ],
)
def test_the_national_congress_committee_reports_as_itself(title: str | None, opening: str) -> None:
    lines = [opening, "各位代表:", "过去一年,常委会依法履职。"]
    assert committee_issuer(title, lines) == ("全国人民代表大会常务委员会", True)


def test_a_quoted_policy_in_the_places_name_still_places_the_bureau() -> None:
    lines = ["2020年,全区上下坚持稳中求进,为建设幸福武清奠定了坚实基础。", "坚定落实“武清八条”措施,保障企业复工。"]
    assert placed_name("区发改委", lines) == "武清区发改委"
