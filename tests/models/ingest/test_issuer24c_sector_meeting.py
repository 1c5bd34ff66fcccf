"""A sector's work conference the level convenes for its year or half year (我市召开2016年发改工作会议, 某县2025年半年度
…系统工作会议召开), its bureau's head speaking a few paragraphs on (主任某某指出, 负责人介绍) or the bureau reporting
its half year (县某局通报了2025年上半年…): that bureau, placed as the text places it (corpus 1947 黄石, 1280 文成,
1762 青海; 2020 南华 kept; variants here for other places, offices and years)."""

from __future__ import annotations

from models.ingest.metadata_issuer_news import news_body


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_CONVENED_YEAR = (
    "本报记者 王芳 2月20日下午,我市召开2019年商务工作会议,为今年全市商务工作定调。\n"
    "据了解,近年来,宜宾积极扩大开放,外贸进出口保持较快增长。\n"
    "会议在回顾总结2018年工作成效时认为,宜宾面临着转型发展的双重压力。\n"
    "会上确定了一些重点目标:社会消费品零售总额增长10%。\n"
    "市商务局党组书记、局长李强指出,2019年是关键之年,要开创商务工作新局面。\n"
)

_HALF_YEAR = (
    "丰县2024年半年度医疗保障系统工作会议召开\n"
    "近日,我县召开2024年半年度医疗保障系统工作会议。副县长张明出席会议。\n"
    "会议传达了全省医保工作会议精神,各镇进行了汇报交流,县医疗保障局通报了2024年上半年医保工作情况,部署下半年工作。\n"
)

_HEAD_TELLS = (
    "全省林业工作会议召开\n"
    "1月20日,全省林业工作会议在福州召开,总结2020年工作,部署2021年任务。\n"
    "2020年,我省林业生产稳中有进,森林覆盖率保持全国首位。\n"
    "据省林业局负责人介绍,今年将坚持生态优先,推进“清新福建”建设,完成造林100万亩。\n"
)

_WHOLE_COUNTY = (
    "2022年3月1日上午,安吉县召开2022年全县统计工作会议,县统计局党组书记、局长王刚主持。\n"
    "会上,县统计局党组书记、局长王刚全面总结了2021年工作。\n"
)


def test_the_year_s_sector_meeting_the_level_convenes_is_its_bureau_s() -> None:
    assert news_body(None, _lines(_CONVENED_YEAR)) == "宜宾市商务局"


def test_a_half_year_s_system_meeting_whose_bureau_reports_its_half_year() -> None:
    assert news_body(None, _lines(_HALF_YEAR)) == "丰县医疗保障局"


def test_the_province_s_bureau_whose_head_tells_the_year_s_plans() -> None:
    assert news_body(None, _lines(_HEAD_TELLS)) == "福建省林业局"


def test_a_place_convening_its_whole_county_s_meeting_keeps_the_sector() -> None:
    assert news_body(None, _lines(_WHOLE_COUNTY)) == "安吉县统计局"


def test_no_bureau_of_the_sector_named_stays_none() -> None:
    text = _CONVENED_YEAR.replace("市商务局党组书记、局长李强指出", "市长李强指出")
    assert news_body(None, _lines(text)) is None
