"""A breakdown of a growth by sector or class names each bare part with the whole's head (采矿业增长 → 采矿业增加值).

``规模以上工业增加值累计增长8.8%。从三大门类看:采矿业增长13.3%`` (1160), ``第三产业增加值…增长6.3%…相关指标中,
交通运输业增长6.4%`` (1154), ``工业增加值31.4亿元,同比增长11.1%,其中,规上企业增长11.3%`` (1267): the part states only
its growth, and its bare label (a sector, a class, a size) names no quantity of its own. Only after an opener
that says a breakdown follows (其中, 从…看, 分…看, …中); peers side by side (市本级…增长28.1%,五城区增长46.3%)
are left alone.
"""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._parts import _OWN_HEAD_RE, _head

#: the words that open a breakdown, at the end of the gap before its first part
_OPENER_RE = re.compile(
    r"[，,；;。:：]\s*(?:其中|从[^\d，,。；;:：]{1,10}看|分[^\d，,。；;:：]{1,8}看|[^\d，,。；;:：]{1,10}中)\s*[:：,，]?\s*$"
)
_BETWEEN_RE = re.compile(r"\s*[、，,；;]\s*")
#: a part's own quantity (税收收入, 出口额) or a whole's head that says nothing measured
_PART_OWN_RE = re.compile(_OWN_HEAD_RE.pattern.replace("业$|", "") + r"|指数|价格|增速|增幅|比重|占比")
_GDP_RE = re.compile(r"(?:生产总值|GDP)$")
#: a whole's head that ends on the measured noun (a list of industries, 电力、热力…供应业, names none)
_MEASURE_END_RE = re.compile(r"(?:增加值|产值|收入|支出|投资|总额|零售额|销售额|营业额|工资|利润|[额量值])$")
_OUTPUT_RE = re.compile(r"(?:增加值|产值)$")


def _growth(it: Item) -> bool:
    a = it.attrs
    return a.get("change_unit") == "%" and a.get("change") is not None and "rank" not in a and "shared" not in a


def _change_only(it: Item) -> bool:
    a = it.attrs
    return _growth(it) and a.get("unit") == "%" and a.get("value") == a.get("change")


def _bare(name: str) -> bool:
    return 2 <= len(name) <= 8 and not re.search(r"\d", name) and not _PART_OWN_RE.search(name)


def name_change_parts(t: str, items: list[Item]) -> None:
    """Give each bare change-only part after a breakdown opener the head of the growth before it."""
    for k in range(1, len(items)):
        first = items[k]
        if not _change_only(first) or not _OPENER_RE.search(t[items[k - 1].end : first.start]):
            continue
        # the whole: the nearest growth before, its comparisons (较去年同期下降6.8个百分点) between, same paragraph
        whole = next((items[i] for i in range(k - 1, max(-1, k - 4), -1) if _growth(items[i])), None)
        if whole is None or "\n" in t[whole.end : first.start] or len(t[whole.end : first.start]) > 60:
            continue
        wname = str(whole.attrs.get("name") or "")
        head = _head(wname)
        if head.endswith("总产值"):
            head = "产值"  # 农林牧渔业总产值…,其中林业增长8.6%: a part's output, not the total's
        if len(wname) < 3 or not _MEASURE_END_RE.search(head) or "类" in head:
            continue  # 生活类商品零售额…饮料类: a class under a class, abstain
        prev_end = whole.end
        for part in items[k:]:
            if "\n" in t[prev_end : part.start] or (t.find("。", prev_end, part.start) >= 0 and part is not first):
                break
            if not _change_only(part):
                if part.attrs.get("change_unit") == "个百分点" and part is not first:
                    prev_end = part.end
                    continue  # 较去年同期下降13.8个百分点: the part's own comparison
                break
            if part is not first and not _BETWEEN_RE.fullmatch(t[prev_end : part.start]):
                break
            pname = str(part.attrs.get("name") or "")
            if not _bare(pname) or pname.endswith(head) or pname in wname:
                break  # 进出口总额…其中出口: a quantity of its own, written inside the whole's name
            if _OUTPUT_RE.search(head) and not pname.endswith("业"):
                break  # 工业增加值…其中粗钢增长: a product's growth is its output (产量), a word the text leaves out
            part_head = "增加值" if _GDP_RE.search(head) and pname.endswith("业") else head
            part.attrs["name"] = pname + part_head
            prev_end = part.end
