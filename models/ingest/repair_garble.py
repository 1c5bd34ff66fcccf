"""Finding garbled spots in decoded text (encoding slips, lost characters) and what each may have been.

Found spots stay in the display text; cleaning records them as suspect ranges with ranked repair
proposals. Kinds recognised, conservatively:

* GBK byte slips after a CJK character: a lone ``?`` (sometimes lost too), optionally a reading fragment ``fù)``, then
  one character standing for a trail byte (an ASCII letter or symbol 0x40-0x7E, optionally after a
  punctuation mark a page normalised from full width, or ``?``), optionally a broken reading
  ``dān)``; a proper annotation ``(xiàn)`` right after the run belongs to the damaged character and
  is dropped from the display with it (``成效?,F(xiàn)將``, ``發展?fàn)I造``, ``重?fù)?dān),``).
* U+FFFD replacement characters (bytes that could not be decoded).
* A lone ``?`` or U+FFFD between CJK characters that is not a question mark (no question word
  before it): a lost character; when an annotation follows, characters with that reading are
  proposed.
* UTF-8 read as Latin-1 (``å·¥ä½œ``): re-encoding gives the text back.
* A whole run of GBK text decoded one byte out of step (``。ㄒ唬┘涌燹D`` for ``（一）加快轉``): ``repair_shift``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.ingest.clean_script import is_simplified_only, t2s_char
from models.ingest.pinyin_annotations import CJK_CLASS, PINYIN_LETTERS, annotation_at, is_cjk, is_pinyin
from models.ingest.repair_gbk import Garbled, candidates, normalise
from models.ingest.repair_lexicon import chars_with_reading, word_freq
from models.ingest.repair_shift import find_shifted
from models.types import Repair

_PY = f"[{PINYIN_LETTERS}]+"
_SLIP_RE = re.compile(
    rf"(?<=[{CJK_CLASS}])\?"
    rf"(?P<f1>{_PY}[)）])?"
    r"(?P<body>[,.;:!，。；：！]?[@-Z\[\\\]^_`a-z{|}~]|(?<=[)）])\?)"
    rf"(?P<f2>{_PY}[)）])?"
    r"(?![A-Za-z0-9?])"
)
# The same slip with the lone ``?`` itself lost: a reading fragment without its "(" after a CJK character.
_BARE_SLIP_RE = re.compile(
    rf"(?<=[{CJK_CLASS}])(?P<f1>{_PY}[)）])(?P<body>[,.;:!，。；：！]?[@-Z\[\\\]^_`a-z{{|}}~])(?P<f2>)(?=[{CJK_CLASS}(（])"
)
_FFFD_RE = re.compile("\ufffd{2,}")
_LOST_RE = re.compile(rf"(?<=[{CJK_CLASS}])[?\ufffd](?=[{CJK_CLASS}(（])")
_LATIN1_RE = re.compile("(?:[\u00c2-\u00ef][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]{1,2}){2,}")
_ANNOT_RE = re.compile(rf"[(（]{_PY}[)）]")
_QUESTION_WORDS = re.compile(r"[吗嗎呢么麼吧啊谁誰哪何几幾怎]|多少|是否|难道|難道|(\w)[不没沒]\1")
_SENTENCE_END = re.compile("[。！？!；;\n]")


@dataclass(frozen=True)
class Garble:
    """A garbled run in the original text: kept in the display, with repairs in the original script."""

    start: int
    end: int
    reason: str
    repairs: tuple[Repair, ...] = ()
    drop: tuple[tuple[int, int], ...] = ()  # annotation spans removed from the display with this run


def _simp(ch: str) -> str:
    return t2s_char(ch)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Two clean characters each side of ``[start, end)`` (annotations removed, simplified)."""
    before = _ANNOT_RE.sub("", text[max(0, start - 40) : start])
    after = _ANNOT_RE.sub("", text[end : end + 40])
    left = ""
    for ch in reversed(before):
        if not is_cjk(ch) or len(left) == 2:
            break
        left = _simp(ch) + left
    right = ""
    for ch in after:
        if not is_cjk(ch) or len(right) == 2:
            break
        right += _simp(ch)
    return left, right


def _to_repairs(ranked: list[tuple[str, float, str]]) -> tuple[Repair, ...]:
    return tuple(Repair(text, round(score, 4), why) for text, score, why in ranked)


def _slip(text: str, m: re.Match[str], traditional: bool) -> Garble | None:
    f1, body, f2 = m.group("f1"), m.group("body"), m.group("f2")
    if f1 and not is_pinyin(f1[:-1]):
        return None
    if f2 and not is_pinyin(f2[:-1]):
        return None
    end = m.end()
    drop: tuple[tuple[int, int], ...] = ()
    reading = f2[:-1] if f2 else None
    follow = annotation_at(text, end)
    if follow is not None and not f2:
        drop = ((end, follow[0]),)
        reading = follow[1]
    left, right = _context(text, m.start(), drop[-1][1] if drop else end)
    g = Garbled(
        body=body,
        shifted_reading=f1[:-1] if f1 else None,
        reading=reading,
        prev_char=text[m.start() - 1],
        left=left,
        right=right,
    )
    ranked = normalise(candidates(g, traditional=traditional))
    shown = text[m.start() : end]
    repairs = []
    for cand, share in ranked:
        why = f"按 GBK 字节错位还原：首字节 0x{cand.lead:02X} 丢失，“{shown}”原为“{cand.text}”"
        if cand.notes:
            why += "；" + "；".join(cand.notes)
        repairs.append((cand.text, share, why))
    reason = "编码错位乱码（GBK 字节错位，首字节丢失）"
    if drop:
        reason += f"；其后注音（{reading}）已从正文移除"
    return Garble(m.start(), end, reason, _to_repairs(repairs), drop)


def _is_question(text: str, pos: int) -> bool:
    start = max(0, pos - 15)
    before = text[start:pos]
    cut = max((mm.end() for mm in _SENTENCE_END.finditer(before)), default=0)
    return bool(_QUESTION_WORDS.search(before[cut:]))


def _lost(text: str, pos: int, traditional: bool) -> Garble:

    follow = annotation_at(text, pos + 1)
    if follow is None:
        return Garble(pos, pos + 1, "疑似丢失的字符（此处不像问号）")
    reading = follow[1]
    left, right = _context(text, pos, follow[0])
    scored = []
    for ch in chars_with_reading(reading):
        simp = _simp(ch)
        try:
            common = 0xB0 <= simp.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            common = False
        consistent = not is_simplified_only(ch) if traditional else simp == ch
        if not common or not consistent:
            continue
        freq = max(word_freq(left[-1:] + simp) if left else 0, word_freq(simp + right[:1]) if right else 0)
        if freq:
            scored.append((ch, freq))
    scored.sort(key=lambda x: -x[1])
    total = sum(f for _, f in scored[:5]) or 1
    repairs = [(ch, f / total, f"其后注音 {reading}，与上下文组成常用词（词频 {f}）") for ch, f in scored[:5]]
    return Garble(
        pos,
        pos + 1,
        f"疑似丢失的字符；其后注音（{reading}）已从正文移除",
        _to_repairs(repairs),
        ((pos + 1, follow[0]),),
    )


def _latin1(text: str, m: re.Match[str]) -> Garble | None:
    run = m.group()
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if any(is_cjk(c) for c in fixed):
            why = f"UTF-8 文字被按 {codec} 解读，重新编码后为“{fixed}”"
            return Garble(m.start(), m.end(), "编码错误乱码（UTF-8 被当作 Latin-1）", (Repair(fixed, 1.0, why),))
    return None


def find_garbles(text: str, *, traditional: bool) -> list[Garble]:
    """Find garbled runs in decoded text, in order and without overlaps.

    Args:
        text: the decoded original text.
        traditional: whether the report is in traditional script (repair candidates
            are ranked for consistency with it).

    Returns:
        Garbles with original offsets; repairs are in the original script.
    """
    found: list[Garble] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(g: Garble | None) -> None:
        if g is None or not free(g.start, max([g.end, *(e for _, e in g.drop)])):
            return
        found.append(g)
        taken.append((g.start, max([g.end, *(e for _, e in g.drop)])))

    for sh in find_shifted(text, traditional=traditional):
        add(Garble(sh.start, sh.end, "编码错位乱码（GBK 整段错位一字节）", _to_repairs(list(sh.repairs))))
    if "?" in text:
        for m in _SLIP_RE.finditer(text):
            add(_slip(text, m, traditional))
    if ")" in text or "）" in text:
        for m in _BARE_SLIP_RE.finditer(text):
            add(_slip(text, m, traditional))
    if "\ufffd" in text:
        for m in _FFFD_RE.finditer(text):
            add(Garble(m.start(), m.end(), "无法解码的字节（替换字符 U+FFFD）"))
    for m in _LOST_RE.finditer(text) if ("?" in text or "\ufffd" in text) else ():
        pos = m.start()
        if text[pos] == "?" and (_is_question(text, pos) or text[pos + 1 : pos + 2] == "?"):
            continue
        if not free(pos, pos + 1):
            continue
        add(_lost(text, pos, traditional))
    for m in _LATIN1_RE.finditer(text):
        add(_latin1(text, m))
    found.sort(key=lambda g: g.start)
    return found
