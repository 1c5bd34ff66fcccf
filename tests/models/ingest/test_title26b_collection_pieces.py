"""A farm's collection page (lead's ruling, session 26): a label plus a piece mark (``篇1``, ``篇一:``, ``范文一``,
``『范文1』``), no count in the label, no own title of the piece — the label names the collection: no title (1783,
2044, 458, 985 as 2190, 1919, 148). The piece's own title after its mark (871) and a paged part (``…范文(2)``) stay."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

BODY = (
    "20xx年,我局在区委、区政府的正确领导下,认真贯彻各项决策部署,扎实推进各项工作,较好地完成了全年目标任务。\n\n"
    "一、主要工作情况\n\n(一)招商引资成效显著。全年引进项目12个,签约资金18亿元,竣工投产5个,完成工业增加值9.7亿元。\n\n"
    "(二)项目建设稳步推进。基础设施建设投资完成3.2亿元,同比增长15%,新增规上企业4家。\n\n"
    "二、存在的问题\n\n一是项目落地偏慢;二是要素保障不足。\n"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


@pytest.mark.parametrize(
    ("label", "mark"),
    [
        ("工业园区工作总结", "篇一:工业园区工作总结"),
        ("交通运输局年度工作总结", "交通运输局年度工作总结篇1"),
        ("民政年度工作总结范文", "民政年度工作总结范文 『范文1』"),
        ("乡镇政府年终工作总结", "乡镇政府年终工作总结范文一"),
        ("2019年政府工作报告", "2019年政府工作报告篇1"),
    ],
)
def test_a_collections_label_over_a_marked_piece_is_no_title(label: str, mark: str) -> None:
    text = f"{label}\n\n时间:2021-08-31 手机版\n\n{mark}\n\n" + BODY
    assert _title(text) is None


def test_the_label_and_its_mark_on_one_line_is_no_title() -> None:
    assert _title("统计局年度工作总结范文 『范文1』\n" + BODY) is None


def test_the_pieces_own_title_after_its_mark_stays() -> None:
    label = "镇党委、政府2006年工作总结"
    text = f"{label}\n\n2024-08-10\n\n篇1:{label}\n\n{label}\n\n" + BODY
    assert _title(text) == label


def test_a_paged_part_is_no_piece_mark() -> None:
    text = "四川省政府工作报告范文(2)\n\n" + BODY
    assert _title(text) is not None
