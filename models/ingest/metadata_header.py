"""A web page's header rows (索引号/发布机构/发布日期 tables, ``[ 成文日期 ] …`` and ``• 发文机关:…`` rows in the
text, a dated page title, a newspaper page's issue line) read into metadata fields, and which page dates count as a
publication's."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.metadata_dates import parse_date
from models.ingest.metadata_fields import STRONG_KEYS, field_value, parse_fields, table_header_line
from models.ingest.metadata_issuers import source_is_issuer
from models.ingest.page_fields import DASH_DAY, DASH_OR_WRITTEN_DAY, SOURCE_TIME

DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,14}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号$")


def labels_with_values(lines: tuple[str, ...]) -> list[str]:
    """Header rows whose value sits on the line after its label (``• 发文日期:`` ⏎ ``2024年04月06日 16:40``, the
    time set aside as ``时间: …``) joined into one ``label:value`` row."""
    out: list[str] = []
    for line in lines:
        lone = parse_fields(out[-1]) if out else None
        if lone and len(lone) == 1 and not lone[0][2].strip():
            parsed = parse_fields(line)
            if parsed is None or (len(parsed) == 1 and parsed[0][1] == "时间" and line.lstrip().startswith("时间")):
                value = (re.split(r"[:：]", line, maxsplit=1)[1] if parsed else line).strip()
                # only a value that cannot be a line of its own: a date, a 文号, a code
                if parse_date(value) or DOC_NUMBER.match(value) or not re.search(r"[\u4e00-\u9fff]", value):
                    out[-1] = out[-1].rstrip() + value
                    continue
        out.append(line)
    return out


def header_fields(lines: tuple[str, ...]) -> dict[str, str]:
    """The fields of a page's header lines (the first value of each key wins, but an office's 来源 with its
    posting date beats a mirror's site and update time)."""
    fields: dict[str, str] = {}
    office_dated = False
    for line in labels_with_values(lines):
        # 发布时间:2022-04-11 15:09信息来源:某县统计局: a key glued to the time before it
        line = re.sub(r"(?<=\d)(?=(?:信息来源|来源|发布机构|发文机关|文号)[:：])", " ", line)
        parsed = parse_fields(line) or []
        values: dict[str, str] = {}
        for canon, _written, value in parsed:
            if (v := field_value(value)) is not None:
                values.setdefault(canon, v)
        if not office_dated and "发布日期" in values and source_is_issuer(values.get("来源")):
            # a mirror's 来源:某网 更新时间:… over the original's 来源:某局 发布时间:…: the office's posting dates it
            office_dated = True
            fields.update({key: values[key] for key in ("发布日期", "来源")})
        for canon, v in values.items():
            fields.setdefault(canon, v)
        # 来源:某区发展和改革局 时间:2023-02-06 17:01: a government office's page dates its post (a publication
        # date); a bare time, or one beside a site or paper, never does
        by_written = {written: value for _canon, written, value in parsed}
        for written in ("来源", "信息来源"):
            # 来源:市国资委2023-09-01 19:39: the office and its posting time run together
            if (m := SOURCE_TIME.match(by_written.get(written, ""))) is not None:
                by_written[written] = m.group(1)
                by_written.setdefault("时间", m.group(2))
        if "时间" in by_written and (
            source_is_issuer(by_written.get("来源") or by_written.get("信息来源")) or _FONT_WIDGET.search(line)
        ):
            # (the font-size widget beside it, 字体大小:放大 正常 缩小, is a government portal's article bar)
            fields.setdefault("发布日期", by_written["时间"])
    return fields


# a portal's font-size widget (字体大小:放大 正常 缩小, 字体:【大】【中】【小】, 【字体: 小 中 大)
_FONT_WIDGET = re.compile(r"字体(?:大小)?\s*[:：]\s*[【\[]?\s*(?:放大|大|小)")


# a government portal as 来源 (某某新技术开发区政务网, 某市人民政府门户网站): its page dates are a publication's
GOV_SITE = re.compile(r"(?:政务网|政府网|政务服务网|人民政府网站|政府门户网站?)$")
_DATED_TITLE = re.compile(rf"^(.{{6,80}}?)\s+({DASH_DAY})$")


def dated_page_title(lines: list[str]) -> str | None:
    """A portal's page title carrying its date over the report's own title (``…工作总结 2021-04-02`` then
    ``…工作总结``), or standing as the only title line (``…工作总结和2016年工作安排 2016-03-07``, 1198; 146, 226,
    421 repeat it): the page's date. A line naming no report (a column's name and its date) is no page title."""
    m = _DATED_TITLE.match(lines[0]) if len(lines) >= 2 else None
    if m is None:
        return None
    repeated = compact(m.group(1)) == compact(lines[1])
    return m.group(2) if repeated or REPORT_END.search(m.group(1)) else None


_BRACKET_KEY = re.compile(r"[\[【]\s*([\u4e00-\u9fff ]{2,8}?)\s*[\]】]\s*")


_TABLE_KEY = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]?$")


def _table_pairs(line: str) -> list[str]:
    """A pipe table's row of label and value cells as ``label:value`` rows (labels with or without colons)."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    pairs = []
    k = 0
    while k < len(cells):
        m = _TABLE_KEY.match(cells[k])
        value = cells[k + 1] if k + 1 < len(cells) else ""
        if m is None or not value or _is_label(value):
            k += 1 if m is None or value else 2  # a label with no value (文号: | |, 成文日期: | 发布日期:)
            continue
        parsed = parse_fields(f"{m.group(1)}:{value}")
        if parsed and len(parsed) == 1:
            pairs.append(f"{m.group(1)}:{value}")
        k += 2
    return pairs


def _is_label(cell: str) -> bool:
    m = _TABLE_KEY.match(cell)
    return m is not None and bool(parse_fields(f"{m.group(1)}:0"))


# a portal's date label printed without its colon, its date glued on (发文时间2024-01-16, 发布日期2026-01-09)
_DATE_LABELS = [n for c in ("成文日期", "发文日期", "发布日期") for n in STRONG_KEYS[c] if len(n) == 4]
_GLUED_DATE_KEY = re.compile(
    r"(?:^|(?<=[\s\u4e00-\u9fff]))(" + "|".join(_DATE_LABELS) + rf")({DASH_OR_WRITTEN_DAY})(?=\s|$)"
)


def head_fields(lines: list[str]) -> dict[str, str]:
    """Header rows written as ``[ 成文日期 ] 2023-09-15`` or ``• 发文机关:某局 发文日期:…`` in the text itself."""
    rows = []
    for line in lines:
        if line.count("|") >= 3 and (pairs := _table_pairs(line)):
            rows += pairs  # 文号 | 某政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |: a portal's index table
            continue
        if not re.search(r"[:：|｜]", line) and (table := table_header_line(line)) is not None:
            rows.append(table)  # 索引号 640522017/2022-00027 文号 生成日期 2022-07-05 16:35:00: an index table's row
            continue
        if not re.search(r"[:：|｜]", line) and (glued := _GLUED_DATE_KEY.findall(line)):
            rows += [f"{key}:{date}" for key, date in glued]  # 发文字号 发文时间2024-01-16 (1476; 1292)
            continue
        row = re.sub(r"^(?:[•·]|-(?=\s))\s*", "", line)
        row = re.sub(r"^\*\*([\u4e00-\u9fff]{2,6})\*\*(?=\s*[:：])", r"\1", row)  # a markdown row: - **标题**：…
        row = re.sub(r"\s*[\[【]\s*[\u4e00-\u9fff]{2,6}\s*(?=[\[【]|$)", " ", row)  # a key cut off ([ 发布日期)
        rows.append(_BRACKET_KEY.sub(r" \1:", row).strip())
    return header_fields(tuple(rows))


def issue_date(header_lines: tuple[str, ...]) -> str | None:
    """A header holding only ``时间:`` and a date written out in words (an e-paper issue's date line,
    never a site's posting stamp ``时间:2021-08-31 09:17``)."""
    for line in header_lines:
        parsed = parse_fields(line) or []
        if len(parsed) == 1 and parsed[0][1] == "时间":
            value = parsed[0][2].strip()
            if re.fullmatch(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日", value):
                return parse_date(value)
    return None


# a newspaper page's issue line: the paper, the issue's day, then the page's number and its column, parted by slashes,
# bars or blanks (闽南日报/2024 年/4 月/1 日/第 004 版专题, 2420 and 1820; 人民日报 2024年3月6日 星期三 第02版)
_PAPER_ISSUE = re.compile(
    r"^[\u4e00-\u9fff]{2,10}报\s*[/|｜]?\s*(?P<day>(?:19|20)\d\d\s*年\s*[/|｜]?\s*\d{1,2}\s*月\s*[/|｜]?\s*\d{1,2}\s*日)"
    r"\s*[/|｜]?\s*(?:星期[一二三四五六日天]\s*[/|｜]?\s*)?第\s*[0-9０-９]{1,3}\s*版"
)


def paper_issue_date(lines: list[str] | tuple[str, ...]) -> str | None:
    """The day of a newspaper page's issue line among the first lines: the paper dates the item it prints."""
    for line in lines[:4]:
        if (m := _PAPER_ISSUE.match(line.strip())) is not None:
            return parse_date(re.sub(r"[\s/|｜]", "", m["day"]))
    return None


# a 公文's number glued before its title (吉教发[2015]1号关于印发… 856), or set before it by a dash or a blank with
# the issuing office opening the title (阳政办〔2019〕1号—区人民政府办公室关于印发… 1146, 江政办〔2020〕2 号 区人民政府
# 办公室关于… 122): the title is what follows, from its office or its 关于
_LEADING_NUMBER = re.compile(
    r"^([\u4e00-\u9fff]{1,14}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号)\s*(?:[—－–-]{1,2}\s*)?"
    r"(?=(?:[\u4e00-\u9fff（）()、]{1,40}?(?:人民政府|政府|办公室|办公厅|委员会|局|委|厅|办|部))?关于)"
)


def glued_doc_number(line: str) -> tuple[int, str, str | None]:
    """A title line with its 文号 glued on: after a blank (``…的通知 杭卫计办〔2015〕22号``) or before the title's 关于
    (``吉教发[2015]1号关于印发…的通知``). Returns where the title starts in the line, the title and the number (else
    ``0``, the line and None)."""
    head, _sep, last = line.rpartition(" ")
    head = head.strip()
    if len(head) >= 6 and DOC_NUMBER.match(last) and not DOC_NUMBER.match(head.replace(" ", "")):
        return 0, head, last
    if (glued := _LEADING_NUMBER.match(line)) is not None:
        return glued.end(), line[glued.end() :], glued.group(1)
    return 0, line, None


# ---------------------------------------------------------------- 文号


_CUT_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,14}〔(?:19|20)\d\d〕\d{1,5}")
_TITLE_NUMBER = re.compile(r"[(（]([\u4e00-\u9fff]{1,14}[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]\s*\d{1,5}\s*号)[)）]$")


# a law site's line under the title giving the 文号 and the date together, in either order (brackets taken off)
_NUMBER_AND_DATE = re.compile(
    r"([\u4e00-\u9fff]{1,14}[〔\[［(（](?:19|20)\d\d[〕\]］)）]\d{1,5}号)[，,]?(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日[，,]?([\u4e00-\u9fff]{1,14}[〔\[［(（](?:19|20)\d\d[〕\]］)）]\d{1,5}号)"
)


# a bulletin's issue a portal files under 文号 (督察通报第十七期 1131, 督办通报第一期 1134, 20期 1067): no 文号
_ISSUE_NUMBER = re.compile(r"^(?![^〔\[［]*[〔\[［]\s*(?:19|20)\d\d).*?第?[\d一二三四五六七八九十百〇零]{1,5}期$")


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def doc_number(fields: dict[str, str], lines: list[tuple[int, str]], headers: tuple[str, ...] = ()) -> str | None:
    """The 文号 from the page's 文号 field, a header or the first lines; None when none is given."""
    if "文号" in fields and re.search(r"[\u4e00-\u9fff]", fields["文号"]) and not _ISSUE_NUMBER.search(fields["文号"]):
        return fields["文号"]  # never a record code a portal keeps in its 文号 field (200808_PF0010306…)
    for header in headers:
        for token in header.split():
            if DOC_NUMBER.match(token):
                return token
    for _pos, line in lines[:6]:
        compact = line.replace(" ", "").replace("\u3000", "")
        if (m := re.fullmatch(r"[(（](.+)[)）]", compact)) is not None:
            compact = m.group(1)  # （皖开放办〔2022〕6号）: a law site's 文号 line under the title, in brackets
        if (dated := _NUMBER_AND_DATE.fullmatch(compact)) is not None:
            compact = dated.group(1) or dated.group(2)  # (武政[2007]41号 2007年5月30日): a law site's line
        probe = compact.translate(_WIDE_DIGITS)  # 署税〔１９９９〕７９１号: an old copy's full-width digits
        if DOC_NUMBER.match(probe) or _CUT_NUMBER.fullmatch(probe):
            return compact  # 咸安政发〔2019〕1 alone under the title: a 文号 the page cut, as far as it goes
        if (m := _TITLE_NUMBER.search(compact)) is not None and len(compact) > len(m.group(0)) + 6:
            return m.group(1)  # …的通知(岳办发〔2017〕2号): the title line carries its 文号 in brackets
    return None


_ATTACHED_ORIGINAL = re.compile(
    r"([\u4e00-\u9fff]{1,14}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号)\.(?:pdf|docx?|ofd|wps)\b",
    re.IGNORECASE,
)


def attached_number(cleaned: CleanText) -> str | None:
    """The 文号 a portal names its copy of the original after (``附件：某政办〔2021〕10号.pdf``), or an infobox's
    文号 row the cleaner set aside with the chrome (``• 发文字号:浙发改规划〔2021〕103号``)."""
    for line in cleaned.chrome_lines + cleaned.header_lines:
        m = _ATTACHED_ORIGINAL.search(line)
        if m:
            return m.group(1).replace(" ", "")
    for line in cleaned.chrome_lines[:30]:
        for canon, _written, value in parse_fields(re.sub(r"^[•·*\-]\s*", "", line.strip())) or []:
            number = value.strip().replace(" ", "")
            if canon == "文号" and DOC_NUMBER.match(number):
                return number
    return None


# a 文号 whose 〕 and 号 a portal's special font lost, alone on its line (渝北府发〔20211, 1015; 南兴府办函〔202058,
# 1495; 麟政办发〔201621, 1979): the issuer's code, its bracket, the year and the number run together
_LOST_MARKS_NUMBER = re.compile(r"([\u4e00-\u9fff]{2,14})〔((?:19|20)\d\d)(\d{1,5})")


def lost_marks_number(lines: list[str], chrome: tuple[str, ...], original: str) -> str | None:
    """The 文号 a page printed without its 〕 and 号, as written (a string never gets characters the page lost, the
    session-11 ruling), or whole where the page writes the same code, year and number whole elsewhere (1979's leaked
    description ``…的通知麟政办发〔2016〕21号各镇…``: 1243/1483)."""
    for line in [*lines[:8], *chrome[:10]]:
        if (m := _LOST_MARKS_NUMBER.fullmatch(re.sub(r"\s+", "", line))) is None:
            continue
        whole = re.compile(rf"{re.escape(m[1])}〔{m[2]}〕{m[3]}号")
        found = whole.search(original)
        return found[0] if found else m[0]
    return None
