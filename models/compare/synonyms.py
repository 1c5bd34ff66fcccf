"""Indicator-name normalisation: abbreviations, synonyms and near-match scoring."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache

from models.folding import fold_text

# Abbreviation or variant -> the form every name is rewritten to. Applied as substring
# replacements, longest first, so "规上工业企业" and "规模以上工业企业" meet.
SYNONYMS: dict[str, str] = {
    "社消零": "社会消费品零售总额",
    "社零额": "社会消费品零售总额",
    "社零总额": "社会消费品零售总额",
    "消费品零售总额": "社会消费品零售总额",
    "规上企业": "规模以上工业企业",
    "规上工业": "规模以上工业",
    "规模工业": "规模以上工业",
    "规上": "规模以上",
    "限上": "限额以上",
    "固投": "固定资产投资",
    "固定投资": "固定资产投资",
    "技改": "技术改造",
    "高企": "高新技术企业",
    "高新企业": "高新技术企业",
    "进出口总额": "进出口额",
    "外贸进出口": "进出口额",
    "5G通信基站": "5G基站",
    "5G站点": "5G基站",
    "4G通信基站": "4G基站",
    # renamed by the 2014 budget law: reports before and after it name one quantity two ways
    "公共财政预算收入": "一般公共预算收入",
    "一般预算收入": "一般公共预算收入",
    # 常住 says how residents are counted (since 2013), not another income; 农民 is the older name of 农村居民
    "农民人均可支配收入": "农村居民人均可支配收入",
    "常住居民": "居民",
    "GDP": "地区生产总值",
    "生产总值": "地区生产总值",
    "招商引资到位资金": "招商引资实际到位资金",
    "上云企业": "企业上云",
    "万企上云企业": "企业上云",
    "万企上云": "企业上云",
    "两化融合示范企业": "两化融合示范试点企业",
    "两化融合试点示范企业": "两化融合示范试点企业",
}

# Words that frame a name without changing what is measured.
_FRAME_PREFIXES = (
    "全市",
    "全县",
    "全区",
    "全州",
    "全省",
    "我市",
    "我县",
    "我区",
    "本市",
    "本县",
    "全年",
    "累计",
    "共计",
    "共",
    "已",
    "完成",
    "实现",
    "达到",
    "其中",
    "今年",
    "年内",
    "力争",
    "计划",
    "预计",
)
# 增速/增幅/增长率 name the growth of the quantity before them: the figure says it is a change (a % or 个百分点)
_FRAME_SUFFIXES = ("总数", "数量", "个数", "完成情况", "情况", "达到", "完成", "实现", "增速", "增幅", "增长率")
_PUNCT_RE = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）【】\[\]，,。.、:：;；!！?？]+")
_YEAR_RE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}(?:-\d{1,2})?月(?:份)?)?")

HEAD_MISMATCH_CAP = 0.7
_ORDERED = sorted(SYNONYMS.items(), key=lambda kv: -len(kv[0]))
_FULLS = sorted(set(SYNONYMS.values()), key=lambda f: -len(f))


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """The comparable form of an indicator name.

    Full-width forms are folded, punctuation and framing words (全市, 累计, 完成 …)
    dropped and abbreviations expanded, so that ``规上工业企业`` and
    ``全市规模以上工业企业`` give the same key.
    """
    text = _fold_width(name).strip()
    text = _PUNCT_RE.sub("", text)
    text = _YEAR_RE.sub("", text)
    changed = True
    while changed and text:
        changed = False
        for p in _FRAME_PREFIXES:
            if text.startswith(p) and len(text) > len(p) + 1:
                text = text[len(p) :]
                changed = True
        for s in _FRAME_SUFFIXES:
            if text.endswith(s) and len(text) > len(s) + 1:
                text = text[: -len(s)]
                changed = True
    if not text:
        return ""
    # Expand abbreviations once, longest first; a full form already written is kept whole
    # so that its own tail (消费品零售总额 in 社会消费品零售总额) is not expanded again.
    return expand_abbreviations(text, _ORDERED, _FULLS)


def expand_abbreviations(
    text: str, pairs: Sequence[tuple[str, str]], fulls: Sequence[str], *, qualified_tails: bool = True
) -> str:
    """``text`` with every abbreviation of ``pairs`` (short, full; longest first) written in full.

    A full form already written (``fulls``, longest first) is kept whole, so that its own tail
    (消费品零售总额 in 社会消费品零售总额) is not expanded again. With ``qualified_tails`` false, a short
    form that is its full form's tail (生产总值) is expanded only at the start: after other words
    (国内生产总值) it is another word.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        full_here = next((f for f in fulls if text.startswith(f, i)), None)
        if full_here is not None:
            out.append(full_here)
            i += len(full_here)
            continue
        for short, full in pairs:
            if text.startswith(short, i) and (qualified_tails or not (i and full.endswith(short))):
                out.append(full)
                i += len(short)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def name_similarity(a: str, b: str) -> float:
    """Similarity of two normalised names in [0, 1]; 1.0 when equal.

    Containment of one name in the other (``工业增加值`` in ``规模以上工业增加值``)
    counts as a near match, scaled by how much of the longer name is covered. Names
    whose last two characters (the head noun) differ never reach a near match.
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a[-2:] != b[-2:]:
        # A Chinese noun phrase ends in its head: 工业投资 and 工业投资项目 measure different things.
        return min(SequenceMatcher(None, a, b, autojunk=False).ratio(), HEAD_MISMATCH_CAP)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    if len(short) >= 3 and short in long_:
        ratio = max(ratio, 0.75 + 0.2 * len(short) / len(long_))
    return min(ratio, 0.99)


def _fold_width(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


SEARCH_FORMS_MAX = 16  # forms searched for one query; a query naming many abbreviations stops there


@cache
def _folded_table() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The table folded as search folds text: (short, full) longest first, fulls longest first, shorts per full."""
    pairs = sorted({(fold_text(s), fold_text(f)) for s, f in SYNONYMS.items()}, key=lambda kv: (-len(kv[0]), kv))
    fulls = tuple(sorted({f for _, f in pairs}, key=lambda f: (-len(f), f)))
    shorts: dict[str, list[str]] = {}
    for short, full in sorted(SYNONYMS.items()):
        shorts.setdefault(fold_text(full), []).append(fold_text(short))
    return tuple(pairs), fulls, {f: tuple(dict.fromkeys(v)) for f, v in shorts.items()}


def search_forms(query: str) -> list[str]:
    """The forms a search for ``query`` (already folded) looks for: the query first, then its other spellings.

    A query holding an abbreviation of the table (规上工业, 社零额) is also searched in full
    (规模以上工业, 社会消费品零售总额) and a full form also by each abbreviation; a query the
    table does not touch is searched as typed, alone.
    """
    if not query:
        return [query]
    pairs, fulls, shorts = _folded_table()
    canonical = expand_abbreviations(query, pairs, fulls, qualified_tails=False)
    forms = [query, canonical]
    for full in fulls:
        if full in canonical:
            forms.extend(canonical.replace(full, short) for short in shorts[full])
    return list(dict.fromkeys(forms))[:SEARCH_FORMS_MAX]
