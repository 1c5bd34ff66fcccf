"""A one-line copy's title run straight into its first clause, with no blank, mark or year between them
(``乡镇XX年一季度工作情况汇报一季度,全镇上下…``, ``XX年工业区管委会工作总结成凉工业园区作为…,``)."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import REPORT_END, title_score, title_text

# a kind of report closing a title (the words ``metadata_pages._RUN_IN_TITLE`` closes one with)
_KIND = re.compile(r"报告|总结|计划|要点|思路|谋划|方案|汇报|公报|通报|规划|打算|安排")
# what goes on with the title after its kind: a conjunction and a second part, 的, a note in brackets, 情况, 范文
_GOES_ON = re.compile(r"[和及与暨的、之(（\[【]|以及|情况|工作|范文|全文|材料")
# a store's count of the pieces it compiles under one label (5篇, 十篇), right after the kind
_PIECE_COUNT = re.compile(r"\s*[\d一二三四五六七八九十]{1,2}\s*篇")
# a period alone before the kind, no subject (2020年, 2021年度, 上半年, 1-6月份): a title names what it reports on
_BARE_PERIOD = re.compile(r"^\s*(?:(?:19|20)\d\d\s*年度?)?(?:[上下]半年|一季度|\d{1,2}\s*-\s*\d{1,2}\s*月份?)?\s*$")
# the body's date line run on after the title (年月日 with its digits stripped, 2021年3月) before its first clause
_DATE_RUN = re.compile(r"(?:(?:19|20)\d\d)?年\d{0,2}月\d{0,2}日?")

# the text naming itself (本报告, 本公报, 本规划…): a document's first sentence, as a PDF's title runs into it
SELF_NAMED = re.compile(r"本(?:年度)?(?:报告|公报|规划|计划|方案|总结|汇报)(?:是|由|根据|依据|按照|所列|中|[,，])")


def title_before_clause(line: str) -> str | None:
    """The title a one-line copy opens with when the text runs on into its first clause: the shortest head of the
    line that closes on a kind of report, names one, holds no sentence, and after which the text reads as a clause
    (up to its first comma, at most 30 letters, no kind of report, no full stop or colon) or opens with a date line
    (年月日 with its digits stripped); None when no head does.
    A clause naming a kind of report may be the rest of the title (…工作总结 / 及2022年工作计划): the next kind is
    tried."""
    for kind in _KIND.finditer(line[:48]):
        title, rest = line[: kind.end()].strip(), line[kind.end() :]
        if re.match(r"\s", rest) or re.search(r"\s", title):
            return None  # a blank in or after it: the copy's own breaks, read by ``metadata_pages.run_in_title`` (1245)
        if _PIECE_COUNT.match(rest):
            return None  # …工作总结5篇【篇一】: a store's compilation label over its first piece, no title of the piece
        if len(title) < 6 or _GOES_ON.match(rest):
            continue
        if not _BARE_PERIOD.sub("", _KIND.sub("", line[: kind.start()])):
            continue  # 2020年计划实施…项目71个: a year and the verb 计划 name nothing planned, no title (1954)
        if re.search(r"[，,。；;:：！？!?]", title):
            return None  # a sentence before the first kind: the copy opens with its text, not a title
        dated = _DATE_RUN.match(rest) is not None and len(rest) > 8  # 年建设局工作总结及工作计划年月日今年以来…
        # (the text naming itself opens its first sentence, never goes on with a title: …年度报告本报告是根据…, 2136)
        dated = dated or SELF_NAMED.match(rest) is not None
        clause, comma = _clause(rest)
        if not dated and (not comma or len(clause) > 30 or re.search(r"[。；;:：]", clause) or _KIND.search(clause)):
            continue
        if not REPORT_END.search(title) or title_score(title) is None:
            return None
        return title_text(title)[0]  # (a store's title glued before the own one that repeats its start: the own, 1579)
    return None


def _clause(rest: str) -> tuple[str, str]:
    """The text up to its first comma, and the comma (``""`` when it has none)."""
    m = re.search(r"[，,]", rest)
    return (rest[: m.start()], m.group()) if m else (rest, "")
