"""A figure said once for each item of a list before it (开工、竣工各100万平方米; 省、市级现代农业园区各1个;
见面率、办结率、满意率三个100%)."""

from __future__ import annotations

import re

from models.suggest._context import Item

# the list just before 各: 开工、竣工 / 省、市级现代农业园区 (the last item runs on to the figure's noun)
# (or counted: 覆盖率、免费率两个100%, the count the list's length)
_LIST_RE = re.compile(
    r"(?P<items>(?:[^、,，。；;:：\d\s]{1,10}、)+[^、,，。；;:：\d\s]{1,16}?)(?:各(?:约|达|为)?|(?P<n>[两二三四五六七八九])个)$"
)
# the list before a doubling said once for all (金融机构存贷款余额、社会融资规模实现翻番, 全地域财政收入、地方一般预算
# 收入比2002年翻了一番: 1922, 716): each item doubled
_DOUBLED_LIST_RE = re.compile(
    r"(?P<items>(?:[^、,，。；;:：\d\s]{2,14}、)+[^、,，。；;:：\d\s]{2,14}?)(?P<n>)"
    r"(?:均|都|分别)?(?:实现|比\s?\d{4}\s?年|比上年|比[^、,，。；;:：\d\s]{1,6}?)?$"
)
_VERB_RE = re.compile(r"实现|达到|保持|做到")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LEAD_RE = re.compile(r"^(?:新认定|新增|认定|完成|建成|创建|获评|培育|新建|实现)")


def share_each(t: str, items: list[Item]) -> None:
    """``A、B各N个``: one indicator for each item the list names, each spanning from its item to the figure."""
    for it in list(items):
        doubled = t.startswith("翻", it.qty_start)
        if (it.attrs.get("is_change") and not doubled) or it.attrs.get("value") is None or "rank" in it.attrs:
            continue
        m = _LIST_RE.search(t, max(0, it.qty_start - 60), it.qty_start)
        if m is None and doubled:
            m = _DOUBLED_LIST_RE.search(t, max(0, it.qty_start - 60), it.qty_start)
        if m is None:
            continue
        parts = m.group("items").split("、")
        if not 2 <= len(parts) <= 6:
            continue
        if m.group("n") and (_COUNT[m.group("n")] != len(parts) or it.attrs.get("unit") != "%"):
            continue  # 十二个100%硬任务中的三个100%: a count of rhetoric, no list of rates
        verb = list(_VERB_RE.finditer(parts[0]))
        cut = verb[-1].end() if verb and verb[-1].end() < len(parts[0]) else 0
        parts[0] = parts[0][cut:]  # 代表建议实现见面率、…: the list opens after its verb
        offsets, pos = [], m.start("items") + cut
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
