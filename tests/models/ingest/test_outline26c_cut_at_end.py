"""A numbered heading the excerpt's end cuts (its title stops mid-word on the text's last line) is a heading
whatever number it starts at: the cut is in sight, and no prose stops on a bare label and a few words."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline


def _flat(text: str) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: object, depth: int) -> None:
        for s in sections:  # type: ignore[attr-defined]
            out.append((depth, s.label, s.title))
            walk(s.children, depth + 1)

    walk(build_outline(text), 0)
    return out


# a work report stored in parts, this one its third (2083 shape): prose, then the next part's label cut
_PART = "\n".join(
    [
        "某省政府工作报告全文(三)",
        "各位代表,过去的一年,我们全面加强政府自身建设,行政效能明显提升,政府服务不断加强。",
        "我们也清醒地看到,经济社会发展中还存在不少问题,政府工作还有很多不足。对这些问题,我们一定高度重视,"
        "积极采取有力措施认真加以解决",  # (the copy lost the full stop)
        "{label}",
    ]
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("二、目标任", ("二、", "目标任")),
        ("三、2024年工作安", ("三、", "2024年工作安")),
        ("(二)坚持创新驱动,加快产业转", ("(二)", "坚持创新驱动,加快产业转")),
    ],
)
def test_a_heading_cut_at_the_end_of_a_copy_starting_late_is_a_heading(label: str, expected: tuple[str, str]) -> None:
    assert _flat(_PART.format(label=label)) == [(0, *expected)]


def test_a_cut_child_skipping_numbers_under_its_part_is_a_heading() -> None:
    # a masked excerpt that lost (一) and (二) (2218 shape): its (三) cut at the end stands under 一、
    text = "\n".join(
        [
            "一、2023年工作回顾",
            "过去一年,我们坚持稳中求进工作总基调,全市经济社会发展取得新成效。",
            "一年来,我们主要推进了以下六个方面的工作。",
            "打破现有行政区划界限,整合开发区和园区,明确各类园区产业定位。",
            "(三)着力推进城乡大建设,加快城乡统筹发",
        ]
    )
    assert _flat(text) == [(0, "一、", "2023年工作回顾"), (1, "(三)", "着力推进城乡大建设,加快城乡统筹发")]


def test_a_label_in_a_sentence_at_the_end_is_still_no_heading() -> None:
    # the text ends inside a sentence that quotes a number: no line of its own, no heading
    text = "\n".join(
        [
            "各位代表,过去的一年,我们全面加强政府自身建设,行政效能明显提升。",
            "我们将按照省委部署,落实二、三季度的重点任",
        ]
    )
    assert _flat(text) == []


def test_a_table_row_naming_an_article_at_the_end_is_no_cut_heading() -> None:
    # a disclosure report's flattened table (1584 shape): its row label names an article and an item
    text = "\n".join(
        [
            "一、总体情况",
            "2023年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,政务公开工作取得新成效。",
            "二、主动公开政府信息情况",
            "第二十条第(一)项",
        ]
    )
    assert _flat(text) == [(0, "一、", "总体情况"), (0, "二、", "主动公开政府信息情况")]
