"""A population split by sex (``户籍人口…。其中,男108374人,女101710人``): each part named by the whole and its sex."""

from __future__ import annotations

import re

from models.suggest._context import Item
from models.suggest._text import sentence_start

# the part's own words: 男/女 (男性) alone opening its clause, after 其中 or 按性别分 or the whole's comma (男性人口
# names itself: left as read)
_SEX_RE = re.compile(r"(?:(?:其中|按性别分)\s*[:：,，]?\s*)?(?P<sex>[男女])(?:性)?\s*(?:为|有)?\s*$")
# a whole that is itself a part (城镇人口, 乡村人口 before the split by sex) is no whole of it
_PART_WHOLE_RE = re.compile(r"^(?:城镇|城市|乡村|农村|非农业?|农业)")
_PEOPLE = ("人", "万人")


def name_sex_parts(t: str, items: list[Item]) -> None:
    """``男108374人,女101710人`` after a count of people: ``户籍人口男性``, ``户籍人口女性`` (gold 2096, 2099, README:
    the name is the measured noun phrase in full, what the clause leaves to its context put back). The whole is the
    last count of people said in this sentence or the one before; with none, the parts are left as read."""
    for k, it in enumerate(items):
        if it.attrs.get("unit") not in _PEOPLE or it.attrs.get("change") is not None:
            continue
        cs = max(t.rfind(ch, 0, it.qty_start) for ch in "，,。；;\n") + 1
        m = _SEX_RE.fullmatch(t, cs, it.qty_start)
        if m is None:
            continue
        sent = sentence_start(t, it.qty_start)
        reach = sentence_start(t, sent - 1) if sent else sent
        whole = next(
            (
                w
                for w in reversed(items[:k])
                if w.qty_start >= reach
                and w.attrs.get("unit") in _PEOPLE
                and "人口" in str(w.attrs.get("name") or "")
                and not _PART_WHOLE_RE.search(str(w.attrs.get("name") or ""))
                and not _SEX_RE.fullmatch(t, max(t.rfind(ch, 0, w.qty_start) for ch in "，,。；;\n") + 1, w.qty_start)
            ),
            None,
        )
        if whole is None:
            continue
        name = re.sub(r"^(?:年末|全[省市县区])?", "", str(whole.attrs["name"]))
        name = re.sub(r"^总(?=户籍)|(?<=户籍)总", "", name)
        it.attrs["name"] = f"{name}{'男性' if m.group('sex') == '男' else '女性'}"
        it.start = max(it.start, m.start("sex"))
