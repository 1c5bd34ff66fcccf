"""Passes over the statements found: shared figures, milestones, net changes, flat and cut-off statements."""

from __future__ import annotations

import bisect
import re
from typing import Any

from models.suggest._context import Item, clause_start, part_offsets, share_out
from models.suggest._kind import context_attrs
from models.suggest._names import name_before
from models.suggest._quantities import Qty
from models.suggest._statements import FLOW_RE, NET_RE, Change
from models.suggest._text import SENTENCE_END, Spans, sentence_start
from models.suggest.numbers import UNITS, normalize, to_halfwidth

_TERMINAL = "。！？；;!?…”’」』）)】》.:："


def cut_off_at(t: str) -> int:
    """Where an excerpt that stops in the middle of a sentence cut its last clause, when the clause runs on past
    its figure or stops inside its unit (``…比上年增长14.9%。全市已有89.2%的乡``, ``有38个项目未入``,
    ``总动力18.26万千``): that figure's statement is cut short, so it is not read. ``len(t)`` otherwise.

    Only a clause that runs on after another sentence on its line counts: a last line that is all one item (a
    list entry, a table row, a signature) may end without a full stop.
    """
    end = len(t.rstrip())
    if not end or t[end - 1] in _TERMINAL:
        return len(t)
    line = t.rfind("\n", 0, end) + 1
    if max(t.rfind(ch, line, end) for ch in "。！？；;!?") < line:
        return len(t)
    clause = max(t.rfind(ch, line, end) for ch in "。！？；;!?，,、：:") + 1
    tail = re.search(r"[\d%％]([^\d%％]+)$", t[clause:end])
    if tail is None or not re.search(r"[\u4e00-\u9fff]", tail.group(1)):
        return len(t)
    unit = re.sub(r"/[\u4e00-\u9fff]{1,2}$", "", tail.group(1))  # 处理能力至370吨/日: a unit per day is whole
    if unit in UNITS and unit not in ("万", "亿", "万亿"):
        return len(t)  # …港湾”11个: the text stops after a whole unit (51亿 may have been 51亿元)
    return clause


def simplified(text: str) -> str:
    """A text in traditional script read in simplified, character for character (offsets kept).

    The display text of a traditional report is already simplified; a span or a text that did not pass the
    cleaner (a hand tag of a traditional line, a pasted quote) is read the same way.
    """
    from models.ingest.clean_script import detect_script, t2s_table

    return text.translate(t2s_table()) if detect_script(text) == "traditional" else text


_MILESTONE_BEFORE_RE = re.compile(
    r"(?:率先|首次|历史性地?|一举|成功)?(?:突破|迈上|跨越|跨过|跨上|站上|跨入|迈入|跃上|登上)了?$"
)


_PERIOD_NAME_RE = re.compile(r"(?:近|连续)?(?:[一二两三四五六七八九十]|\d+)?年(?:内|来|间)?|")
_DOUBLED_GAP_RE = re.compile(r"[,，]\s*(?:实现了?|已)?")
# a doubling said of all the levels before it (全市地区生产总值达3552亿元,人均超过4.1万元,均比2007年翻了一番: 1821;
# 存款余额2981亿元、贷款余额1735亿元,均比2007年翻了一番多): each level's change, when none states its own (else 1032's
# second change)
_ALL_DOUBLED_GAP_RE = re.compile(r"[,，]\s*(?:均|都)(?:比|较)?[^\d,，。；;]{0,8}?(?:\d{4}年(?:底|末)?)?(?:实现了?)?")
_LEVELS_GAP_RE = re.compile(r"[,，、和及]\s*[^\d,，、。；;：:()（）]{0,20}")


def doubling_of_level(t: str, items: list[Item]) -> None:
    """``公共财政预算收入10.6亿元,实现五年翻一番``: a doubling right after a level that states no other change
    is that level's change (after a stated growth, ``126.4亿元,五年内翻了两番,增长35.5%``, it stays its own)."""
    for i in range(len(items) - 1, 0, -1):
        it, prev = items[i], items[i - 1]
        if not (it.attrs.get("is_change") and it.attrs.get("change_of") == "翻番"):
            continue
        if prev.attrs.get("is_change") or prev.attrs.get("change") is not None or prev.attrs.get("value") is None:
            continue
        if "rank" in prev.attrs:
            continue
        if _ALL_DOUBLED_GAP_RE.fullmatch(t, prev.end, it.start):
            _doubled_levels(t, items, i)
            continue
        if not _DOUBLED_GAP_RE.fullmatch(t, prev.end, it.start):
            continue
        if not _PERIOD_NAME_RE.fullmatch(str(it.attrs.get("name") or "")) or re.match(
            r"的?目标", t[it.end : it.end + 3]
        ):
            continue  # 金融业增加值翻一番: a quantity of its own; 实现了五年翻两番的目标: an aim reached
        prev.attrs["change"], prev.attrs["change_unit"] = it.attrs["change"], it.attrs["change_unit"]
        prev.end = it.end
        del items[i]


def _doubled_levels(t: str, items: list[Item], i: int) -> None:
    """``A达3552亿元,B超过4.1万元,均比2007年翻了一番``: the doubling ``items[i]`` is the change of every level listed
    right before it; none may state a change of its own, and nothing but names may stand between them."""
    levels = [items[i - 1]]
    while i - len(levels) - 1 >= 0:
        before = items[i - len(levels) - 1]
        gap = _LEVELS_GAP_RE.fullmatch(t, before.end, levels[0].start)
        if gap is None or before.attrs.get("value") is None or "rank" in before.attrs:
            break
        if before.attrs.get("change") is not None or before.attrs.get("is_change"):
            # one of the list grew in its own words, or a 分别-list of growths stands before the levels (A、B年均分别
            # 增长14.1%、22.1%,达4270亿元、500.36亿元,均比2006年翻一番以上): the doubling is a second change (1032)
            return
        levels.insert(0, before)
    if len(levels) < 2:
        return
    it = items[i]
    for lv in levels:
        lv.attrs["change"], lv.attrs["change_unit"] = it.attrs["change"], it.attrs["change_unit"]
    levels[-1].end = it.end
    del items[i]


def drop_restated_milestones(t: str, items: list[Item]) -> None:
    """``从290.58亿元增长到556亿元…,经济总量率先突破500亿元``: a round milestone that a level of the same quantity
    in the sentence already passed restates it (no indicator of its own). A part (其中…) or a per-head figure
    (人均…突破万元) is another quantity."""
    keep: list[Item] = []
    for it in items:
        if not _restated_milestone(t, it, keep):
            keep.append(it)
    drop: set[int] = set()
    for k, it in enumerate(keep):
        # 跨越了两千亿元和三千亿元两个台阶: the milestones listed with it go with it, the highest tested
        group = [k]
        while group[-1] + 1 < len(keep) and _listed_milestone(t, keep[group[-1]], keep[group[-1] + 1]):
            group.append(group[-1] + 1)
        top = max(float(keep[j].attrs.get("value") or 0) for j in group)
        if _milestone_before_level(t, it, keep[group[-1] + 1 :], top):
            drop.update(group)
    items[:] = [it for k, it in enumerate(keep) if k not in drop]


def _listed_milestone(t: str, before: Item, it: Item) -> bool:
    """``两千亿元和三千亿元两个台阶``: a round figure of the same unit joined to the milestone before it."""
    value = it.attrs.get("value")
    return (
        before.attrs.get("unit") == it.attrs.get("unit")
        and isinstance(value, float)
        and _round(value)
        and re.fullmatch(r"\s?[和、及与]\s?", t[before.end : it.qty_start]) is not None
    )


def _milestone_before_level(t: str, it: Item, after: list[Item], top: float) -> bool:
    """``生产总值跃上2万亿元新台阶…生产总值实现2.22万亿元``: the threshold (``top``, the highest of those listed
    with it), then the precise level in the paragraph."""
    value, unit = it.attrs.get("value"), str(it.attrs.get("unit"))
    name = str(it.attrs.get("name") or "")
    if not isinstance(value, float) or it.attrs.get("is_change") or not _round(value) or len(name) < 2:
        return False
    cs = clause_start(t, it.qty_start)
    if not _MILESTONE_BEFORE_RE.search(t, cs, it.qty_start) or re.search(r"其中|人均|户均", t[cs : it.qty_start]):
        return False
    level, base = normalize(max(value, top), unit)
    para_end = t.find("\n", it.end)
    for k in after:
        if para_end >= 0 and k.start > para_end:
            break
        kv = k.attrs.get("value")
        k_name = str(k.attrs.get("name") or "")
        economy = "经济总量" in name and "生产总值" in k_name  # the size of the economy a report names by its GDP
        if k.attrs.get("is_change") or not isinstance(kv, float) or len(k_name) < 2 or not (k_name in name or economy):
            continue  # the milestone's name may keep its verb (生产总值跃上)
        k_level, k_base = normalize(kv, str(k.attrs.get("unit")))
        if k_base == base and level <= k_level < level * 1.5:
            return True
    return False


def _restated_milestone(t: str, it: Item, before: list[Item]) -> bool:
    value, unit = it.attrs.get("value"), str(it.attrs.get("unit"))
    if not isinstance(value, float) or it.attrs.get("is_change") or not _round(value):
        return False
    cs = clause_start(t, it.qty_start)
    if not _MILESTONE_BEFORE_RE.search(t, cs, it.qty_start):
        return False
    clause = t[cs : it.qty_start]
    sent = sentence_start(t, it.qty_start)
    level, base = normalize(value, unit)
    name = str(it.attrs.get("name") or "")
    for k in before:
        kv = k.attrs.get("value")
        if k.attrs.get("is_change") or not isinstance(kv, float) or k.qty_start == it.qty_start:
            continue  # (生产总值和财政收入均突破1000亿元: the one figure shared, no level restating it)
        k_level, k_base = normalize(kv, str(k.attrs.get("unit")))
        if k.start < sent:
            # 非税收入150.8亿元 … (another section) 全年非税收入突破150亿元: the same quantity's level, a summary
            # restating it in round figures
            if len(name) >= 2 and k.attrs.get("name") == name and k_base == base and level <= k_level < level * 1.1:
                return True
            continue
        same = re.search(r"总量|总规模|规模|总额", clause) or str(k.attrs.get("name") or "@") in clause
        # 收入80.35亿元(全市唯一突破80亿元大关的区域): a note in brackets on the level it follows
        same = same or (t[k.end : k.end + 1] in ("(", "（") and not re.search(r"[)）]", t[k.end : it.qty_start]))
        if k_base == base and k_level >= level and same and not re.search(r"其中|人均|户均", clause):
            return True
    return False


def _round(value: float) -> bool:
    """500, 1000, 1.5 (万): a milestone's figure, one or two significant digits."""
    digits = f"{value:.10g}".replace(".", "").strip("0")
    return 0 < len(digits) <= 2


# the period it is level with: the year before, or the month, quarter, half or months before (增速较上月持平,
# 降幅与1-4月基本持平: a monthly bulletin's base)
FLAT_BASE = (
    r"(?:上年|去年|上月|上季度|上一季度|上半年|上期|[一二三四1-4]季度|前[二三两]季度"
    r"|(?:\d{1,2}[-—–至~～])?\d{1,2}月份?)"
)
_FLAT_ALONE_RE = re.compile(rf"(?:与|和|同|较|比){FLAT_BASE}(?:同期)?(?:相比)?(?:基本)?持平")
# a growth rate level with another period's is a change of 0 points (1186, 517); any other quantity's, 0 %
# (涨幅…持平: a price rate too, in any report, not only a monthly brief: lead's ruling, session 26, 1291)
_RATE_NAME_RE = re.compile(r"(?:增速|增幅|降幅|涨幅|跌幅)$")
_GLOSSED_RATE_RE = re.compile(r"[(（][A-Za-z]{1,6}[)）](?:增速|增幅|降幅|涨幅|跌幅)$")  # 居民消费价格(CPI)涨幅


def flat_statements(t: str, items: list[Item], targets: Spans) -> None:
    """``…出栏生猪16.04万头,产量与去年持平``: a quantity unchanged, stated without a figure (0 %)."""
    if "持平" not in t:
        return
    ends = [it.end for it in items]
    for m in _FLAT_ALONE_RE.finditer(t):
        cs = clause_start(t, m.start())
        k = bisect.bisect_right(ends, m.end())
        if k and items[k - 1].end > cs:
            continue  # the figure before it carries it (mark_flat)
        name, offset, _ = name_before(t[cs : m.start()])
        gloss = _GLOSSED_RATE_RE.search(t, max(0, m.start() - 12), m.start()) if len(name) <= 2 else None
        if gloss:  # the rate's subject glossed in brackets before it
            gs = clause_start(t, gloss.start())
            own, own_at, _ = name_before(t[gs : gloss.start()])
            if len(own) >= 2:
                name, cs, offset = t[gs + own_at : gloss.end()], gs, own_at
        if len(name) < 2:
            continue
        unit = "个百分点" if _RATE_NAME_RE.search(name) else "%"
        attrs: dict[str, Any] = {"name": name, "value": 0.0, "unit": unit, "change": 0.0, "change_unit": unit}
        attrs.update(context_attrs(t, m.start(), m.end(), targets))
        items.append(Item(cs + offset, m.end(), attrs, 0.6, cs + offset))
    items.sort(key=lambda it: (it.start, it.end))


_SHARED_RE = re.compile(
    r"[个家项名座所处条件]?(?P<a>[^\W\d的_]{1,12}?(?:率|比例|比重|占比))(?:和|、|及|与|以及)"
    r"(?P<b>[^\W\d的_]{1,12}?(?:率|比例|比重|占比))(?:均|都)?(?:为|达到?|实现了?|保持在?|稳定在)?\s*$"
)


def share_figure(t: str, items: list[Item], q: Qty) -> None:
    """``公开率和解读率100%``, ``达标率、优三类比例均为100%``: one figure for two named rates, two indicators."""
    it = items[-1]
    if q.group or it.qty_start != q.start or it.attrs.get("unit") not in ("%", "‰"):
        return
    m = _SHARED_RE.search(t, max(sentence_start(t, q.start), q.start - 40), q.start)
    if m is None:
        return
    scope = re.match(r"(?:全[省市县区州国]|我[省市县区])", m.group("a"))
    a_at = m.start("a") + (scope.end() if scope else 0)
    it.attrs["name"], it.start = t[a_at : m.end("a")], min(it.start, a_at)
    second = dict(it.attrs, name=m.group("b"), shared=True)
    items.append(Item(m.start("b"), it.end, second, it.confidence, q.start))


_ALL_BEFORE_RE = re.compile(r"(?:(?<![人户亩年日月平])均|都|同时)$")  # 人均增长 is a per-head change


def share_change(t: str, items: list[Item], verb_start: int) -> None:
    """``出口额和进口额均下降5.2%``, ``A、B均增长8%``: one change for each quantity the list names."""
    it = items[-1]
    head = re.sub(
        r"(?:同比|比上年|较上年|比去年|较去年)$", "", t[clause_start(t, verb_start, _SHARE_STOP) : verb_start]
    )
    if not _ALL_BEFORE_RE.search(head):
        return
    head = _ALL_BEFORE_RE.sub("", head)
    parts = re.split(r"、|和|及|与", head)
    if len(parts) < 2 or any(not 2 <= len(p) <= 24 or re.search(r"\d", p) for p in parts):
        return
    cs = verb_start - len(t[clause_start(t, verb_start, _SHARE_STOP) : verb_start])
    offsets = part_offsets(t, parts, cs)
    lead = _LEAD_VERB_RE.match(parts[0])  # 实现规上工业亩均增加值: the name without its verb
    if lead and len(parts[0]) - lead.end() >= 2:
        parts[0], offsets[0] = parts[0][lead.end() :], offsets[0] + lead.end()
    share_out(items, it, parts, offsets)


_LEAD_VERB_RE = re.compile(r"(?:全年|今年|全[省市县区镇乡]|我[省市县区镇乡])*(?:实现|完成|确保|力争|预计)?")
_SHARE_STOP = SENTENCE_END + "，,：:（）()“”"


def stock_of_net_change(t: str, items: list[Item], ch: Change) -> str | None:
    """``新增规上工业企业8家,退规2家,净增5家``: the net change is that of the stock the first flow names."""
    if not NET_RE.match(t, ch.verb_start, ch.verb_start + 12):
        return None
    sent = sentence_start(t, ch.verb_start)
    flows = [it for it in items if it.start >= sent and FLOW_RE.match(t, clause_start(t, it.qty_start), it.qty_start)]
    for it in flows:
        name = FLOW_RE.sub("", str(it.attrs.get("name") or ""), count=1)
        if len(name) >= 2:
            return name
    return None


# (增长26。8%: a full stop typed for the decimal point, before a percentage only)
_DOT_DECIMAL_RE = re.compile(r"(?<=\d)[·•・](?=\d)|(?<=\d)。(?=\d{1,2}[%‰])")
_STOP_DECIMAL_SHARE_RE = re.compile(r"\d。\d{1,2}[%‰]")
_STOP_DECIMAL_AMOUNT_RE = re.compile(r"(?<=\d)。(?=\d{1,3}[万亿萬億](?:美?元|吨|亩|人|平方米))")
_YEAR_PLACEHOLDER_RE = re.compile(r"(?<=[比较較])20[xX×]{2}(?=年)")
# (or a vertical-form colon ︰ some pages type: 比例由29︰55︰16调整为30︰49︰21)
_LOST_COLON_RE = re.compile(r"(?<=\d)[?？︰](?=\d)")
# (减少木材采伐量l9万立方米, 力争新建 l—2个: an OCR'd 1 read as the letter l, before a figure or a range's dash)
_OCR_ONE_RE = re.compile(r"(?<=[\u4e00-\u9fff\s])l(?=\d|\s?[—\-~～]\s?\d)")
_HALF_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff%‰”’)）])\.(?![\d.])")


_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


# (上年度 is left as read: 分别由…提高至950元/月·人、720元/·人,分别比上年度增长5.5%、10.7% (1586) names its levels only
# through the changes read on their own)
_YEAR_BEFORE_RE = re.compile(r"(?<=[比较])上一年度?(?![同末底])")


def prepared(display_text: str) -> str:
    """The text as the statement readers take it, character for character (offsets kept)."""
    text = to_halfwidth(display_text)
    if _STOP_DECIMAL_SHARE_RE.search(text):
        # 增长104。4%, 生产总值2。87亿元: a text that types its shares' decimal point as a full stop types
        # its amounts' the same way (a sentence ends after a unit, hardly after bare digits)
        text = _STOP_DECIMAL_AMOUNT_RE.sub(".", text)
    text = _DOT_DECIMAL_RE.sub(".", text)  # 上涨2·9%: a typeset decimal point
    if "," in text:
        # 收入380,869万元,完成年初预算391,267万元的97.34%: a thousands separator is no clause's comma; the digits
        # move right over it behind a leading zero (0380869), so every offset and every value stays
        text = _THOUSANDS_RE.sub(lambda m: "0" * m.group(0).count(",") + m.group(0).replace(",", ""), text)
    # 比20xx年增加1112万元: a template's year placeholder still names the year a change is measured against
    text = _YEAR_PLACEHOLDER_RE.sub("2000", text)
    # 比上一年增加166% (disc 1700; 875 比上一年增长百分之三十三): the year before said in full is 上年
    # (上一年度 reads as 上年同期)
    text = _YEAR_BEFORE_RE.sub(lambda m: "上年同期" if len(m.group(0)) == 4 else "上年 ", text)
    # 比重由1.6?36.9?61.5调整为1?31?68: a ratio colon an encoding without ∶ lost (a ? between figures asks nothing)
    text = _OCR_ONE_RE.sub("1", _LOST_COLON_RE.sub("∶", text))
    # 是2006年的3.3倍.全年可完成…: a text typed with half-width full stops (a . after words ends a sentence)
    return _HALF_STOP_RE.sub("。", text)


def glued_change(t: str, items: list[Item], qstart: int) -> bool:
    """Whether a figure in % follows a change in % with nothing between them (``增长0.2%0.4%-0.2%``)."""
    if not items or not items[-1].attrs.get("is_change") or items[-1].attrs.get("unit") != "%":
        return False
    return items[-1].end == qstart and t[qstart - 1 : qstart] == "%"
