"""An embedded document's title whose preamble names it (特制定本行动计划) heads it, with no notice quoting it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.ingest.outline_lines import Line
from models.ingest.outline_plain_context import issues_itself

_CUT_COPY = (
    "省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南。严格申报程序，加强审核评估，及时兑现政策。\n\n"
    "本政策自2021年开始执行，由省经济和信息化厅负责解释。\n"
    "安徽省工业互联网创新发展行动计划（2021-2023年）\n\n"
    "为深入实施工业互联网创新发展战略，推动工业互联网赋能制造强省，特制定本行动计划。\n"
    "一、总体要求\n\n（一）指导思想\n\n以习近平新时代中国特色社会主义思想为指导，坚持新发展理念，推动高质量发展。\n\n"
    "（二）发展目标\n\n到2023年，全省工业互联网发展水平走在全国前列，建成一批工业互联网平台。\n\n"
    "二、行动步骤\n\n（一）网络体系强基行动。推进工业互联网外网建设，加快企业内网改造升级。\n"
)


def _flat(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: object, depth: int) -> None:
        for s in sections:  # type: ignore[attr-defined]
            out.append((depth, s.label, s.title))
            walk(s.children, depth + 1)

    walk(build_outline(text), 0)
    return out


def test_a_cut_copy_keeps_the_plan_title_its_preamble_names_over_its_parts() -> None:
    got = _flat(_CUT_COPY)
    assert got[0] == (0, "", "安徽省工业互联网创新发展行动计划（2021-2023年）")
    assert (1, "一、", "总体要求") in got and (1, "二、", "行动步骤") in got


def _lines(text: str) -> list[Line]:
    out, at = [], 0
    for part in text.split("\n"):
        out.append(Line(at, at + len(part)))
        at += len(part) + 1
    return out


def test_a_title_whose_paragraph_names_another_thing_is_not_issued_there() -> None:
    text = "某县优化营商环境实施方案\n为推进改革，县政府召开专题会议研究部署相关工作。\n"
    head, nxt = _lines(text)[:2]
    assert not issues_itself(text, head, nxt)
    text = "某县优化营商环境实施方案\n为推进改革，结合我县实际，制定本实施方案。\n"
    head, nxt = _lines(text)[:2]
    assert issues_itself(text, head, nxt)


@given(st.text(alphabet="本方案计划制定订，。为县区（）2023年-", max_size=40), st.text(max_size=80))
def test_issues_itself_never_fails_on_any_two_lines(first: str, second: str) -> None:
    first, second = first.replace("\n", ""), second.replace("\n", "")
    text = first + "\n" + second + "\n"
    head, nxt = Line(0, len(first)), Line(len(first) + 1, len(first) + 1 + len(second))
    assert issues_itself(text, head, nxt) in (True, False)
