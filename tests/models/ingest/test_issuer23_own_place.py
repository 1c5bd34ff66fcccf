"""A government's own report whose speaker gives its level only (session 23: 1919, 1927, 1929, 1935, 1287, 1769,
1861, 1904, 1654): the level said (我代表市人民政府, 县十四届人大, 市长…作政府工作报告) or spoken (全县) and the one
place of that level the text, its headline or the page's own label of the report names is the government."""

from __future__ import annotations

import pytest

from models.ingest import parse_raw
from models.ingest.metadata_issuer_place import own_place_government
from models.ingest.read import RawText

_SPEECH = (
    "各位代表:\n现在,我代表{lv}人民政府,向大会作政府工作报告,请予审议。\n"
    "一、过去一年工作回顾\n过去的一年,全{lv}人民在省委省政府和{lv}委的坚强领导下,{body}\n"
)


def _lines(text: str) -> list[str]:
    return text.splitlines()


@pytest.mark.parametrize(
    ("level", "body", "expected"),
    [
        ("市", "在深圳经济发展史上是罕见的。全市生产总值增长12%。", "深圳市人民政府"),
        ("市", "全力打造“健康遂宁”,全市生产总值增长8%。", "遂宁市人民政府"),
        ("县", "奋进舟曲鼓舞人心,全县生产总值增长6%。", "舟曲县人民政府"),
        ("区", "奋进江阳鼓舞人心!全区生产总值增长8.5%。", "江阳区人民政府"),
        ("区", "是兴安改革发展取得重大进展的一年。全区生产总值增长9%。", "兴安区人民政府"),
        ("省", "广东实现生产总值6.78万亿元。全省居民消费价格上涨2.3%。", "广东省人民政府"),
    ],
)
def test_the_one_place_of_the_speakers_level(level: str, body: str, expected: str) -> None:
    text = _SPEECH.format(lv=level, body=body)
    assert own_place_government("政府工作报告", [], _lines(text)) == expected


def test_a_place_of_another_level_is_no_rival() -> None:
    # the province a city's report names (广东省委) is not the city's rival, never the answer (1934's family)
    text = _SPEECH.format(lv="市", body="在广东省委领导下,在深圳经济发展史上是罕见的。广东全省增长7%。")
    assert own_place_government("政府工作报告", [], _lines(text)) == "深圳市人民政府"


def test_two_places_of_the_level_named_alike_abstain() -> None:
    text = _SPEECH.format(lv="市", body="漳州港、泉州港吞吐量增长,漳州、泉州两地共建,全市增长8%。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None


def test_a_place_named_once_beside_one_named_often_is_outvoted() -> None:
    text = _SPEECH.format(lv="县", body="舟曲一中获奖,渭源县到舟曲观摩,舟曲地质灾害防治研究基地挂牌。")
    assert own_place_government("政府工作报告", [], _lines(text)) == "舟曲县人民政府"


def test_a_place_only_as_a_partner_or_superior_is_no_evidence() -> None:
    text = _SPEECH.format(lv="县", body="与南昌县签订合作协议,全县生产总值增长6%。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None
    text = "各位代表:\n我代表区人民政府作报告。\n在哈尔滨市委、市政府领导下,全区增长。\n"
    assert own_place_government("政府工作报告", [], _lines(text)) is None


def test_a_name_inside_another_place_or_a_word_is_no_evidence() -> None:
    # 定西市 holds 西市 (西市区); 双城经济圈 is a word, not 双城区; 长沙县 is not 长沙市
    for body in ("定西市到此观摩,全区增长。", "成渝地区双城经济圈建设,全区增长。"):
        text = _SPEECH.format(lv="区", body=body)
        assert own_place_government("政府工作报告", [], _lines(text)) is None
    text = _SPEECH.format(lv="市", body="长沙县、长沙县来此,全市增长。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None


def test_the_place_never_written_abstains() -> None:
    text = _SPEECH.format(lv="市", body="全市生产总值增长8%,我市经济稳中有进。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None


def test_a_masked_place_abstains() -> None:
    text = _SPEECH.format(lv="市", body="X市政协委员,健康遂宁,全市增长。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None


def test_a_text_that_is_no_government_report_is_not_read() -> None:
    text = "全市统计工作会议召开。\n全市各级统计部门认真履职,深圳统计工作取得新成效。\n全市增长。\n"
    assert own_place_government("统计工作会议召开", [], _lines(text)) is None


def test_the_order_decided_no_one_unless_the_title_names_a_work_report() -> None:
    text = _SPEECH.format(lv="县", body="奋进舟曲鼓舞人心,全县生产总值增长6%。")
    assert own_place_government("某县预算执行情况的报告", [], _lines(text), decided=True) is None
    assert own_place_government("政府工作报告", [], _lines(text), decided=True) == "舟曲县人民政府"


@pytest.mark.parametrize(
    ("congress", "expected"),
    [
        ("较好地完成了区九届人大一次会议提出的奋斗目标。奋进江阳!", "江阳区人民政府"),
        ("圆满完成了市四届人大五次会议确定的各项目标任务。共商张家界发展大计。", "张家界市人民政府"),
        ("各位代表,自县十四届人大一次会议以来,全县发展。大美舟曲。全省第一。全省前列。", "舟曲县人民政府"),
    ],
)
def test_the_level_of_its_own_congress(congress: str, expected: str) -> None:
    # 全省 spoken as often as 全区: the congress the government reports to says its level
    text = f"五年来,全省领先、全省第一,全区上下团结奋斗,{congress}\n"
    assert own_place_government(None, [], _lines(text)) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("代市长陈冬昨日在政府工作报告中提出预期目标,紧紧围绕“漳州先行”发展主线。", "漳州市人民政府"),
        ("市长刘革安代表市人民政府作《政府工作报告》,共商张家界发展大计。", "张家界市人民政府"),
        ("县长王某代表县人民政府作政府工作报告,全力建设美丽郯城。", "郯城县人民政府"),
    ],
)
def test_a_news_item_on_the_head_delivering_the_report(headline: str, expected: str) -> None:
    assert own_place_government(None, [], _lines(headline)) == expected


def _parsed_issuer(text: str) -> str | None:
    return parse_raw(
        RawText(text=text, encoding="utf-8", source_format="txt", content_hash="0"), "x.txt"
    ).metadata.issuer


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("下面是小编为大家整理的合肥市2008年政府工作报告【完整版】,供大家参考。", "合肥市人民政府"),
        ("本站小编为大家整理了一些广东省政府工作报告,希望对你有用!", "广东省人民政府"),
        ("下面是小编为大家整理的宁海县2015年政府工作报告,供大家参考。", "宁海县人民政府"),
    ],
)
def test_a_page_blurb_naming_the_report_names_its_place(label: str, expected: str) -> None:
    level = expected[-5]
    text = (
        f"天天范文\n{label}\n政府工作报告\n各位代表:\n现在,我代表{level}人民政府,向大会作政府工作报告,请予审议。\n"
        f"一、过去五年工作回顾\n过去的五年,是改革开放以来我{level}经济社会发展最好最快的时期。全{level}生产总值增长1.2倍。\n"
    )
    assert _parsed_issuer(text) == expected


def test_a_partners_list_and_a_quoted_nickname_are_no_evidence() -> None:
    text = _SPEECH.format(lv="市", body="全力以赴与泰州、无锡联合冲刺国家先进制造业集群,全市增长。")
    assert own_place_government("政府工作报告", [], _lines(text)) is None
    text = "单某在《政府工作报告》中说,加快美丽“滨城”建设,美丽“滨城”建设迈出坚实步伐,“滨城”更美。\n"
    assert own_place_government(None, [], _lines(text)) is None


def test_a_bureau_citing_the_report_as_its_task_is_not_the_report() -> None:
    text = "市工信局将进一步落实落细政府工作报告的工作部署。全市工业增长,全市新增企业200家,与泰州合作,无锡领先。\n"
    assert own_place_government("聚焦实体经济", [], _lines(text)) is None


def test_a_heads_title_glued_to_his_name_is_no_place() -> None:
    text = "市长葛慧君作政府工作报告\n过去的一年,全市生产总值增长13%,我市经济平稳。\n"
    assert own_place_government(None, [], _lines(text)) is None
