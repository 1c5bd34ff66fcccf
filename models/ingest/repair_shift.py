"""Finding runs of GBK text decoded one byte out of step (``。ㄒ唬┘涌燹D`` for ``（一）加快轉``) and their reading.

When a page's GBK bytes are decoded one byte out of step, every character of a run is made of the trail byte of
one character and the lead byte of the next: the run shows symbols a report never holds in its prose (bopomofo
``ㄒ``, box drawing ``┘``) between rare characters. Dropping the first byte of the run and decoding again gives the
text back; the last lead byte is left over and pairs with what follows: an ASCII character that was its trail byte
(``D`` is 0x44, the trail of ``轉`` DE44), or a lost trail byte whose character the annotation after the run names
(``┙(jīng)``: lead BD with the reading jīng is ``經`` BD9B; ``╉?xiàng)``, where the lost trail byte took the
annotation's opening bracket with it into one ``?``, is ``項`` ED97). Where the shift met a pair GBK cannot decode,
the page lost it (or shows ``?``): the left-over byte's character and the next one, whose trail byte is the ASCII
character after or whose reading the broken annotation ``shí)`` gives, are ranked by the word they make with their
neighbours (``庸_情況``: B9 ?? ?? 5F with a pair between that does not decode is ``公開``). Nothing here changes
text: it only proposes, and a run whose left-over byte finds no reading is proposed with a low score (its last
character is lost).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from models.ingest.clean_script import t2s_char
from models.ingest.pinyin_annotations import PINYIN_LETTERS, annotation_at, is_cjk, is_pinyin
from models.ingest.repair_gbk import FULL_WIDTH, _gbk, _prior
from models.ingest.repair_lexicon import chars_with_reading, reading_match, word_freq

# bopomofo and box drawing (GBK rows A8/A9): never in a report's prose, the mark of a run out of step
_ODD = re.compile("[\u3105-\u3129\u2500-\u257f\ufe49-\ufe4f\ufe5f-\ufe6b]")
# full-width marks a decoded run may hold besides common characters
_MARKS = set("（）《》“”‘’，。、；：！？")
MAX_BACK = 8  # characters of the run before its first odd symbol
MAX_RUN = 200  # characters of the run from it (bounded work on a page of box-drawn tables)
MIN_READ = 2  # characters the run must read as
SURE = 0.95  # score of a reading whose every byte is accounted for
UNSURE = 0.4  # score of a reading whose last character is lost
KEEP = 5  # readings proposed
SPLIT_SHARE = 0.8  # the share of the best split of a merged pair among those its words hold
SPLIT_WORD = 300  # word frequency of two characters that make a lost pair's reading worth doubting a merged one
# a reading fragment whose opening bracket was lost with the byte before it (``shí)``)
# (a full-width copy writes its closing bracket ``）``)
_FRAGMENT = re.compile(rf"([{PINYIN_LETTERS}]+)[)）]")
# the numerals of a list label ``（二）``, and the marks that close one
_NUMERALS = "一二三四五六七八九十"
_CLOSE = "）"


@dataclass(frozen=True)
class Shifted:
    """A run read out of step: ``text[start:end]`` (an annotation after it included) reads ``repairs[0][0]``."""

    start: int
    end: int
    repairs: tuple[tuple[str, float, str], ...]


def _pair(ch: str) -> bytes | None:
    if ch.isascii() or ch.isspace():
        return None
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


def _good(ch: str, traditional: bool) -> bool:
    return ch in _MARKS or (is_cjk(ch) and _prior(ch, traditional) >= 1.0)


def _decode(raw: bytes, traditional: bool, after: str = "") -> str | None:
    """``raw`` (an even number of bytes) decoded pair by pair, or None when a pair is no common character and no two
    characters a lost pair merged into it (``_split``); ``after`` is the character the run's left-over byte makes."""
    chars = [_gbk((raw[i], raw[i + 1])) for i in range(0, len(raw) - 1, 2)]
    out: list[str] = []
    for k, ch in enumerate(chars):
        if ch is not None and _good(ch, traditional):
            out.append(ch)
            continue
        nxt = chars[k + 1] if k + 1 < len(chars) else after
        whole = _split((raw[2 * k], raw[2 * k + 1]), out[-1] if out else "", nxt or "", traditional)
        if whole is None:
            return None
        out.append(whole[0])
    return "".join(out)


def _split(pair: tuple[int, int], before: str, after: str, traditional: bool) -> tuple[str, float] | None:
    """The two characters whose bytes, with the undecodable pair between them lost, read as ``pair`` (``主導行業``
    D6F7 8CA7 D0D0 9849 loses A7 D0 and reads 8C D0 between 主 and 業), when the words they make decide them: the
    two make a common word (``代表``), or each makes one with its neighbour outside (``主導`` and ``行業``, ``珠江``
    and ``新城``), and no other split comes near: the two and how strongly the words hold them; None otherwise."""
    firsts = [(c, t) for t in range(0x40, 0xFF) if (c := _gbk((pair[0], t))) is not None and _good(c, traditional)]
    seconds = [(c, lead) for lead in range(0x81, 0xFF) if (c := _gbk((lead, pair[1]))) is not None]
    left = t2s_char(before) if is_cjk(before) else ""
    right = t2s_char(after) if is_cjk(after) else ""
    scored: list[tuple[float, str]] = []
    for c1, t in firsts:
        s1 = t2s_char(c1)
        for c2, lead in seconds:
            if _gbk((t, lead)) is not None or not _good(c2, traditional):
                continue
            s2 = t2s_char(c2)
            inner = word_freq(s1 + s2)
            outer = [word_freq(left + s1) if left else 0, word_freq(s2 + right) if right else 0]
            if inner < SPLIT_WORD and not all(outer):
                continue
            points = sum(math.log10(f + 1) for f in (inner, *outer)) + _prior(c1, traditional) + _prior(c2, traditional)
            scored.append((points, c1 + c2))
    if not scored:
        return None
    top = max(scored)
    if 10 ** top[0] / sum(10**p for p, _ in scored) < SPLIT_SHARE:
        return None
    return top[1], top[0]


def _split_lost_pair(ch: str, after: str) -> str | None:
    """``ch`` read as a numeral and what follows it, when the pair of bytes between them did not decode.

    A run out of step loses every shifted pair GBK cannot decode (a trail byte of row AA-AF or F8-FE before a lead
    byte A1-FE falls in a user-defined area): the trail of ``二`` (B6 FE) and the lead of ``）`` (A3 A9) are such a
    pair, so ``（二）`` reads back as ``（`` and B6 A9 (``订``). Split ``ch``'s bytes around a lost pair into a numeral
    and either ``）`` or a numeral that ``after`` closes (``（十一）`` reads ``（驶）``); None unless exactly one fits.
    """
    pair = _pair(ch)
    if pair is None or ch in _NUMERALS:
        return None
    fits = []
    for first in _NUMERALS:
        a = first.encode("gbk")
        if a[0] != pair[0]:
            continue
        for second in _NUMERALS + _CLOSE:
            b = second.encode("gbk")
            if b[1] != pair[1] or _gbk((a[1], b[0])) is not None:
                continue
            if second == _CLOSE or after.startswith(_CLOSE):
                fits.append(first + second)
    return fits[0] if len(fits) == 1 else None


def _numbered_lead(read: str) -> str:
    """``read`` with the list label of an open bracket made whole again where a lost pair broke it (``（订`` →
    ``（二）``): a report numbers its items ``（一）`` … ``（十九）``, and a label's numeral and bracket lose the pair
    between them whenever the shift makes it undecodable."""
    at = read.find("（")
    while 0 <= at < len(read) - 1:
        j = at + 1
        while j < len(read) and read[j] in _NUMERALS:
            j += 1
        if j < len(read) and read[j] != _CLOSE and (whole := _split_lost_pair(read[j], read[j + 1 :])) is not None:
            read = read[:j] + whole + read[j + 1 :]
        at = read.find("（", at + 1)
    return read


def _right(text: str, at: int) -> str:
    """Up to two simplified CJK characters at ``at``."""
    out = ""
    for ch in text[at : at + 2]:
        if not is_cjk(ch):
            break
        out += t2s_char(ch)
    return out


def _last_char(
    text: str, end: int, lead: int, read: str, traditional: bool
) -> tuple[int, list[tuple[str, float, str]]]:
    """Where the run ends and the ranked texts it reads, once its left-over ``lead`` byte is placed."""
    nxt = text[end : end + 1]
    if nxt and 0x40 <= ord(nxt) <= 0x7E:
        ch = _gbk((lead, ord(nxt)))
        if ch is not None and _good(ch, traditional):
            end += 1
            why = f"按 GBK 字节错位一字节重读：其后“{nxt}”为末字“{ch}”的尾字节"
            follow = annotation_at(text, end)
            if follow is not None and reading_match(ch, follow[1]):
                end = follow[0]
                why += f"，其后注音 {follow[1]} 相符"
            return end, [(read + ch, SURE, why)]
    follow = annotation_at(text, end)
    if follow is None and text.startswith("?", end) and (m := _FRAGMENT.match(text, end + 1)) is not None:
        # the lost trail byte and the annotation's opening bracket decoded together as one ``?`` (``╉?xiàng)``)
        follow = (m.end(), m.group(1)) if is_pinyin(m.group(1)) else None
    if follow is not None:
        right = _right(text, follow[0])
        scored = []
        for trail in range(0x40, 0xFF):
            ch = _gbk((lead, trail))
            if ch is None or not _good(ch, traditional) or reading_match(ch, follow[1]) != 2:
                continue
            simp = t2s_char(ch)
            points = _prior(ch, traditional) + (math.log10(word_freq(simp + right[:1]) + 1) if right else 0.0)
            scored.append((ch, points))
        if scored:
            top = max(p for _, p in scored)
            weights = [(ch, 10 ** (p - top)) for ch, p in scored]
            total = sum(w for _, w in weights)
            ranked = sorted(weights, key=lambda x: -x[1])[:5]
            why = f"按 GBK 字节错位一字节重读：末字尾字节丢失，其后注音 {follow[1]} 指明末字"
            return follow[0], [(read + ch, SURE * w / total, why) for ch, w in ranked]
    lost = _over_lost_pair(text, end, lead, read, traditional)
    if lost is not None:
        return lost
    if _closes(read, lead):
        return end, [(read + "）", SURE, "按 GBK 字节错位一字节重读：末字为全角符号，补全其前的左括号")]
    return end, [(read, UNSURE, "按 GBK 字节错位一字节重读：末字的尾字节丢失，无从还原")]


def _closes(read: str, lead: int) -> bool:
    """Whether the left-over byte leads a full-width mark (row A3) after an open bracket: the bracket closes."""
    return lead == 0xA3 and read.rfind("（") > read.rfind("）")


def _points(ch: str, traditional: bool) -> float:
    return 2.0 if ch in _MARKS else _prior(ch, traditional)


def _over_lost_pair(
    text: str, end: int, lead: int, read: str, traditional: bool
) -> tuple[int, list[tuple[str, float, str]]] | None:
    """The run's last two characters when the pair of bytes between them did not decode (lost, or shown as ``?``)."""
    at = end + 1 if text.startswith("?", end) else end
    nxt = text[at : at + 1]
    seconds: list[str]
    if (m := _FRAGMENT.match(text, at)) is not None and is_pinyin(m.group(1)):
        seconds = [c for c in chars_with_reading(m.group(1)) if _pair(c) is not None]
        stop, how = m.end(), f"其后残留注音 {m.group(1)} 指明次字"
    elif nxt and 0x40 <= ord(nxt) <= 0x7E:
        seconds = [c for lead2 in range(0x81, 0xFF) if (c := _gbk((lead2, ord(nxt)))) is not None]
        stop, how = at + 1, f"其后“{nxt}”为次字的尾字节"
    else:
        return None
    seconds = [c for c in seconds if _good(c, traditional)]
    if _closes(read, lead):
        firsts = ["）"]
    else:
        firsts = [c for t in range(0x40, 0xFF) if (c := _gbk((lead, t))) is not None and _good(c, traditional)]
    right = _right(text, stop)
    scored: dict[str, float] = {}
    for c1 in firsts:
        b1 = c1.encode("gbk")
        for c2 in seconds:
            b2 = c2.encode("gbk")
            if _gbk((b1[1], b2[0])) is not None:
                continue  # the pair between them would have decoded
            word = t2s_char(c1) + t2s_char(c2)
            points = _points(c1, traditional) + _points(c2, traditional)
            points += math.log10(word_freq(word) + 1) if is_cjk(c1) else 0.0
            points += math.log10(word_freq(t2s_char(c2) + right[:1]) + 1) if right else 0.0
            scored[c1 + c2] = points
    if not scored:
        return None
    top = max(scored.values())
    weights = {pair: 10 ** (p - top) for pair, p in scored.items()}
    total = sum(weights.values())
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])[:KEEP]
    why = f"按 GBK 字节错位一字节重读：其间一对字节无法解码而丢失；{how}，按与上下文组成的词排序"
    return stop, [(read + pair, SURE * w / total, why) for pair, w in ranked]


def _split_word(ch: str, traditional: bool) -> str:
    """The most frequent word two characters make whose bytes, with the pair between them lost, read ``ch``.

    A run out of step loses every shifted pair GBK cannot decode; where that pair stands between two characters of
    the text (not of a label), the lead of the first and the trail of the second read as one character (``代表``
    B4 FA B1 ED reads B4 ED ``错``). The text shows no trace of it, so only the word the split makes can doubt it.
    """
    pair = _pair(ch)
    if pair is None:
        return ""
    firsts = [(c, t) for t in range(0x40, 0xFF) if (c := _gbk((pair[0], t))) is not None and _good(c, traditional)]
    seconds = [(c, lead) for lead in range(0x81, 0xFF) if (c := _gbk((lead, pair[1]))) is not None]
    best, freq = "", 0
    for c1, t in firsts:
        for c2, lead in seconds:
            if _gbk((t, lead)) is not None or not _good(c2, traditional):
                continue
            word = t2s_char(c1) + t2s_char(c2)
            if (f := word_freq(word)) > freq:
                best, freq = word, f
    return best if freq >= SPLIT_WORD else ""


def _unmerged(read: str, right: str, traditional: bool) -> str:
    """``read`` with each character after its list label that makes no word with its neighbours split back into the
    two a lost pair merged (``（五）加快珠铰城`` → ``珠江新城``) where the words decide them (``_split``); the best
    held split first, as a merged character's garbage leaves its neighbours wordless too."""
    label_end = read.rfind(_CLOSE) + 1
    for _ in range(2):
        best: tuple[float, int, str] | None = None
        for i in range(label_end, len(read)):
            simp = t2s_char(read[i])
            before = read[i - 1] if i > label_end else ""
            after = read[i + 1] if i + 1 < len(read) else right[:1]
            if not is_cjk(read[i]) or any(
                is_cjk(c) and word_freq(w)
                for c, w in ((before, t2s_char(before) + simp), (after, simp + t2s_char(after)))
            ):
                continue
            pair = _pair(read[i])
            whole = _split((pair[0], pair[1]), before, after, traditional) if pair is not None else None
            if whole is not None and (best is None or whole[1] > best[0]):
                best = (whole[1], i, whole[0])
        if best is None:
            break
        read = read[: best[1]] + best[2] + read[best[1] + 1 :]
    return read


def _lost_label(text: str, at: int, read: str) -> str:
    """``read`` with the list label restored whose opening bracket and numeral were lost whole: a run starting
    ``。`` + ``）`` (A1 A3 | A3 A9) at a line start held ``　（N）`` whose shifted pairs A8+N and N+A3 did not decode
    (for the numerals 一…十 only 六, C1 F9: A8 C1 and F9 A3 are both undefined), so the numeral is the one
    numeral (or 十N, items run to 十九) all of whose shifted pairs are undefined; unchanged unless exactly one fits."""
    if not read.startswith(_CLOSE) or text[at : at + 1] != "。" or text[:at].rstrip("?？ 　\t")[-1:] not in ("", "\n"):
        return read
    labels = list(_NUMERALS) + ["十" + n for n in _NUMERALS[:-1]]
    fits = []
    for label in labels:
        b = bytes([0xA8]) + label.encode("gbk") + bytes([0xA3])
        if all(_gbk((b[i], b[i + 1])) is None for i in range(0, len(b) - 1, 2)):
            fits.append(label)
    return "（" + fits[0] + read if len(fits) == 1 else read


def _merged(read: str, right: str, traditional: bool) -> str:
    """A character of ``read`` (after its list label) that makes no word with its neighbours while the two
    characters a lost pair would have split it into make a common word: the word, or "" when there is none."""
    label_end = read.rfind(_CLOSE) + 1
    simp = [t2s_char(c) for c in read] + list(right)
    for i in range(label_end, len(read)):
        if not is_cjk(read[i]):
            continue
        before = simp[i - 1] + simp[i] if i > label_end and is_cjk(simp[i - 1]) else ""
        after = simp[i] + simp[i + 1] if i + 1 < len(simp) and is_cjk(simp[i + 1]) else ""
        if (before and word_freq(before)) or (after and word_freq(after)):
            continue
        if word := _split_word(read[i], traditional):
            return word
    return ""


def find_shifted(text: str, *, traditional: bool) -> list[Shifted]:
    """Runs of ``text`` decoded one byte out of step, in order, each with its ranked readings."""
    found: list[Shifted] = []
    taken = 0
    for m in _ODD.finditer(text):
        pos = m.start()
        if pos < taken or _pair(text[pos]) is None:
            continue
        start = pos
        while start > taken and pos - start < MAX_BACK and _pair(text[start - 1]) is not None:
            start -= 1
        end = pos + 1
        while end < len(text) and end - pos < MAX_RUN and _pair(text[end]) is not None:
            end += 1
        run = b"".join(_pair(c) or b"" for c in text[start:end])
        if start > taken and text[start - 1] in FULL_WIDTH and text[start - 1] != "?":
            # a full-width mark the copy wrote half-width (``.`` for ``。``, A1 A3) keeps its two bytes in the run
            start -= 1
            run = FULL_WIDTH[text[start]].encode("gbk") + run
        for s in range(start, pos + 1):
            raw = run[2 * (s - start) + 1 :]
            nxt = text[end : end + 1]
            after = (_gbk((raw[-1], ord(nxt))) or "") if nxt and 0x40 <= ord(nxt) <= 0x7E else ""
            read = _decode(raw[:-1], traditional, after)
            if read is None or len(read) < MIN_READ:
                continue
            read = _lost_label(text, s, _numbered_lead(read))
            stop, repairs = _last_char(text, end, raw[-1], read, traditional)
            if repairs and repairs[0][1] > UNSURE:
                repairs = [(_unmerged(r, _right(text, stop), traditional), score, how) for r, score, how in repairs]
            if repairs and repairs[0][1] > UNSURE and _merged(repairs[0][0], _right(text, stop), traditional):
                # a pair lost inside the text: the merged character is no reading the bytes decide
                why = "；疑其间有一对字节丢失、两字并为一字，不作确定修复"
                repairs = [(r, min(score, UNSURE), how + why) for r, score, how in repairs]
            found.append(Shifted(s, stop, tuple(repairs)))
            taken = stop
            break
    return found
