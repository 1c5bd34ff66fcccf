"""Bounds on work that grows with the input, for the steps that are not linear (comparison of two texts)."""

from __future__ import annotations

from models.errors import ReportMarkError

# A long government work report has 20,000-200,000 characters and a few hundred headings.
MAX_COMPARE_CHARS = 1_500_000
MAX_COMPARE_SECTIONS = 3_000  # 900 KB of task lists has ~1,900; compare time grows with the square (~20 s at the limit)


def _count_sections(sections: object) -> int:
    count = 0
    stack = list(sections) if isinstance(sections, tuple | list) else []
    while stack and count <= MAX_COMPARE_SECTIONS:
        s = stack.pop()
        count += 1
        stack.extend(getattr(s, "children", ()))
    return count


def check_comparable(left_text: str, right_text: str, left_sections: object = (), right_sections: object = ()) -> None:
    """Refuse a comparison whose cost would be out of all proportion (two 12 MB texts took > 300 s).

    Raises:
        ReportMarkError: a text or an outline is beyond the comparison's bounds.
    """
    longest = max(len(left_text), len(right_text))
    if longest > MAX_COMPARE_CHARS:
        raise ReportMarkError(
            f"文档太长（{longest:,} 字），超过了对照的上限 {MAX_COMPARE_CHARS:,} 字，无法对照；请先拆分文档。"
        )
    if max(_count_sections(left_sections), _count_sections(right_sections)) > MAX_COMPARE_SECTIONS:
        raise ReportMarkError(f"文档的标题超过 {MAX_COMPARE_SECTIONS:,} 个，超过了对照的上限，无法对照；请先拆分文档。")
