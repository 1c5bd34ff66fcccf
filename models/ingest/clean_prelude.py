"""The report's own lines in a page's prelude (title, delivery, speaker, salutation, 文号), and the evidence for them.

``chrome_blocks`` keeps these lines before the body and drops the rest of the prelude as page furniture;
the helpers here also find a PDF's running header and a title set a token a line.
"""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.metadata_dates import find_dates, is_date_line
from models.ingest.page_fields import CLOCK_TIME

_REPORT_WORD = REPORT_END  # a line that ends naming a kind of report (with brackets after it)
_SENTENCE = re.compile(r"[，,。；;！!？?]")
_SHORT = 8  # characters: a lone short line in the prelude with no role is page furniture
FIELD = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]\s*\S{1,40}$")

SALUTATION = re.compile(
    r"^(?:各位代表|尊敬的|主任、|各位|同志们|女士们)|^各[\u4e00-\u9fff、（）()]{1,60}[:：]$|"
    r"^[\u4e00-\u9fff、，,（）()]{2,60}[:：]$"
)
# a 公文's addressee line (主送机关): organs of a level parted by 、, closed by a colon or led by 致: (致:市委、市政府)
_ORGAN = (
    r"(?:各|全)?[\u4e00-\u9fff]{0,10}?(?:省|市|县|区|州|旗|盟|镇|乡|街道|村)[\u4e00-\u9fff]{0,8}?"
    r"(?:党委|党组|委员会|人大常委会|人大|政协|人民政府|政府|办事处|委|局|厅|办公室|办)"
)
_ORGANS = rf"{_ORGAN}(?:[、，,和及]{_ORGAN})*"
ADDRESSEE = re.compile(rf"^(?:致\s*[:：]\s*{_ORGANS}[:：]?|{_ORGANS}[:：])$")
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.．、](?!\d)|"
    r"第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)|目\s*录$|附件)"
)
# (a page number - 3 - is no delivery line: the dashes close on the figure alone)
# "——2011年1月13日在…"; not a page number "- 12 -" nor a markdown bullet over a list item "- 1、"
DELIVERY = re.compile(
    # (a dash and a bare count is a profile's field, - 3485, not a date)
    r"(?:会议|大会|常委会)上|^[-—－–]{1,4}\s*(?:\d(?!\d*\s*$)(?!\d{0,2}\s*[-—－–]+\s*$)(?!\d?\s*[、．.](?!\d))|[二〇○])"
)
_SPEAKER = re.compile(
    r"(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|局长|主任|书记|厅长|主席|代市长|代区长|代县长)"
    r"(?:\s*[\u4e00-\u9fff]{2,4})?$"
)
ORG = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:委员会|办公室|办公厅|人民政府|政府|局|委|中心|厅|院)$")
_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,5}\s*号")


def names_report(line: str) -> bool:
    """The line ends naming a kind of report (``…工作报告``, ``(征求意见稿)``, ``…报告000``)."""
    text = _compact(line)
    return any(_REPORT_WORD.search(t) for t in (text, text.strip("()（）【】[]"), re.sub(r"\d+$", "", text)))


def inside_sentence(lines: list[str], roles: list[str], i: int) -> bool:
    """A short line between a kept line that stops mid-sentence and a line that carries the sentence on."""
    if not 0 < i < len(lines) - 1 or roles[i - 1] != "body" or not _SENTENCE.search(lines[i - 1]):
        return False
    prev, nxt = lines[i - 1].rstrip(), lines[i + 1]
    return prev[-1] not in "。！？!?：:" and len(nxt) >= 10 and bool(_SENTENCE.search(nxt)) and not HEADING.match(nxt)


def running_heads(lines: list[str], start: int) -> set[int]:
    """A PDF's running header: a line naming a report, no sentence in it, printed three times or more in the body.

    A line whose neighbours on both sides repeat with it at every place is a cell of a table's header row printed
    again on each page (669 ``（亿元）`` ⏎ ``2020 年计划`` ⏎ ``投资（亿元）``): a page's head sits between the text
    that ends one page and the text that starts the next, which differ from page to page."""
    seen: dict[str, list[int]] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        if len(line) <= 40 and not _SENTENCE.search(line) and not HEADING.match(line) and names_report(line):
            seen.setdefault(_compact(line), []).append(i)
    return {i for places in seen.values() if len(places) >= 3 and not _in_repeated_row(lines, places) for i in places}


def _neighbour(lines: list[str], i: int, step: int) -> str | None:
    """The nearest non-blank line from ``i`` in direction ``step``, compacted (None at the text's edge)."""
    i += step
    while 0 <= i < len(lines):
        if lines[i].strip():
            return _compact(lines[i])
        i += step
    return None


def _in_repeated_row(lines: list[str], places: list[int]) -> bool:
    """The same line before and the same line after at every place (a table's header row repeated per page)."""
    return all(
        len({_neighbour(lines, i, step) for i in places}) == 1 and _neighbour(lines, places[0], step) is not None
        for step in (-1, 1)
    )


def title_pieces(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """In a text set a token a line, the short lines right over the title are its first words (XX ⏎ 镇 ⏎ 2023)."""
    for i in range(start):
        if reasons[i] != "title" or roles[i] != "body":
            continue
        j = i - 1
        while j >= 0 and reasons[j] == "short prelude line" and len(_compact(lines[j])) <= 6:
            roles[j], reasons[j] = "body", "title piece"
            j -= 1


_OPENING_MARK = re.compile(r"^(?:[-—－–]{1,4}|[(（])$")  # what opens a delivery or date line before its figures


def date_pieces(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """The pieces of a delivery or date line a PDF set a token a line (—— ⏎ 2020 ⏎ 年 ⏎ 1 ⏎ 月 ⏎ 12 ⏎ 日在…会议上)
    are read with the line they complete: those that the date read over the join takes in stay with it (and a dash
    or bracket opening them); short lines before them, and a run that makes no date, stay page furniture."""
    for i in range(min(start, len(lines))):
        if reasons[i] not in ("delivery", "date") or roles[i] != "body":
            continue
        run: list[int] = []
        j = i - 1
        while j >= 0 and reasons[j] == "short prelude line" and len(_compact(lines[j])) <= 6:
            run.insert(0, j)
            j -= 1
        if not run:
            continue
        pieces = [_compact(lines[k]) for k in run]
        head = "".join(pieces)
        dates = [d for d in find_dates(head + _compact(lines[i])) if d[0] < len(head) <= d[1]]
        if not dates:
            continue
        offset, first = 0, len(run)
        for n, piece in enumerate(pieces):  # the piece the date starts in
            if offset + len(piece) > dates[0][0]:
                first = n
                break
            offset += len(piece)
        if first > 0 and _OPENING_MARK.match(pieces[first - 1]):
            first -= 1
        for k in run[first:]:
            roles[k], reasons[k] = "body", "date piece"


def keeps(line: str, prev_role: str) -> str:
    """Why a prelude line is the report's own (empty when it is not)."""
    if re.fullmatch(r"(?:各位代表|各位委员|同志们|女士们、先生们)[:：，,!！]?", line):
        return "salutation"
    if ADDRESSEE.match(line):
        return "addressee"
    if DELIVERY.search(line):
        return "delivery"
    if _DOC_NUMBER.search(line):
        return "doc-number"
    if _SPEAKER.search(line) and not names_report(line):
        return "speaker"  # 局长述职报告 names a report, not its speaker
    if prev_role == "speaker" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line):
        return "speaker"
    if prev_role == "delivery" and re.fullmatch(r"(?:讲话|报告|工作报告|发言|致辞|主题报告|总结讲话)[)）]?", line):
        return "delivery"  # the end of a delivery line broken after its 的 (——在…会议上的 ⏎ 讲话)
    if is_date_line(line.strip("()（）[]［］")) and not CLOCK_TIME.search(line):
        return "date"
    if HEADING.match(line):
        return "heading"
    if re.fullmatch(r"(?:19|20)\d\d\s*年度?", line):
        return "year"  # 2022年度 ⏎ 某局部门决算: the first half of a title set over two lines
    if names_report(line) and len(line) >= 4:
        return "title"
    if ORG.match(line):
        return "organisation"
    if FIELD.match(line):
        return "field"
    if len(line) > _SHORT or _SENTENCE.search(line):
        return "text"
    return ""


# a place's name alone on a line, maybe spaced out (三 河 市), over a dated title naming no place
# (2020年国民经济和社会发展统计公报): the first half of a title set over two lines, as a year line is
PLACE_LINE = re.compile(r"[\u4e00-\u9fff]{1,7}[省市县区州旗盟]")
_DATED_TITLE = re.compile(r"(?:19|20)\d\d\s*年")


def place_over_title(lines: list[str], i: int) -> bool:
    """``lines[i]`` names a place alone and the next line is a dated title that starts with its year."""
    if i + 1 >= len(lines) or not PLACE_LINE.fullmatch(_compact(lines[i])):
        return False
    nxt = lines[i + 1].strip()
    return bool(_DATED_TITLE.match(nxt)) and names_report(nxt) and not _SENTENCE.search(nxt)


_UNFINISHED_DATE = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}$")  # a signature date that lost its 日 (2021年2月22)


def _signature_date(line: str) -> bool:
    return is_date_line(line) or bool(_UNFINISHED_DATE.match(_compact(line)))


def beside_signature(lines: list[str], i: int) -> bool:
    """A line that signs a notice over its lone date (the issuer the red head printed at the top), or stands right
    under that date (the embedded document's own title after a 印发 notice): the document's, however like the page's
    head it reads."""
    return (i + 1 < len(lines) and _signature_date(lines[i + 1])) or (i > 0 and _signature_date(lines[i - 1]))


# a year and month in either script (二〇一二年五月, 2012年5月): how a booklet's cover and its 说明 are dated
_MONTH_DATE = re.compile(r"^[\d〇○零一二三四五六七八九十]{4}\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月$")


def signed_month(lines: list[str], i: int) -> bool:
    """A year-and-month date signing a preface under its signer, the sentence before ending the text (敬请批评指正。 ⏎
    滑县财政局 ⏎ 二〇一二年五月): the document's own, though the cover printed the same date over it."""
    if i < 2 or not _MONTH_DATE.match(_compact(lines[i])):
        return False
    signer, text = lines[i - 1].strip(), lines[i - 2].rstrip()
    return 2 <= len(signer) <= 30 and not re.search(r"[，,。；;：:]", signer) and text.endswith(("。", "！", "!"))
