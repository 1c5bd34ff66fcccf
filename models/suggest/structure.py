"""Structural indicators: ratios, a whole split into its shares (三产业比重 10:52.6:37.4, 城乡居民收入比 2.35∶1)."""

from __future__ import annotations

import re
from typing import Any

from models.folding import fold_text
from models.suggest._context import Item, clause_start
from models.suggest._fallback_name import fallback_name
from models.suggest._kind import context_attrs
from models.suggest._names import name_before
from models.suggest._text import Spans, sentence_start

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# (13.6﹕42.1﹕44.3: the small form colon some pages type; 结构为9.3、41.0、49.6: three shares listed with 、, a
# structure only when its terms sum to 100 and no unit follows them; a term starts where a number starts, never inside
# one a page ran together: 202117.4629.04﹕53.50, 162)
_RATIO_RE = re.compile(
    rf"(?<![\d.]){_NUM}(?:\s?[:∶﹕]\s?{_NUM}){{1,3}}|(?<![\d.、]){_NUM}(?:、{_NUM}){{2}}(?![\d.、%‰]|\s?[\u4e00-\u9fff])"
)
# 调整为44.13:23.62:32.25,同上年的45.8:22.3:31.9相比: the ratio after is the base the first is compared with
_BASE_AFTER_RE = re.compile(r"\s?[,，]\s?(?:同|与|比|较)(?:上年|去年|上一年|\d{4}\s?年)(?:同期)?的?\s?$")
# 三次产业比演进至…, 三次产业对地区生产总值的贡献率分别为…: the three sectors' whole, a verb leading to its terms
_SECTORS_TO_RE = re.compile(r"(?:三次|三大|一二三)产业[^\d。；;:，,]{0,16}?(?:为|至|到)\s?$")


def find_ratios(t: str, items: list[Item], taken: Spans, targets: Spans) -> None:
    """Add ratio indicators to ``items``.

    A structure summing to 100 (``三次产业结构为3.6 : 48 : 48.4``) is one indicator per term in ``%``; a ratio to
    one (``城乡居民收入比降至2.35∶1``) is one indicator with the first term as value; a second ratio in the
    sentence (``由10:52.6:37.4调整为9.9:50.2:39.9``) is the new value and the first one ``ratio_from``.
    """
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for m in _RATIO_RE.finditer(t):
        sent = sentence_start(t, m.start())
        # (城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1: the ratio's words run on before its from/to)
        if re.search(
            # (普职比基本达到1:1: an adverb before the verb, 1965)
            r"比重|比例|结构|构成|之比|比(?:基本|大体|总体|稳定)?(?:为|达到|降至|缩小到|缩小至|是|由|从)"
            r"|比[^\d。；;:]{1,8}?(?:由|从)",
            t[sent : m.start() + 1],
        ) or _SECTORS_TO_RE.search(t, sent, m.start()):
            by_sentence.setdefault(sent, []).append(m)
    for found in by_sentence.values():
        if any("、" in m.group(0) and not _shares(_terms(m.group(0))) for m in found):
            continue  # 9.3、41.0、49.6 is a structure only as three shares
        first, last = found[0], found[-1]
        before = first if len(found) > 1 else None
        if len(found) == 2 and _BASE_AFTER_RE.match(t[first.end() : last.start()]):
            before, last = last, first  # the base is read as the "from", the first ratio as the "to"
        values = _terms(last.group(0))
        # 三产业比重由去年的10:52.6:37.4: the name is what precedes 由/从
        cs = clause_start(t, first.start())
        clause = re.split(r"由|从", t[cs : first.start()], maxsplit=1)[0]
        clause = re.sub(r"(?:缩小|扩大|降低|下降|提高|上升|调整|优化|降|升)(?:至|到|为)$", "", clause)
        clause = re.sub(r"比(?:基本|大体|总体|稳定)(?:为|达到|是)$", "比", clause)  # 普职比基本达到: the ratio's words
        name, offset, _ = name_before(clause)
        sent = sentence_start(t, first.start())
        run_on = re.search(r"([^\d。；;:，,]{2,16}比)[^\d。；;:]{1,8}?(?:由|从)\D{0,10}$", t[sent : first.start()])
        if not name and run_on:  # 城乡收入比持续缩小,由…: the ratio named before the words that run on
            cs, clause = sent + run_on.start(1), run_on.group(1)
            name, offset, _ = name_before(clause)
        if name and clause.endswith("比") and not name.endswith("比"):
            name += "比"  # 城乡居民收入比: the ratio's own word
        nstart = cs + offset if name else first.start()
        figure_before = re.search(r"(?:\d(?!\d*年)|[%‰])[^\d%‰]*$", t[cs : first.start()])  # not a year
        if figure_before:  # 增长4.5%三次产业结构比重为…: the figure before the name is another statement's
            nstart = max(nstart, cs + figure_before.start() + 1)
        name = name or fallback_name(t, first.start())
        base: dict[str, Any] = {"name": name, "ratio": values, "value": None, "unit": "比例"}
        base.update(change=None, change_unit=None)  # every indicator carries both keys
        base.update(context_attrs(t, first.start(), last.end(), targets))
        if before is not None:
            base["ratio_from"] = _terms(before.group(0))
        if len(values) == 2 and values[1] in (1, 100):  # 2.35∶1, 性别比为105.23:100: the first term
            base.update(value=values[0], unit=None)
        if len(values) < 2 or not (_shares(values) or _shares(base.get("ratio_from"), len(values))):
            # 粮经作物比例65.7:34.3: two shares are a structure too; 由43.1:27.2:29.7调整1:36.3:32.7: a "to" that lost a
            # digit is read per term, as its "from" is
            items.append(Item(nstart, last.end(), base, 0.75, first.start()))
            taken.add(nstart, last.end())
            continue
        # one indicator per term, each span ending at its own figure
        figures = [(last.start() + m.start(), last.start() + m.end()) for m in re.finditer(_NUM, last.group(0))]
        start = nstart
        said = fold_text(t[sentence_start(t, first.start()) : first.start()])
        before_terms = base.get("ratio_from")
        for k, (value, (fs, fe)) in enumerate(zip(values, figures, strict=True)):
            attrs = dict(base, value=value, unit="%", name=_term_name(name, k, said, len(values)))
            if isinstance(before_terms, list) and len(before_terms) == len(values):
                attrs["change"], attrs["change_unit"] = (
                    round(value - before_terms[k], 2),
                    "个百分点",
                )  # 由6.9∶24.2∶68.9调整为…
            items.append(Item(start, fe, attrs, 0.75, first.start() if k == 0 else fs))
            start = fe
        taken.add(nstart, last.end())


def _shares(values: Any, terms: int = 0) -> bool:
    """Terms that sum to 100 (a structure in %); with ``terms``, only a ratio of that many terms."""
    if not isinstance(values, list) or len(values) < 2 or (terms and len(values) != terms):
        return False
    return abs(sum(values) - 100) <= 0.6


def _terms(ratio: str) -> list[float]:
    return [float(v) for v in re.split(r"\s?[:∶﹕、]\s?", ratio)]


# the three sectors named before a structure of three shares: 三次产业, 三大产业, 一二三产业, 三产, 三大业 (264),
# 产业结构; or an economy's structure (县域经济结构为5.6:58.1:36.3, 1873): its terms are the sectors' shares
_SECTORS_SAID_RE = re.compile(r"(?:三次|三大|一二三|一、二、三)产?业|三产|产业(?:结构|比例|比重|构成)")
_SECTORS_MEASURE_RE = re.compile(
    r"(?:三次|三大|一二三)产业(?P<post>[^\d，,。；;、:：]{2,20}?)(?:分别)?(?:为|是|达到?)?[:：]?\s*$"
)
_ECONOMY_RE = re.compile(r"(?P<whose>[\u4e00-\u9fff]{0,6}经济)结构$")


def _term_name(name: str, k: int, said: str = "", terms: int = 3) -> str:
    """The name of a structure's ``k``-th share: ``第二产业占比`` when the sentence speaks of the three sectors."""
    economy = _ECONOMY_RE.search(name)
    sectors = terms == 3 and (_SECTORS_SAID_RE.search(said) or economy)
    if k < 3 and (re.search(r"三次产业|三产|产业结构", name) or sectors):
        whose = economy.group("whose") if economy and not _SECTORS_SAID_RE.search(said) else ""
        sector = ("第一产业", "第二产业", "第三产业")[k]
        measure = _SECTORS_MEASURE_RE.search(said)
        if measure and not re.search(r"比|结构|构成", measure.group("post")):
            return f"{sector}{measure.group('post')}"  # 三次产业对地区生产总值的贡献率分别为26.0:6.1:67.9 (990)
        added = "增加值" if re.search(r"增加值(?:的|之)?(?:结构|构成|比例|比重)", said) else ""
        return f"{whose}{sector}{added}占比"
    return f"{name}第{k + 1}项"
