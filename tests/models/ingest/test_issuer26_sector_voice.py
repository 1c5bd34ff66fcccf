"""A bureau's summary known only by its voice (我委, 我局, 局党委, 全局上下) and the one line of work it names as its
own (市发改系统, 广州市司法行政系统, 我区科技工作, 农业各项工作): that sector's body at the level the text speaks at, in
the place the text names; no body when the voice, the sector or the place is missing, or two sectors are named
(corpus 2192, 2153, 2229; variants written here for other places, offices and years)."""

from __future__ import annotations

from models.ingest.metadata_issuer_voice import spoken_sector_bureau
from tests.models.ingest._reading import issuer as _issuer


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


_COMMISSION = (
    "今年以来,按照市委、市政府工作总基调,我委紧扣主题主线,扎实做好发展改革各项工作。上半年,全市经济运行平稳。\n"
    "一、加强综合分析研判\n"
    "与人行徐州中心支行签署合作备忘录。市委、市政府先后听取了我委经济运行分析汇报。完成年度市发改系统重点调研。\n"
    "《徐州市2014年上半年国民经济运行分析》按时报送。\n"
)

_JUSTICE = (
    "2017年,我局在区委、区政府正确领导下,围绕全区的中心工作,深入推进依法治区。\n"
    "我区调委会荣获全国模范调委会称号,我局南洲司法所荣立广州市司法行政系统集体三等功,我局荣获海珠区先进集体。\n"
    "一、保稳定。全区18个街调委会排查纠纷。\n"
)


def test_the_commission_of_its_own_system_at_its_level_in_its_city() -> None:
    assert spoken_sector_bureau(_lines(_COMMISSION)) == "徐州市发展和改革委员会"
    # another city, a county speaking as 我局 of its 发改 system: the county's 发展和改革局
    county = (
        "2019年,我局在县委、县政府的领导下,扎实做好发展改革各项工作,全县发改系统齐心协力。\n"
        "我局牵头编制《金寨县十四五规划》,全县固定资产投资增长10%。\n"
    )
    assert spoken_sector_bureau(_lines(county)) == "金寨县发展和改革局"


def test_the_bureau_of_the_system_it_answers_to_at_the_district_it_speaks_as() -> None:
    assert spoken_sector_bureau(_lines(_JUSTICE)) == "海珠区司法局"
    assert _issuer(_JUSTICE) == "海珠区司法局"


def test_a_bureau_it_names_as_its_own_subject_in_the_text_s_words() -> None:
    text = (
        "本网讯:2月18日,兖州市召开总结表彰大会,农业局荣获兖州市直部门先进单位称号。\n"
        "2012年,农业局在兖州市委、兖州市政府的正确领导下,扎实做好农业各项工作,农民收入持续增长。\n"
        "2013年,全局上下要紧紧围绕局党委制定的工作思路,坚持敬业奉献。\n"
    )
    assert spoken_sector_bureau(_lines(text)) == "兖州市农业局"


def test_no_voice_no_sector_two_sectors_or_no_place_names_nobody() -> None:
    assert spoken_sector_bureau(_lines(_COMMISSION.replace("我委", "全市"))) is None
    assert spoken_sector_bureau(_lines(_COMMISSION.replace("发展改革各项", "各项").replace("发改系统", "系统"))) is None
    # two lines of work spoken of as the text's own: no telling whose
    assert spoken_sector_bureau(_lines(_COMMISSION + "全市财政系统扎实做好财政各项工作。\n")) is None
    placeless = _COMMISSION.replace("徐州", "")
    assert spoken_sector_bureau(_lines(placeless)) is None


def test_a_bureau_named_in_passing_is_not_the_speaker() -> None:
    # 会同市财政局: another body it works with; the voice still belongs to the commission of its own system
    text = _COMMISSION + "我委会同市财政局下达专项资金。\n"
    assert spoken_sector_bureau(_lines(text)) == "徐州市发展和改革委员会"
    # a system it supports or works with is another's line of work, not its own
    assert spoken_sector_bureau(_lines(_COMMISSION + "配合做好全市财政系统改革工作。\n")) == "徐州市发展和改革委员会"
    text = "我局会同有关部门,支持全市发改系统开展调研。全市上下共同努力,服务徐州发展。\n"
    assert spoken_sector_bureau(_lines(text)) is None


def test_a_source_running_into_the_font_bar_with_no_blank_names_the_office() -> None:
    # 来源:平昌县财政局字体【 (corpus 1805): the page's font bar glued on, as 字体: is (镜湖区统计局阅读次数:)
    from models.ingest.metadata_issuer_source import source_office

    assert source_office("平昌县财政局字体【") == "平昌县财政局"
    assert source_office("临澧县统计局字号[大 中 小]") == "临澧县统计局"
    assert source_office("莲都区人民政府 字体【") == "莲都区人民政府"


def test_the_level_it_writes_its_own_body_at_over_the_level_of_its_awards() -> None:
    text = (
        "〔事业状况〕1997年利津县统计局以党的十五大精神为指针,认真贯彻省、市统计工作会议精神。\n"
        "在全市统计业务评比中,取得9个第一,获全市综合评比一等奖。由县委、县政府命名表彰了28个小康村。\n"
        "1997年年底全局干部职工25人。\n"
    )
    assert spoken_sector_bureau(_lines(text)) == "利津县统计局"


def test_a_slogan_s_verb_and_level_is_no_one_letter_county() -> None:
    # 质量兴县工作 (corpus 2257), 产业富县战略: the county's way forward, never 兴县 or 富县
    text = "按照县委、县政府的部署,我局质量兴县工作坚持科学发展,围绕落实质量兴县科技工作目标,全县科技工作取得新成效。\n"
    assert spoken_sector_bureau(_lines(text)) is None
    assert spoken_sector_bureau(_lines(text.replace("质量兴县", "产业富县"))) is None
    assert spoken_sector_bureau(_lines(text + "山西兴县科技工作会议召开。\n")) == "兴县科技局"
