"""The shapes a report reaches a clerk in, as pure functions over its text, and what each does to the gold.

Each family turns one corpus report (its text, main gold, indicator gold) into a variant: the file's bytes, its
suffix, and the gold carried over mechanically (joins where a wrap broke lines, chrome lines a wrapper added, the
breaks a one-line copy no longer has, the half-width forms of quoted punctuation). ``None`` when the family does
not apply to that report (a character GBK or Big5 cannot encode, text Word cannot store).
"""

from __future__ import annotations

import copy
import functools
import io
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.reading_score import HTML_TAG_RE, PINYIN_RE, norm, norm_map, norm_spaced
from models.ingest.rejoin import visual_width

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"

# ---------------------------------------------------------------- the text transformations


@functools.cache
def _s2t() -> Any:
    from opencc import OpenCC

    return OpenCC("s2t")


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def traditional(text: str) -> str:
    """Simplified -> traditional script (OpenCC's standard forms), as a Hong Kong or forum copy is written."""
    return str(_s2t().convert(text))


@functools.cache
def _s2tw() -> Any:
    from opencc import OpenCC

    return OpenCC("s2tw")


def taiwan(text: str) -> str:
    """Simplified -> traditional in Taiwan's forms (為, 著, 眾), the ones Big5 can encode."""
    return str(_s2tw().convert(text))


HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")"})


def half_width(text: str) -> str:
    """Full-width punctuation -> ASCII, as many web copies write it."""
    return text.translate(HALF)


FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def full_width(text: str) -> str:
    """ASCII punctuation -> full-width, as a copy typed in a Chinese input method writes it (``1，000``, ``10：30``)."""
    return text.translate(FULL)


def char_width(c: str) -> float:
    """A wide (CJK) character fills one cell of a printed line, a narrow one half — the reader's own measure of
    printed width (``rejoin.visual_width``), so the wraps made here are the kind the reader measures."""
    return visual_width(c) / 2


def wrap(text: str, width: int, keep: Callable[[str], bool] = lambda line: False) -> tuple[str, list[int]]:
    """Hard-wrap every line wider than ``width`` cells, as a PDF copy is laid out; ``keep(line)`` lines stay whole.

    Returns the wrapped text and the offsets (in it) of the line breaks the wrap inserted. Numbers and words
    are split where the line ends, as in real PDF copies; a pinyin annotation, HTML or forum tag is never split
    (the scorer and the reader take them out whole), so its line may run over.
    """
    out: list[str] = []
    inserted: list[int] = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("\n")
            pos += 1
        if keep(line):
            out.append(line)
            pos += len(line)
            continue
        filled = 0.0
        whole = _unbreakable(line)
        for i, c in enumerate(line):
            w = char_width(c)
            if filled + w > width and i and i not in whole and line[i:].strip():
                out.append("\n")
                inserted.append(pos)
                pos += 1
                filled = 0.0
            out.append(c)
            pos += 1
            filled += w
    return "".join(out), inserted


# a forum's markup tag: [b], [/font], [color=rgb(51, 51, 51)]
BBCODE_RE = re.compile(r"\[/?[a-z]{1,8}(?:=[^\[\]\n]{0,40})?\]")


def _unbreakable(line: str) -> set[int]:
    """Offsets a wrap may not break before: inside a pinyin annotation ``(qū)`` or an HTML or forum tag."""
    tags = (*PINYIN_RE.finditer(line), *HTML_TAG_RE.finditer(line), *BBCODE_RE.finditer(line))
    return {i for m in tags for i in range(m.start() + 1, m.end())}


def one_line(text: str, sep: str = " ", keep: Callable[[str], bool] = lambda line: False) -> str:
    """Every line stripped and run together on one line, as doc stores show a report; ``keep(line)`` lines (the
    page's own chrome around the text) stay lines of their own."""
    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if keep(line):
            if run:
                out.append(sep.join(run))
                run = []
            out.append(line)
        elif line.strip():
            run.append(line.strip())
    if run:
        out.append(sep.join(run))
    return "\n".join(out)


# ---------------------------------------------------------------- gold carried over


def _map_strings(value: Any, fn: Callable[[str], str], skip: frozenset[str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn, skip) for v in value]
    if isinstance(value, dict):
        return {k: v if k in skip else _map_strings(v, fn, skip) for k, v in value.items()}
    return value


_GOLD_KEYS_KEPT = frozenset({"file", "date", "notes", "drop", "kind", "value", "change", "occurrence"})


SENTENCE_END = frozenset("。！？；：.!?;:")


def _is_join_side(c: str) -> bool:
    return not c.isspace() and c not in "<>()（）|"


def wrap_joins(wrapped: str, breaks: list[int], lo: int = 0, hi: int | None = None) -> list[str]:
    """For each inserted break in ``lo..hi``, a short string across it that occurs nowhere unbroken in the text.

    Breaks next to a space, between two Latin letters (where a reader cannot know a space was lost), after a
    sentence end (a paragraph may end there), or whose neighbourhood repeats unbroken elsewhere give no join.
    """
    hi = len(wrapped) if hi is None else hi
    flat = norm_spaced(wrapped)
    joins: list[str] = []
    for b in breaks:
        if not lo <= b < hi or b == 0 or b + 1 >= len(wrapped):
            continue
        left, right = wrapped[b - 1], wrapped[b + 1]
        if not (_is_join_side(left) and _is_join_side(right)):
            continue
        if left.isascii() and right.isascii() and left.isalpha() and right.isalpha():
            continue
        if left in SENTENCE_END:  # a full line ending a sentence may end a paragraph: the break splits no words
            continue
        for k in range(2, 8):
            a, z = wrapped[max(0, b - k) : b], wrapped[b + 1 : b + 1 + k]
            if "\n" in a or "\n" in z or not all(_is_join_side(c) for c in a + z):
                break
            if norm_spaced(a + z) not in flat:
                joins.append(a + z)
                break
    return joins


def body_span(text: str, body: dict[str, Any]) -> tuple[int, int]:
    """The offsets of the gold body (``first`` .. ``last``) in the text, the whole text when unknown."""
    src, where = norm_map(text)
    first, last = norm(body.get("first")), norm(body.get("last"))
    i0 = src.find(first) if first else 0
    i1 = src.find(last, max(i0, 0)) if last else -1
    lo = where[i0] if first and i0 >= 0 else 0
    hi = where[i1 + len(last) - 1] + 1 if last and i1 >= 0 else len(text)
    return lo, hi


# ---------------------------------------------------------------- the families


@dataclass(frozen=True)
class Variant:
    data: bytes
    suffix: str
    gold: dict[str, Any]
    ind_gold: dict[str, Any] | None


Family = Callable[[str, dict[str, Any], dict[str, Any] | None, random.Random], Variant | None]


def _utf8(text: str, gold: dict[str, Any], ind: dict[str, Any] | None) -> Variant:
    return Variant(text.encode("utf-8"), ".txt", gold, ind)


def fam_traditional(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    return _utf8(traditional(text), carried(gold, text, traditional), ind)


def fam_wrap(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    chrome = {norm(c) for c in gold.get("body", {}).get("chrome", [])}

    def keep(line: str) -> bool:  # page chrome and table rows are not laid out as PDF paragraphs
        return norm(line) in chrome or "|" in line or "\t" in line

    wrapped, breaks = wrap(text, rng.randint(28, 42), keep)
    gold = copy.deepcopy(gold)
    if "body" in gold:
        lo, hi = body_span(wrapped, gold["body"])
        gold["body"]["joins"] = list(gold["body"].get("joins", [])) + wrap_joins(wrapped, breaks, lo, hi)
    return _utf8(wrapped, carried(gold, text), ind)


# a lead sentence opening a paragraph (科技申报项目有成效。围绕…): short, one clause, no figure, more text after it
# (a `——` lead-in is never a heading, on one line or many: gold README on dash lead-ins, 187, 671)
_OPENING_LEAD = re.compile(r"^(?![一二三四五六七八九十]+是)(?![—－-])([^，,；;：:。！？!?、\d０-９\s]{4,20})。(?=\S)")


def one_line_outline(text: str, outline: list[str]) -> list[str]:
    """The outline gold of ``text`` run together on one line (gold README, one-line texts): a lead sentence opening a
    paragraph, a run-in lead while the text keeps its lines, opens a space-separated paragraph once the lines are
    run together, and is then an unnumbered heading one level below the enclosing one. Abstains (the outline as
    it was) when a gold heading cannot be placed on a line of its own in order."""
    squeezed = ["".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    level, at = 0, 0
    for entry in outline:
        depth, label, title = entry.split("|", 2)
        head = "".join((label + title).split())
        found = next((k for k in range(at, len(squeezed)) if squeezed[k].startswith(head)), None)
        if found is None:
            return outline
        for line in squeezed[at:found]:
            if level and (lead := _OPENING_LEAD.match(line)) is not None:
                out.append(f"{level + 1}||{lead.group(1)}")
        out.append(entry)
        level, at = int(depth), found + 1
    for line in squeezed[at:]:
        if level and (lead := _OPENING_LEAD.match(line)) is not None:
            out.append(f"{level + 1}||{lead.group(1)}")
    return out


def fam_one_line(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    """The text run together on one line (its chrome lines kept), the gold as the corpus reads a one-line text: no
    breaks, the joins the flattening made moot gone, and the outline by the one-line rule (``one_line_outline``), so
    that a reader right on the corpus can reach 1 here too."""
    chrome = {norm(c) for c in gold.get("body", {}).get("chrome", [])}
    flat = one_line(text, keep=lambda line: bool(line.strip()) and norm(line) in chrome)
    gold = copy.deepcopy(gold)
    if gold.get("outline"):
        gold["outline"] = one_line_outline(text, gold["outline"])
    body = gold.get("body")
    if body is not None:
        body.pop("breaks", None)  # the gold lists breaks only where the file has line breaks
        spaced = norm_spaced(flat)
        body["joins"] = [j for j in body.get("joins", []) if norm_spaced(j) not in spaced]
    return _utf8(flat, carried(gold, text), ind)


def _punctuation(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, fn: Callable[[str], str]) -> Variant:
    """The text and every gold string with their punctuation rewritten by ``fn`` (``drop``: ``carry_drops``)."""
    mapped = carried(_map_strings(gold, fn, _GOLD_KEYS_KEPT), text, fn)
    return _utf8(fn(text), mapped, _map_strings(ind, fn, _GOLD_KEYS_KEPT))


_LINE_START = "(?m)^"
_ANCHOR = re.compile(r"(?<!\\)[$^]")  # a pattern for what stands at a line's start or end (or a class's negation)
_SPECIFIC = 6  # characters: a drop pattern's match long enough to stand for itself wherever a space falls in it


def carry_drops(patterns: list[str], text: str, fn: Callable[[str], str] | None = None) -> list[str]:
    """The gold's ``drop`` patterns, written for ``text``, carried through a transformation of it.

    A pattern is a regex (its own brackets and classes stay syntax), so its matches in ``text`` are carried, not
    its text: when ``fn`` rewrites a match's characters (a script, a punctuation style) the pattern becomes its
    matches as rewritten; otherwise it stays, and each match long enough to stand for itself is added as well,
    unless the pattern is anchored at a line's start or end (a shape that moves line ends leaves the gold unable
    to say whether that text should still go).
    A carried match allows any whitespace between its characters (a wrap, a page's spaces, a space set around
    a figure may fall inside it); a pattern anchored at a line's start also matches after an indent."""
    out: list[str] = []
    for pattern in patterns:
        found = sorted({m.group(0) for m in re.finditer(pattern, text) if m.group(0)})
        rewritten = fn is not None and any(fn(m) != m for m in found)
        if not rewritten:
            out.append(pattern)
            if pattern.startswith(_LINE_START):  # a line's start, also when the copy indents its lines
                out.append(_LINE_START + r"[ \t\u3000]*" + pattern[len(_LINE_START) :])
        for match in found:
            if rewritten or (len(match) >= _SPECIFIC and not _ANCHOR.search(pattern)):
                out.append(r"\s*".join(re.escape(c) for c in (fn(match) if fn else match) if not c.isspace()))
    return out


def carried(gold: dict[str, Any], text: str, fn: Callable[[str], str] | None = None) -> dict[str, Any]:
    """``gold`` with its ``drop`` patterns carried through the transformation of ``text`` (``carry_drops``)."""
    body = gold.get("body")
    if not body or not body.get("drop"):
        return gold
    return {**gold, "body": {**body, "drop": carry_drops(body["drop"], text, fn)}}


def fam_half_width(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    return _punctuation(text, gold, ind, half_width)


def fam_full_width(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    return _punctuation(text, gold, ind, full_width)


def _encoded(text: str, codec: str, gold: dict[str, Any], ind: dict[str, Any] | None) -> Variant | None:
    try:
        return Variant(text.encode(codec), ".txt", gold, ind)
    except UnicodeEncodeError:
        return None


def fam_gbk(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    return _encoded(text, "gbk", gold, ind)


def fam_big5(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    return _encoded(taiwan(text), "big5", carried(gold, text, taiwan), ind)


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def fam_docx(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant | None:
    import docx

    if _XML_BAD.search(text):
        return None
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return Variant(buf.getvalue(), ".docx", carried(gold, text), ind)


# ---------------------------------------------------------------- page chrome from the corpus gold

_HEAD_RE = re.compile(r"位置|首页|字号|字体|打印|关闭|分享|收藏|扫一扫|无障碍|关怀|适老|长者|浏览|微信|微博|手机|欢迎")
_FOOT_RE = re.compile(
    r"版权|Copyright|©|ICP|备案|主办|承办|技术支持|网站地图|返回顶部|推荐|相关|客服|IPv6|邮箱|举报|纠错|上一篇"
)
# a date feeds the metadata, a 来源 line is header metadata (not chrome), doc-store lines name other documents
_NOT_POOL_RE = re.compile(
    r"<|\(\w{1,6}\)|\d{4}\s*[-年/.]\s*\d|来源|文档|范文|下载|会员|上传|文库|省略|《|http|QQ|\d{6}|\d{4}年"
    r"|[一二三四五六七八九十]+、|^\s*[(（]?[0-9一二三四五六七八九十]+[)）.、．]"
)


@functools.cache
def chrome_pool(corpus: Path = CORPUS) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Real page-chrome lines from the corpus gold, split into header lines and footer lines.

    Lines with a date (a page or posting date feeds the metadata), HTML, pinyin, a section number, traditional
    script or no Chinese at all are left out, so the gold of the report they are added to stays true.
    """
    head: set[str] = set()
    foot: set[str] = set()
    for path in sorted((corpus / "gold").glob("*.json")):
        for line in json.loads(path.read_text(encoding="utf-8")).get("body", {}).get("chrome", []):
            line = line.strip()
            if not 2 <= len(line) <= 50 or _NOT_POOL_RE.search(line) or not re.search(r"[\u4e00-\u9fff]", line):
                continue
            if _t2s().convert(line) != line:  # a traditional-script copy's chrome
                continue
            if _FOOT_RE.search(line):
                foot.add(line)
            elif _HEAD_RE.search(line):
                head.add(line)
    return tuple(sorted(head)), tuple(sorted(foot))


def fam_chrome(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    head, foot = chrome_pool()
    top = rng.sample(head, min(len(head), rng.randint(2, 5)))
    bottom = rng.sample(foot, min(len(foot), rng.randint(2, 5)))
    gold = copy.deepcopy(gold)
    if "body" in gold:
        gold["body"]["chrome"] = list(gold["body"].get("chrome", [])) + top + bottom
    return _utf8("\n".join([*top, text, *bottom]), gold, ind)


FAMILIES: dict[str, Family] = {
    "traditional": fam_traditional,
    "wrap": fam_wrap,
    "oneline": fam_one_line,
    "halfwidth": fam_half_width,
    "fullwidth": fam_full_width,
    "chrome": fam_chrome,
    "gbk": fam_gbk,
    "big5": fam_big5,
    "docx": fam_docx,
}
