"""Kind families of session 27 (kind27b): an aim a paragraph's first sentence sets (a plan year, its subject and
将/要/计划/力争) governs the figures of the sentences after it, up to a report word; 要突破/将分别达到 aim."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


@pytest.mark.parametrize(
    "text",
    [
        # 2194 株洲 商务粮食局; the shape of 2068 (2023年,该局将继续…重点做好三方面工作:…力争…) and 2212
        # (2016年脱贫计划:…确保…脱贫204户。其中,xx村31户…)
        "今年,我市商务粮食和开放型经济工作将奋力推进开放发展先行区建设。主攻稳外贸、稳外资、促消费,"
        "实现社会消费品零售总额增长10%;进出口增长20%以上;签约项目300个以上;粮食收购40万吨。",
        "2024年,全县农业农村系统将全力抓好粮食生产和乡村振兴。稳定粮食播种面积121万亩,新建高标准农田6万亩。",
        "明年,区交通运输局要重点推进路网建设。新改建农村公路80公里,新增公交线路12条。",
        "2021年，省工信厅计划加快推进制造业转型升级。全年规模以上工业增加值增长8%，新增规上企业300家。",
    ],
)
def test_an_aim_heading_the_paragraph_governs_the_sentences_after_it(text: str) -> None:
    assert set(_kinds(text).values()) == {"target"}


@pytest.mark.parametrize(
    "text",
    [
        # a report after the head: 已, 累计, 1-6月, 去年, 共有 (1297: 今年共有“老原新”项目33个)
        "今年,全市商务工作将奋力推进开放发展。1-6月,社会消费品零售总额增长9.2%,进出口增长18%。",
        "2022年我们将继续深入推进结构调整,在扩面、提质上下功夫。今年共有重点项目33个,已开复工项目10个。",
        "2023年,全县将全力推进项目建设。去年全县新开工项目45个,完成投资32亿元。",
        # 将 as the object marker (把) heads no aim: 2023年,我县将安全生产纳入…考核 (1727)
        "2023年,我县将安全生产纳入对乡镇的考核。全年共发生事故12起,死亡3人。",
    ],
)
def test_a_report_after_the_paragraph_head_stays_actual(text: str) -> None:
    assert set(_kinds(text).values()) == {"actual"}


@pytest.mark.parametrize(
    "text",
    [
        # 2381 南京 (traditional, Chinese numerals): 要突破, 将分别达到 say what is to be reached
        "到二0一二年地區生產總值要突破六千億元,一五年要突破一萬億元。",
        "到2030年全市工业总产值要超过5000亿元。",
        "屆時,城市居民人均可支配收入將分別達到五萬元。",
        "届时全县粮食和油料产量将分别达到60万吨。",
    ],
)
def test_a_figure_to_be_reached_is_aimed_at(text: str) -> None:
    assert set(_kinds(text).values()) == {"target"}


def _changes(text: str) -> dict[float, float | None]:
    return {s.attributes["value"]: s.attributes.get("change") for s in find_indicators(text)}


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # README (增速完成9.7%; 年均增速6.7% a level, 年均增长7.6% a change): the noun heading the figure decides
        ("五年来,全区经济保持年均9.4%的增速。", 9.4, None),  # 2173
        ("地方税费收入连续15年来保持20%以上的增幅。", 20.0, None),  # 1878
        ("全县经济实现年均7.6%的增速。", 7.6, None),
        ("五年来,我区经济实现年均8.3%的中高速增长。", 8.3, 8.3),  # 2080; 376 保持年均15.7%的高速增长
        ("去年全市工业投资保持50%以上的快速增长。", 50.0, 50.0),  # 1947
        ("全省外贸进出口保持12%的平稳增长。", 12.0, 12.0),
    ],
)
def test_a_rate_after_its_figure_is_a_change_only_as_growth(text: str, value: float, change: float | None) -> None:
    assert _changes(text)[value] == change
