"""The report's own title a store's label runs into on one head line (``(湖北省)2020年某市人民政府工作报告(全文)
政府工作报告 2020年1月5日在…会议上``): the short title right before its delivery line is the report's, the label the
store's."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import REPORT_END, title_text

# a delivery line's opening (2020年1月5日在…会议上, a masked 年月日在…, 二〇二〇年…在…大会), its blanks taken out
_DELIVERY = re.compile(
    r"^[-—－–]{0,4}(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[xX×某]{0,4}年[xX×某]{0,2}月[xX×某]{0,2}日"
    r"|[二〇○][〇○零一二三四五六七八九十年月日]{4,14})在.{2,40}?(?:会议|大会)"
)
_SENTENCE = re.compile(r"[。；;！!？?，,:：]")


def _pieces(line: str) -> list[str]:
    """The line's blank-separated pieces, a letter-spaced run (政 府 工 作 报 告) taken as one piece."""
    out: list[str] = []
    run: list[str] = []
    for word in [*line.split(), ""]:
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
            run.append(word)
            continue
        out.extend(["".join(run)] if len(run) >= 4 else run)
        run = []
        if word:
            out.append(word)
    return out


def own_title_after_label(current: str | None, lines: list[str]) -> str | None:
    """The own title standing between a store's label of the report and its delivery line on one head line, when
    the label ends with the same title (``某乡镇政府工作报告 政府工作报告 年月日在镇…大会…``, 1709, 2046; 2077,
    665 and 752 print the own title on its line): the label chosen (or nothing) gives way to it."""
    # (the head as one line, or as the lines a one-line copy's blanks parted: 某乡镇政府工作报告 / 政府工作报告 年月日…)
    for pieces in (_pieces(lines[0]) if lines else [], _pieces(" ".join(lines[:4]))):
        for k in range(1, min(len(pieces) - 1, 4)):
            own = pieces[k]
            if not 4 <= len(own) <= 20 or not REPORT_END.search(own) or _SENTENCE.search(own):
                continue
            if not _DELIVERY.match(compact("".join(pieces[k + 1 : k + 4]))):
                continue
            label = title_text(" ".join(pieces[:k]))[0]
            if compact(label) == compact(own) or not compact(label).endswith(compact(own)):
                return None
            if current is not None and compact(current) not in compact(label):
                return None  # the choice is no copy of the label: it stands
            return own
    return None
