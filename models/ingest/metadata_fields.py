"""Parsing metadata header lines of government web pages (``索 引 号: … 发布机构: … 文  号:无``) into fields."""

from __future__ import annotations

import itertools
import re

from models.ingest.metadata_dates import is_date_line, parse_date

# Canonical key -> spellings seen on pages. Strong keys only ever appear in metadata headers.
STRONG_KEYS: dict[str, tuple[str, ...]] = {
    "索引号": ("索引号", "索取号", "信息索引号"),
    "主题分类": ("主题分类", "信息分类", "体裁分类", "组配分类", "服务对象分类", "主题词", "内容分类"),
    "发布机构": ("发布机构", "发文机关", "发文单位", "发布单位", "发文机构", "所属机构", "公开单位", "发布者"),
    # 报告时间: a wiki infobox's row; 报告日期: a cover's; 填报日期: a 绩效自评 form's (1475, as 报告日期 on 1467, 1166)
    "成文日期": ("成文日期", "成文时间", "报告时间", "报告日期", "填报日期", "填表日期", "填报时间"),
    "发文日期": ("发文日期", "发文时间", "印发日期"),
    "发布日期": (
        "发布日期",
        "发布时间",
        "发布于",
        "公开日期",
        "公开时间",
        "公布日期",  # (政府信息公开 pages: 公布日期: … 公开方式: 主动公开)
        "公布时间",
        "生成日期",
        "生成时间",  # (a mirror of a 浙江 portal's index line, 1468; 生成日期 on 1001, 1289, 395 …)
        "更新时间",
        "更新日期",
        "信息时间",  # (a county portal's article bar: 【信息来源:【信息时间:2022-02-15 15:10 阅读次数: 】, 2029, 1211)
        "信息提供日期",  # (a district portal's info line: 信息提供日期 : 2014-03-18 00:00来源 : …, 2116, 2047)
    ),
    "页面时间": ("归档时间", "归档日期", "发表时间", "发表日期", "上传时间"),
    "文号": ("文号", "发文字号", "文件编号", "发文文号"),
    "公开目录": ("公开目录", "公开责任部门"),
    "效力状态": ("效力状态", "效力状况", "有效性", "时效性", "是否有效"),
    "来源": ("信息来源", "文章来源", "稿件来源", "来源单位", "本文来源"),  # 本文来源: 档案局 (a mirror's field, 2299)
    "公开方式": ("公开方式", "公开形式", "公开类别"),
    "公开范围": ("公开范围",),
    "公开时限": ("公开时限",),
    "浏览次数": ("浏览次数", "阅读次数", "点击数", "点击量", "访问次数", "浏览量", "阅读量"),
}
# Weak keys are common words too: accepted only on a line with a strong key, or alone when short.
WEAK_KEYS: dict[str, tuple[str, ...]] = {
    "来源": ("来源", "来自"),  # 来自:某局 时间:2025-12-26 14:24:29 (a portal's posting line, 1951)
    "作者": ("作者", "撰稿", "供稿", "撰稿人"),
    "名称": ("名称", "标题", "文件名称", "信息名称", "文件标题"),
    "发布日期": ("日期",),
    "页面时间": ("时间",),
    "关键词": ("关键词", "关键字"),
    "网站": ("网站", "来源网站"),  # 2021-12-04 09:09:27 网站:公文荟萃: the store, never the issuer
    "分类": ("分类", "所属分类", "类别"),
    "编辑": ("责任编辑", "编辑", "审核", "校对", "审校"),
}
_SPELLING: dict[str, tuple[str, bool]] = {}
for _canon, _names in STRONG_KEYS.items():
    for _n in _names:
        _SPELLING[_n] = (_canon, True)
for _canon, _names in WEAK_KEYS.items():
    for _n in _names:
        _SPELLING.setdefault(_n, (_canon, False))

# A key may be spread out with spaces ("索 引 号", "文  号"); it starts the line or follows a blank, or the time of the
# field before it glued on (2020-04-20 10:33文章来源: 统计局, 发布时间:2024-03-28 09:33信息来源: 某局).
_KEY_RE = re.compile(
    r"(?:^|(?<=[\s】\]|｜])|(?<=\d:\d\d)|(?<=[:：])(?=[【\[]))[【\[]?("
    + "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(_SPELLING, key=len, reverse=True))
    + r")[】\]]?\s*[:：]"
)
_SPACES = re.compile(r"\s+")
# a known key and its colon glued inside a value (…来源: 某局阅读次数:编辑:某某): the next field, no blank before it
_GLUED_KEY = re.compile(r"(?<=\S)(?=(?:" + "|".join(sorted(_SPELLING, key=len, reverse=True)) + r")\s*[:：])")
# the article bar's reading widgets glued to a value (来源:某局文字大小:[ ], 来源:某局字体【大 中 小】, 浏览字体:[): no
# body's name holds one, so the value ends there
_GLUED_WIDGET = re.compile(r"(?<=\S)(?=(?:浏览)?(?:文字|字体|字号)(?:大小)?\s*[:：【\[]|背景色\s*[:：]|分享到\s*[:：])")
# a strong key and its colon glued after a title (…草案的报告索引号:0082…, a one-line copy's header row whose blanks the
# cleaning closed): no title writes one, so the title ends there
_STRONG_NAMES = sorted((n for names in STRONG_KEYS.values() for n in names), key=len, reverse=True)
_GLUED_STRONG = re.compile(r"(?<=\S)(?=(?:" + "|".join(_STRONG_NAMES) + r")\s*[:：])")
# the page's column cell opening a row of its fields (栏目:某局-通知公告, disc 1636); never a farm's byline cell
# (投稿人:某某 发布时间:…, which no header writes)
_COLUMN_CELL = re.compile(r"(?:所属)?(?:栏目|频道|专栏)\s*[:：]\s*[^\s:：]{1,30}")
# a value that is itself the next column's key (文号: 文件分类: …): the field is empty
_OPENS_WITH_KEY = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")
# a word and a colon after a blank starts another field, even one no list knows (阅读:, 字体:, 保护视力色:)
_UNKNOWN_KEY = re.compile(r"\s+(?=[\u4e00-\u9fff]{1,6}\s*[:：])")
_MAX_VALUE = {"名称": 150}
_DATE_KEYS = {"成文日期", "发文日期", "发布日期", "页面时间"}


def normalise_spaces(line: str) -> str:
    """Non-breaking and ideographic spaces to plain spaces, runs collapsed, ends stripped."""
    return _SPACES.sub(" ", line.replace("\xa0", " ").replace("\u3000", " ")).strip()


def parse_fields(line: str) -> list[tuple[str, str, str]] | None:
    """Split a metadata header line into ``(canonical_key, key_as_written, value)`` fields.

    Returns None unless the whole line is fields (the first key starts the line),
    each value is short and holds no sentence end, and the keys make it a header:
    at least one strong key, or weak keys alone whose values are short (a date
    for 时间/日期).
    """
    text = normalise_spaces(line)
    if not text or len(text) > 500:
        return None
    matches = list(_KEY_RE.finditer(text))
    if not matches:
        return None
    fields: list[tuple[str, str, str]] = []
    strong = column_lead = False
    if matches[0].start() != 0:
        # "2021-01-18 15:00 来源：…": a bare publication time may open the line
        lead = text[: matches[0].start()].strip()
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:网|网站|门户)", lead):
            pass  # 青岛政务网 发布日期 : …: the portal's name before its posting line
        elif _COLUMN_CELL.fullmatch(lead):
            column_lead = True  # 栏目:某局-通知公告 发布时间:…: a column's cell no list knows, then the page's fields
        elif not is_date_line(lead):
            return None
        else:
            fields.append(("发布日期", "", lead))
    for i, m in enumerate(matches):
        written = _SPACES.sub("", m.group(1))
        canon, is_strong = _SPELLING[written]
        strong = strong or is_strong
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end() : end].strip(" \t】]|｜")
        if canon != "名称":
            # 来源:某局 阅读: 次 字体:[ ]: the page's tools (文号: | 某发〔2024〕23号 | 公开类型: |: its bar too)
            value = _UNKNOWN_KEY.split(value, maxsplit=1)[0].strip(" \t】]|｜")
            if _OPENS_WITH_KEY.match(value):
                value = ""  # 文 号: 文件分类: 综合政务: an empty cell, the next column's key after it (1085)
            value = _GLUED_KEY.split(value, maxsplit=1)[0].strip(" \t】]|｜")
            value = _GLUED_WIDGET.split(value, maxsplit=1)[0].strip(" \t】]|｜")
        else:
            # 标题:某乡2020年政府工作报告 生效日期:: the next column's label, its value left empty (a portal's row)
            value = re.sub(r"\s+[\u4e00-\u9fff]{2,6}\s*[:：]$", "", value)
            value = _GLUED_STRONG.split(value, maxsplit=1)[0].strip(" \t】]|｜")
        if len(value) > _MAX_VALUE.get(canon, 80) or "。" in value:
            return None
        fields.append((canon, written, value))
    if any(canon == "网站" for canon, _w, _v in fields):
        # beside a store's name (网站:公文荟萃) a bare time is the post's, never the report's date
        fields = [("页面时间", w, v) if (c, w) == ("发布日期", "") else (c, w, v) for c, w, v in fields]
    if strong:
        return fields
    if column_lead:
        return None  # (栏目:工作报告 发布:… 浏览:…: a farm's bar with no key a header writes)
    for canon, written, value in fields:
        if len(value) > (150 if canon == "名称" else 40):
            return None
        if written in ("时间", "日期") and parse_date(value) is None:
            return None
    return fields


def field_value(value: str) -> str | None:
    """A field's value, or None when the page says there is none (``无``, ``-``, empty)."""
    v = value.strip()
    if v.startswith(("=", "＝")):
        v = v[1:].strip()  # 【标题】= …: an archive's key = value layout
    return None if v in ("", "无", "无号", "暂无", "-", "--", "—", "/", "空") else v


def date_field(canon: str) -> bool:
    """True for keys whose values are dates."""
    return canon in _DATE_KEYS


_CELL_SPLIT = re.compile(r"\s*[|｜]\s*|\s{2,}|\t+")


def key_of(cell: str) -> tuple[str, str] | None:
    """The canonical key and its spelling when ``cell`` is a header key alone (``[ 发文字号 ]``, ``索 引 号:``)."""
    written = _SPACES.sub("", cell).strip("[]【】〔〕［］").rstrip(":：")  # [ 发文字号 ]: a key in brackets
    found = _SPELLING.get(written)
    return (found[0], written) if found else None


# a key spread out with blanks (索 引 号, 文  号) standing as a cell of its own
_SPREAD_KEY = re.compile(
    r"(?<!\S)(?:"
    + "|".join(r"\s+".join(map(re.escape, k)) for k in sorted(_SPELLING, key=len, reverse=True) if len(k) > 1)
    + r")(?!\S)"
)
_TIME_CELL = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d)?")


def _with_times(cells: list[str]) -> list[str]:
    """Cells with a time of day joined to the date before it (``生成日期 2022-07-05 16:35:00``: one value)."""
    out: list[str] = []
    for cell in cells:
        if out and _TIME_CELL.fullmatch(cell) and parse_date(out[-1]):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def parse_table_fields(line: str) -> list[tuple[str, str, str]] | None:
    """Fields of a metadata table flattened into one line (``文件名称 | … | 成文日期: | 2025年04月15日``).

    Cells are split at ``|`` or at runs of two or more blanks; a cell naming a known key takes the
    next cell as its value (or none when the next cell is a key too). Returns None unless the line
    holds at least two keys, one of them strong, and nothing but keys and their values.
    """
    if "。" in line or len(line) > 300:
        return None
    piped = "|" in line or "｜" in line
    cells = [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|｜ ")) if c.strip()]
    # two values side by side: the blanks split a spread-out key (文  号), never a cell from a cell
    unkeyed = any(key_of(a) is None and key_of(b) is None for a, b in itertools.pairwise(cells))
    if not piped and (len(cells) == 1 or (unkeyed and ":" not in line and "：" not in line)):
        # 索引号 MB16/2023-00023 生成日期 2023-01-17: a table flattened with single blanks between its cells;
        # 索 引 号 … 文  号 生成日期 …: its keys spread out with blanks, joined first (1195, 1084)
        cells = _with_times(_SPREAD_KEY.sub(lambda m: _SPACES.sub("", m.group(0)), line).split())
        if len(cells) < 4:
            return None
    if len(cells) < 2:
        return None
    fields: list[tuple[str, str, str]] = []
    strong = False
    i = 0
    while i < len(cells):
        key = key_of(cells[i])
        if key is None:
            return None
        value = ""
        if i + 1 < len(cells) and key_of(cells[i + 1]) is None:
            value = cells[i + 1]
            i += 1
        strong = strong or key[1] in {n for names in STRONG_KEYS.values() for n in names}
        fields.append((key[0], key[1], value))
        i += 1
    if piped and any(v for _c, _w, v in fields):
        return fields
    return fields if strong and len(fields) >= 2 else None


def table_header_line(line: str) -> str | None:
    """A flattened metadata table line rewritten as ``key:value`` fields, or None."""
    fields = parse_table_fields(line)
    if fields is None:
        return None
    return " ".join(f"{written}:{value}" for _canon, written, value in fields)


# the labels only a portal's index table prints (索引号, 主题分类, 发布机构, 公开方式, 成文日期 …): a line holding one
# as a cell of its own is a row of that table, never a title (never the weak ones, 名称, 标题, 来源: a title's words)
_TABLE_LABELS = frozenset(
    n
    for canon in (
        "索引号",
        "主题分类",
        "发布机构",
        "成文日期",
        "发文日期",
        "发布日期",
        "文号",
        "效力状态",
        "公开方式",
        "公开范围",
    )
    for n in STRONG_KEYS[canon]
)
_ROW_CELLS = re.compile(r"[\s•·●▪■◆|｜>＞]+")
# a row of the table's labels printed without their values and run together (体    裁生效日期废止日期, 1386)
_LABEL_RUN = re.compile(
    "(?:" + "|".join(sorted(_TABLE_LABELS | {"体裁", "生效日期", "废止日期", "失效日期"}, key=len, reverse=True)) + ")+"
)


def index_table_row(line: str) -> bool:
    """True when ``line`` is a row of a portal's index table: it opens with one of the table's labels
    (``公开方式 主动公开组配分类 计划总结``, ``[ 体裁分类• 财政预算、决算``) or holds one as a cell between blanks
    (``… 2024-104569 公开方式 主动公开``)."""
    cells = [c.strip("[]【】〔〕［］:：") for c in _ROW_CELLS.split(line.replace("\u3000", " "))]
    cells = [c for c in cells if c]
    if not cells:
        return False
    if _LABEL_RUN.fullmatch("".join(cells)):
        return True  # 体    裁生效日期废止日期: the labels alone, their values left empty
    spread = re.match(r"[\s\[【［〔•·]*((?:[\u4e00-\u9fff]\s*){2,6}?)(?=[\s\]】］〕•·:：|｜]|$)", line)
    if spread and _SPACES.sub("", spread.group(1)) in _TABLE_LABELS:
        return True  # 索 引 号 …: a label spread out with blanks opens the row
    return any(c in _TABLE_LABELS for c in cells)
