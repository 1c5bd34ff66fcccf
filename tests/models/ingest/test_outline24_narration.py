"""A news story on a congress opening written in lines, a sentence a line (…在主席台就座。 ⏎ 与会人员全体起立…。 ⏎
在热烈的掌声中,…作政府工作报告。报告共分三个部分:一、…。二、…。): its roster and ceremony lines are narration, no
lead sentence over the paragraph after them, even when that paragraph runs on for several sentences (2014)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def story(place: str, head: str, chair: str) -> str:
    return "\n".join(
        [
            f"{place}第九届人民代表大会第三次会议隆重开幕",
            f"2月3日上午,{place}第九届人民代表大会第三次会议在会议中心隆重开幕。",
            f"大会主席团常务主席{chair}、刘五、陈六主持大会并在主席台前排就座。",
            f"{head}、孙七、周八、吴九在主席台就座。",
            "郑十、王甲、李乙在主席台就座。",
            f"上午9时,{chair}宣布:大会应到代表310名,实到代表298名,符合法定人数,现在大会开幕。",
            "与会人员全体起立,会场内响起雄壮的国歌声。",
            f"在热烈的掌声中,{head}作政府工作报告。报告共分三个部分:一、2023年工作回顾。二、2024年主要目标。"
            "三、2024年重点工作。",
            f"{head}在报告中指出,过去一年,我们坚持稳中求进工作总基调,经济运行稳中向好。" + PARA * 2,
        ]
    )


def test_roster_and_ceremony_lines_of_a_session_story_are_no_headings() -> None:
    for place, head, chair in (
        ("青山县", "县长王强", "李明"),
        ("北河市", "市长孙三", "周四"),
        ("东城区", "区长赵一", "钱二"),
    ):
        assert flat(story(place, head, chair)) == []


def test_lead_lines_over_paragraphs_of_a_report_stay_headings() -> None:
    # a report's theme lines between long paragraphs (not narration on either side) still lead
    body = "过去一年,全县上下团结奋进,攻坚克难,各项工作取得新成效。" + PARA * 3
    text = "\n".join(
        [
            "某县2023年政府工作报告",
            body,
            "经济运行稳中向好。",
            body,
            "改革开放不断深化。",
            body,
            "民生福祉持续增进。",
            body,
        ]
    )
    assert [t for _, _, t in flat(text)] == ["经济运行稳中向好", "改革开放不断深化", "民生福祉持续增进"]
