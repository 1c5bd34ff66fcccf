"""A farm's dated label over a template text that masks its years: the template's own title with its placeholders
(``…202x年工作总结``), or no title when the label's year is ruled out by the text's era."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import title_score, title_text
from models.ingest.title_era import DECADE_MASK, MASKED_YEAR, label_ruled_out


def dated_label_over_template(title: str | None, lines: list[str]) -> bool:
    """A title with a year over a template text that masks its own years (``xxxx年``, ``XX年``) and never writes that
    year, whose era or subject rules the year out (``title_era``): a farm's label dating a template, not the report's
    title. The masks alone are no evidence (gold README, session 8: 265, 359, 575 keep their labels)."""
    years = re.findall(r"(?:19|20)\d\d", title or "")
    if not years:
        return False
    body = "\n".join(lines[1:60])
    if any(year in body for year in years) or not (MASKED_YEAR.search(body) or DECADE_MASK.search(body)):
        return False
    return label_ruled_out(title or "", body)  # 突如其来的新冠肺炎疫情 under 2024 (442)


# 2024, 20xx, 202x, XX, xxxx, or the year in Chinese numerals (二○○四: the own title under a farm's relabelled one)
_YEAR_SLOT = r"(?:(?:19|20)[\dXx×]{2}|[Xx×]{2,4}|20[\dXx×][Xx×]|[一二〇○零][〇○零一二三四五六七八九]{3})"


def template_title(current: str | None, lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """The template's own title with its placeholder years (``…202x年工作总结``) where a farm's label dated
    it (``…2024年工作总结``): the copy under or around the label writes the years as the template does."""
    # the dated label is the current choice (or its first line, when the choice joined it to the own title
    # under it), or (when the cleaner set it aside) one of the first chrome lines
    head = compact(lines[0]) if lines else ""
    joined = current is not None and bool(head) and head != compact(current) and compact(current).startswith(head)
    labels = ((current, lines[0]) if joined else (current,)) if current is not None else chrome[:3]
    for label in labels:
        if not re.search(r"(?:19|20)\d\d", label) or title_score(title_text(label)[0]) is None:
            continue  # a farm's preamble sentence (下面是小编为大家整理的…,供大家参考。) labels nothing
        # (a farm's label may end in the comma of its tag list: 某局2017年工作报告,)
        parts = re.split(r"(?:19|20)\d\d", compact(title_text(label)[0]).rstrip(",，、"))
        pattern = re.compile(f"({_YEAR_SLOT})".join(re.escape(p) for p in parts))
        for text in (*lines[:6], *chrome[:10]):
            m = pattern.match(compact(text))
            # a placeholder or a year in Chinese numerals in a year's slot (202x年, 二○○四年), never an X
            # elsewhere (X市: a masked place)
            if m and any(re.search(r"[Xx×]|^[一二]", slot) for slot in m.groups()):
                return m.group(0)
    return None
