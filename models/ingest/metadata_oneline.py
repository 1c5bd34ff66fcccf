"""A one-line copy (a doc store's: every line break a blank) opened into the lined copy it stands for, and read."""

from __future__ import annotations

import itertools
import re

from models.ingest.metadata_candidates import REPORT_END, fragment_ok
from models.ingest.metadata_fields import key_of
from models.ingest.metadata_issuer_reasons import IssuerReason, ReasonKind, reason_kind
from models.ingest.page_fields import DIGIT_DAY
from models.ingest.title_speech import DELIVERY_LINE
from models.types import Metadata

__all__ = ["is_one_line", "lined_copy", "with_lined_read"]


def is_one_line(text: str) -> bool:
    """True when most of the text is one line of at least 400 characters (the rest, if any, page chrome)."""
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    return longest >= 400 and longest * 2 >= len(text.strip())


_LETTER = re.compile(r"^[\u4e00-\u9fff](?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）])?$")  # 政 / 報(bào)
# a piece that goes on the one before: a date's unit (2021 年), a field's value after its key (日期: 2022…)
_GOES_ON = re.compile(r"^[年月日号](?![\u4e00-\u9fff]{0,4}[:：])")


def _is_key_edge(before: str, after: str) -> bool:
    """A header key ends right before the blank or starts right after it (``…0000076 公开方式``, ``成文日期 2022``)."""
    return any(key_of(before[-n:]) for n in range(2, 7)) or any(key_of(after[:n]) for n in range(2, 7))


# a number a PDF copy spaces off from the Chinese around it: ``2021 年``, ``4025 人``, ``和 2025 年``; a date
# after a name (``张三 2023年9月28日``) or a phone number (``85683071 二〇〇九年…``) is a line of its own
_NUMBER_BEFORE = re.compile(r"(?<![A-Za-z.\d])\d[\d.,%]{0,5}$")
_NUMBER_AFTER = re.compile(r"^\d[\d.,%]{0,5}(?=\s|$)")  # spaced on both sides (和 2025 年), not 张三 2023年9月
_CJK = re.compile(r"[\u4e00-\u9fff]")
_STAMP_CELL = re.compile(rf"(?:^|[\s\]】]){DIGIT_DAY}$")


def _word_space(text: str, start: int, end: int) -> bool:
    """A blank a PDF copy sets between a number and the Chinese around it (``2021 年``, ``4025 人``): spacing
    inside a line, not a line break (unless a header key is its edge: ``成文日期 2022-08-31``)."""
    before, after = text[max(0, start - 12) : start], text[end : end + 12]
    spaced = (_NUMBER_BEFORE.search(before) and _CJK.match(after)) or (
        _CJK.match(before[-1:]) and _NUMBER_AFTER.match(after)
    )
    # (a field's date value ends its cell before a heading set letter-spaced: 发布日期:2025-01-08 政 府 工 作 报 告,
    # the title on the next line, 1404)
    dated = re.search(rf"{DIGIT_DAY}$", before) is not None and bool(
        re.match(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", after)
    )
    # a day in digits standing as a cell of its own is a field's value, never a figure in a sentence (2021 年): the
    # blank after it ends the row (…[ 发布日期 ] 2024-02-18 重庆市某区…报告); a value glued to its key
    # (时间:2023-02-24 过去一年…) is left as it was, and a clock time keeps the office after it on its posting line
    # (2024-03-22 09:05 某局)
    stamped = _STAMP_CELL.search(text[max(0, start - 24) : start]) is not None
    return bool(spaced) and not dated and not stamped and not _is_key_edge(before[-6:], after[:6])


# a speaker's office ending the speaker line, before the name (某市城管局党组书记、局长 杜 宇)
_SPEAKER_ROLE = re.compile(r"(?:总理|省长|市长|区长|县长|州长|旗长|镇长|乡长|局长|主任|书记)$")


def _tokens(line: str) -> list[str]:
    """A long line cut at the blanks that stand for line breaks; a letter-spaced heading (政 府 工 作), a number
    in its sentence (``2021 年``), a time after its date, a bracketed key (``[ 索引号 ]``) and a speaker line with
    its name (``某区区长 张三``) kept whole."""
    out: list[str] = []
    text = line.strip()
    start = 0
    pieces: list[str] = []
    for m in re.finditer(r"[ \t\u3000\xa0]+", text):
        if not _word_space(text, m.start(), m.end()):
            pieces.append(text[start : m.start()])
            start = m.end()
    pieces.append(text[start:])
    for piece in pieces:
        if not piece:
            continue
        if out and (
            (_LETTER.match(piece) and _LETTER.match(out[-1].split(" ")[-1]))
            or _GOES_ON.match(piece)
            # 主 题 词:, 索 引 号:nhxyxj-…: a portal's key letter-spaced, its last letter with the colon (and value)
            or (
                re.match(r"[\u4e00-\u9fff][:：]", piece)
                and re.search(r"(?:^|\s)[\u4e00-\u9fff] [\u4e00-\u9fff]$", out[-1])
            )
            or re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?|[\]】]", piece)
            or out[-1] in ("[", "【")
            or re.fullmatch(r"(?:20)?[\dXx×＊*]{0,2}[Xx×＊*]+", out[-1])
            or (_SPEAKER_ROLE.search(out[-1]) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", piece))
        ):
            out[-1] += " " + piece
            continue
        out.append(piece)
    return out


_BARE_KEY = re.compile(r"^[\u4e00-\u9fff]{1,8}[:：]$")  # 项目单位: (a salutation or 如下: is a line's end)


# a yearbook entry's head in brackets opening its paragraph (【概况】, 【审计监管】, 【退役军人权益维护】): a topic's
# name, no sentence, run in as the entry's first words (1470, 1714, 2341), never a headline on a line of its own
_ENTRY_HEAD = re.compile(r"【[^【】，,。；;！!？?:：]{2,12}】")


def _opened(line: str) -> list[str]:
    """One long line cut into the lines its blanks stand for: a page's header fields (``信息名称 关于…  成文日期
    2022-08-31``, ``发布机构: 市城管局``) stay one row, their cells two blanks apart as a lined page writes them."""
    out: list[str] = []
    row = False  # the last line is a row of header fields
    after_key = False  # and its last cell a key waiting for its value
    for token in _tokens(line):
        is_key = key_of(token) is not None
        if row and token in ("•", "·"):
            continue  # • 索引号: … • 主题分类: …: the bullets between the fields mark no value
        if row and (is_key or after_key):
            out[-1] += "  " + token
            after_key = is_key
            continue
        if out and not row and _BARE_KEY.match(out[-1]) and not token.endswith((":", "：")):
            out[-1] += " " + token  # 项目单位: 某局: a key no list knows, with its value
            continue
        if len(out) == 1 and _ENTRY_HEAD.fullmatch(out[0]) and not row:
            out[0] += " " + token  # 【退役军人权益维护】 加强援助…: an entry's bracketed head runs into its text (2341)
            continue
        out.append(token)
        row = after_key = is_key
    return out


# what only a report's own lines hold: a full stop, its delivery line, its bracketed date, the salutation
_RUN_MARK = re.compile(
    r"。|[—－-]{1,2}\s*(?:19|20)\d\d\s*年|[(（]\s*(?:19|20)\d\d\s*年[^()（）]{2,8}日\s*[)）]|各位代表|各位委员|同志们"
)


# a pipe table's row of short cells (索引号 | … | 组配分类 | 政府工作报告 |): the page's fields, opened by no blank
_PIPE_ROW = re.compile(r"^\s*\|?(?:[^|\n]{1,40}\|){2,}[^|\n]{0,40}$")
_FIELD_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[:：])")  # 发布时间:2009年…, 来源:市水务局, 时间:2024-09-15


def _field_cell(token: str) -> bool:
    m = _FIELD_CELL.match(token.lstrip("•· "))
    return m is not None and key_of(m.group()) is not None


def _titled_fields(line: str) -> bool:
    """The run's head on a line of its own above the page's chrome: a title (and at most two names under it),
    then the page's fields run on after blanks (``…统计公报 辽宁省统计局 国家统计局辽宁调查总队 发布时间:2009年02月26日
    信息来源:辽宁日报``; ``…部门决算公开 • 时间:2024-09-15``), or a portal's table of fields, keys spaced from their
    values (``索 引 号 XM00206-… 发文日期 2025-02-26 标 题: …``). Not a row opening on a field no page writes
    (投稿人:佚名 发布时间:…, a farm's byline) nor a slogan spaced into phrases before its source
    (立足… 彰显… 以优异成绩… 来源:…)."""
    tokens = [t for t in _tokens(line) if t not in ("•", "·")]
    if len(tokens) >= 3 and (key_of(tokens[0]) is not None or _field_cell(tokens[0])):
        return True  # a portal's row of fields (索 引 号 …, • 索引号:… • 发布机构:…): a known key opens it
    first = next((k for k, t in enumerate(tokens) if _field_cell(t)), None)
    return first is not None and 1 <= first <= 3 and not re.match(r"[\u4e00-\u9fff]{2,6}[:：]", tokens[0])


def lined_copy(text: str) -> str | None:
    """A one-line copy opened into the lines its blanks stand for (a doc store writes every line break as a
    blank), so its head reads as a lined copy's; None when the text is not one line or has no blanks to open.
    The run and any line of the report around it (a sentence, a delivery line, a dated line, the salutation) are
    opened; page lines stay as they are."""
    if not is_one_line(text):
        return None
    out: list[str] = []
    opened = False
    for line in text.split("\n"):
        if _PIPE_ROW.match(line):
            out.append(line)  # 组配分类 | 政府工作报告 | 发布机构 | …: a row of cells, no values as lines (2233)
            continue
        if len(line.strip()) < 400 and not _RUN_MARK.search(line) and not _titled_fields(line):
            out.append(line)  # a page's line around the run (a menu, a crumb), or the run's head on its own
            continue
        pieces = _opened(line)
        opened = opened or len(pieces) > 1
        out.extend(pieces)
    return "\n".join(out) if opened else None


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _wrapped_pair(title: str, second: str, lines: list[str]) -> bool:
    """``title`` is ``second`` with the line above it in ``lines``: a title wrapped at a blank (…人民代表大会 /
    第五次会议上所做的政府工作报告), not a page's title, a date line or a page's label run on before the report's
    own (the line above must be able to stand in a title)."""
    whole, tail = _compact(title), _compact(second)
    return any(
        _compact(line) == tail
        and _compact(above + line) == whole
        and fragment_ok(above.strip())
        and not re.fullmatch(r"[\[【［(（].{1,10}[\]】］)）]", above.strip())  # [关闭本页]: a page's button
        for above, line in itertools.pairwise(lines)
    )


def _own_over_delivery(title: str, lined_title: str, lines: list[str]) -> bool:
    """The lined read's title is the line right over the delivery line (——2012年1月5日在…会议上), and the direct
    read's is a line of the copy above it (a page's or store's label, 泉州人民政府2011年工作报告 over 政府工作报告):
    the report's own title stands over its delivery line, as in a lined copy (1032, 1404)."""
    kept = [line.strip() for line in lines if line.strip()]
    own, label = _compact(lined_title), _compact(title)
    for k, line in enumerate(kept[1:41], start=1):
        # (the delivery line wrapped at a blank too: ——2012年1月5日在泉州市第十五届 / 人民代表大会第一次会议上)
        if _compact(line) == own and DELIVERY_LINE.match("".join(kept[k + 1 : k + 3])):
            # (or the label and the own title the direct read joined: …工作报告全文 / 政府工作报告, the label naming
            # its kind already, no first half of a title)
            return any(_compact(above) == label for above in kept[:k]) or (
                label.endswith(own) and REPORT_END.search(label[: -len(own)]) is not None
            )
    return False


def with_lined_read(direct: Metadata, lined: Metadata, lined_lines: list[str]) -> Metadata:
    """A one-line copy's metadata: what the text read as it stands gives, completed by the read of its lined copy
    (``lined_copy``). The lined read fills a field the direct read left empty, and its title replaces a direct title
    that runs on before it across a blank (a date, speaker or office before the title, as 2011年12月29日 政府工作报告),
    unless the direct read saw a slogan spaced into phrases (当创业先锋 做创新龙头 努力实现…) whole or a title
    the copy wrapped over two of its lines (``lined_lines``) of which the lined read took the second."""
    extra = dict(direct.extra)
    title = direct.title
    ran_on = (
        title is not None
        and lined.title is not None
        and _compact(lined.title) != _compact(title)
        and _compact(title).endswith(_compact(lined.title))  # a date, speaker or office run on before it
        # not a title's second line (与2007年…的报告) or one naming its own issuer after another (中共中央 国务院关于…)
        and not re.match(r"(?:年|和|及|与|暨|的|以及)|[\u4e00-\u9fff（）()]{2,30}?关于", lined.title)
        and "slogan" not in extra.get("标题依据", "")
        and not _wrapped_pair(title, lined.title, lined_lines[:40])
    )
    named = lined.extra.get("标题依据") == "名称 field" and direct.extra.get("标题依据") != "名称 field"
    over = title is not None and lined.title is not None and _own_over_delivery(title, lined.title, lined_lines)
    if lined.title is not None and (title is None or ran_on or named or over):
        title = lined.title
        extra["标题依据"] = f"{lined.extra.get('标题依据', '')} (the one-line copy read as lined)"
    date = direct.date
    if date is None and "日期来源" not in extra and lined.date is not None:
        date = lined.date  # never where the text dates itself but not in full (2021年xx月xx日)
        extra["日期来源"] = f"{lined.extra.get('日期来源', '')} (the one-line copy read as lined)"
    issuer = direct.issuer
    # the issuer read with the title it was chosen beside: a resolution's title names its session, where the direct
    # read, titleless, could only guess the government of the place (165's one-line copy)
    took_title = title is not None and title == lined.title and title != direct.title
    if lined.issuer is not None and (
        issuer is None or (took_title and reason_kind(lined.extra.get("发布机构依据")) is ReasonKind.SESSION)
    ):
        issuer = lined.issuer
        lined_reason = lined.extra.get("发布机构依据", "")
        read_as_lined = f"{lined_reason} (the one-line copy read as lined)"
        kind = reason_kind(lined_reason)
        extra["发布机构依据"] = read_as_lined if kind is None else IssuerReason(read_as_lined, kind)
    return Metadata(
        title=title,
        issuer=issuer,
        date=date,
        doc_number=direct.doc_number or lined.doc_number,
        index_number=direct.index_number or lined.index_number,
        extra=extra,
    )
