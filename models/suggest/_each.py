"""A figure said once for each item of a list before it (开工、竣工各100万平方米; 省、市级现代农业园区各1个)."""

from __future__ import annotations

import re

from models.suggest._context import Item

# the list just before 各: 开工、竣工 / 省、市级现代农业园区 (the last item runs on to the figure's noun)
_LIST_RE = re.compile(r"(?P<items>(?:[^、,，。；;:：\d\s]{1,10}、)+[^、,，。；;:：\d\s]{1,16})各(?:约|达|为)?$")
_LEAD_RE = re.compile(r"^(?:新认定|新增|认定|完成|建成|创建|获评|培育|新建|实现)")


def share_each(t: str, items: list[Item]) -> None:
    """``A、B各N个``: one indicator for each item the list names, each spanning from its item to the figure."""
    for it in list(items):
        if it.attrs.get("is_change") or it.attrs.get("value") is None or "rank" in it.attrs:
            continue
        m = _LIST_RE.search(t, max(0, it.qty_start - 60), it.qty_start)
        if m is None:
            continue
        parts = m.group("items").split("、")
        if not 2 <= len(parts) <= 6:
            continue
        offsets, pos = [], m.start("items")
        for p in parts:
            offsets.append(pos)
            pos += len(p) + 1
        last = parts[-1]
        names = []
        for p in parts:
            own = _LEAD_RE.sub("", p) or p
            # 省、市级现代农业园区, 国家级、省级专精特新企业: a level's item takes the words the last item runs on to
            grade = last.find("级", 0, 4)
            if len(own) == 1 and len(last) > 1:
                own += last[1:]
            elif own.endswith("级") and grade > 0:
                own += last[grade + 1 :]
            names.append(own)
        names[-1] = _LEAD_RE.sub("", last) or last
        it.start = min(it.start, offsets[0])
        it.attrs["name"] = names[0]
        for name, start in zip(names[1:], offsets[1:], strict=True):
            items.append(Item(start, it.end, dict(it.attrs, name=name, shared=True), it.confidence, it.qty_start))
