"""A figure listed after another with 、 takes the verb the first one's name opens with (种植三华李…、茶叶…).

``扩大种植三华李300亩、茶叶270亩`` → ``种植茶叶``; ``增设充电设施70个、消防设施90套`` → ``增设消防设施``: one verb
governs every object of the series, as Chinese coordination of objects writes it. A later figure that says a verb
of its own (``签约关停31家、安全拆除19家``) or a series opened by a noun (``国家高新技术企业3家、…``) changes nothing,
and a comma ends the series.
"""

from __future__ import annotations

from models.suggest._context import Item, clause_start
from models.suggest._naming import kind_of
from models.suggest._subjects import _tags

_OWN = ("group_name", "is_change", "aside", "shared", "rank")


def _after_figure(t: str, items: list[Item], k: int) -> bool:
    """``items[k]``'s clause is nothing but its name, opened by 、 right after the figure before it."""
    it, prev = items[k], items[k - 1]
    cs = clause_start(t, it.qty_start)
    return cs > 0 and t[cs - 1] == "、" and prev.end == cs - 1 and prev.qty_start < cs


def _verb_of(name: str) -> str:
    """The verb ``name`` opens with (after an adverb: 新认定), ``""`` when it opens with a noun (绩效考评)."""
    tags = _tags(name)
    for i, (word, flag) in enumerate(tags[:2]):
        if i == 1 and tags[0][1] not in ("d", "a", "ad"):
            return ""
        if flag == "v" and len(word) >= 2:
            verb = "".join(w for w, _ in tags[: i + 1])
            rest = name[len(verb) :]
            return verb if len(rest) >= 2 and _tags(rest)[-1][1] != "v" else ""  # the object ends in a noun
    return ""


def carry_series_verbs(t: str, items: list[Item]) -> None:
    """Give each later figure of a 、 series the verb its first figure's name opens with."""
    for k in range(1, len(items)):
        it = items[k]
        name = str(it.attrs.get("name") or "")
        if len(name) < 2 or set(_OWN) & set(it.attrs) or not _after_figure(t, items, k):
            continue
        if t[clause_start(t, it.qty_start) : it.qty_start].strip() != name:
            continue  # the clause says more than the name: a verb or a scope of its own
        j = k - 1
        while j > 0 and _after_figure(t, items, j):
            j -= 1
        head = items[j]
        hname = str(head.attrs.get("name") or "")
        if set(_OWN) & set(head.attrs) or not t.startswith(hname, head.qty_start - len(hname)):
            continue  # the first figure's name is not the words right before it
        if kind_of(str(head.attrs.get("unit") or "")) != kind_of(str(it.attrs.get("unit") or "")):
            continue  # 投入资金22.73亿元、劳动工日4020万个: unlike figures, a looser list
        verb = _verb_of(hname)
        if not verb or name.startswith(verb) or any(f == "v" or f.startswith("d") for _, f in _tags(name)):
            continue
        it.attrs["name"] = verb + name
