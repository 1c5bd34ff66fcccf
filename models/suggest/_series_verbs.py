"""A figure listed after another with 、 takes the verb the first one's name opens with (种植三华李…、茶叶…).

``扩大种植三华李300亩、茶叶270亩`` → ``种植茶叶``; ``增设充电设施70个、消防设施90套`` → ``增设消防设施``: one verb
governs every object of the series, as Chinese coordination of objects writes it. A later figure that says a verb
of its own (``签约关停31家、安全拆除19家``) or a series opened by a noun (``国家高新技术企业3家、…``) changes nothing,
and a comma ends the series.
"""

from __future__ import annotations

import re

from models.suggest._context import Item, clause_start
from models.suggest._naming import kind_of
from models.suggest._subjects import _tags
from models.suggest._text import sentence_start

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


# what may stand before a bare verb in its clause and is no part of its name (其中新建8万亩, 已化解…)
_LIGHT_RE = re.compile(r"^[(（]?(?:其中|另有|另|共|累计|已经?|先后|全年|当年)?[:：]?\s*")
#: the stages of projects as reports tell them (jieba reads some as names: 续建, 新建)
_STAGES = frozenset(("新建", "续建", "在建", "新开工", "应建", "拟建"))
_BARE_OWN = ("group_name", "is_change", "shared", "rank", "change_of")


def _bare_verb(t: str, it: Item) -> str:
    """The verb ``it``'s clause says alone before its figure (``修改50件``, ``其中续建3个``), ``""`` when not so."""
    name = str(it.attrs.get("name") or "")
    cs = clause_start(t, it.qty_start)
    said = _LIGHT_RE.sub("", t[cs : it.qty_start].strip())
    if not 2 <= len(said) <= 3 or name != said or not re.match(r"\s*(?:[、，,。；;)）\d]|$)", t[it.end : it.end + 1]):
        return ""
    tags = _tags(said)
    return said if said in _STAGES or all(flag == "v" for _, flag in tags) else ""


def _object_of(name: str) -> str:
    """``排查各类风险隐患`` → ``各类风险隐患``: the object after the verb a name opens with (the name when none)."""
    tags = _tags(name)
    if len(tags) > 1 and tags[0][1] in ("v", "vn") and len(tags[0][0]) >= 2:
        return name[len(tags[0][0]) :].removeprefix("了")
    return name


#: verbs taking a task or a stock, not a thing acted on: 完成成片造林110亩,育苗30亩 (two tasks), 现有干部职工…(编制…)
_LIGHT_VERBS = frozenset(("完成", "实现", "开展", "组织", "进行", "举办", "现有", "共有", "拥有", "有"))


def _ends_in_verb(text: str) -> bool:
    """``全县共实施`` ends in a verb: the deed the first figure's clause names (not a stock: 在校生, 年末实有人数)."""
    tags = _tags(text)[-2:] if text else []  # (审议通过: the verb before its preposition-like 通过)
    verbs = [w for w, flag in tags if flag in ("v", "vn") and len(w) >= 2]
    return bool(verbs) and not _LIGHT_VERBS & set(verbs)


def carry_series_objects(t: str, items: list[Item]) -> None:
    """A figure with a bare verb before it takes the things the same sentence's figure before it, of its unit, named.

    ``审议通过地方性法规41件、修改50件、废止25件`` → ``修改地方性法规``; ``实施交通建设项目14个(其中续建3个,…)`` →
    ``续建交通建设项目``; ``城市低保新增276户462人,退出374户714人`` → ``城市低保退出``: the later clauses of a
    sentence leave out what they act on, as Chinese writes a series of deeds on one object.
    """
    bare = [_bare_verb(t, it) if not set(_BARE_OWN) & set(it.attrs) else "" for it in items]
    for k in range(1, len(items)):
        it, verb = items[k], bare[k]
        if not verb:
            continue
        sentence = sentence_start(t, it.qty_start)
        source = next(
            (
                p
                for j, p in reversed(list(enumerate(items[:k])))
                if p.attrs.get("unit") == it.attrs.get("unit")
                and not set(_BARE_OWN) & set(p.attrs)
                and not bare[j]
                and sentence_start(t, p.qty_start) == sentence
            ),
            None,
        )
        hname = str(source.attrs.get("name") or "") if source is not None else ""
        if source is None or len(hname) < 2 or it.attrs.get("name") != verb:
            continue  # (the name says more than the verb: its own subject, or the object a subject pass carried)
        said = _LIGHT_RE.sub("", t[clause_start(t, source.qty_start) : source.qty_start].strip())
        at = said.rfind(hname)
        rest = said[at + len(hname) :] if at >= 0 else ""
        tags = _tags(hname)
        # 行政编制8人,工勤编制1人,事业编制4人,借调6人: a head the name before shares is a noun, no deed
        before = [str(p.attrs.get("name") or "") for p in items[: items.index(source)]][-1:]
        shared = bool(tags) and any(b != hname and b.endswith(tags[-1][0]) for b in before)
        if at >= 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest) and _tags(rest)[-1][1] == "v":
            name = hname + verb  # 城市低保新增276户…,退出374户: the verb after the noun, the name reader left out
        elif at >= 0 and not rest and len(tags) > 1 and tags[-1][1] == "v" and len(tags[-1][0]) >= 2 and not shared:
            name = hname[: -len(tags[-1][0])] + verb  # 城区下水道安装2000米,疏通5000余米 → 城区下水道疏通
        elif at >= 0 and not rest and (_object_of(hname) != hname or _ends_in_verb(said[:at])):
            name = verb + _object_of(hname)  # 审议通过地方性法规41件、修改50件 → 修改地方性法规
        else:
            continue
        old = it.attrs.get("name")
        it.attrs["name"] = name
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and nxt.qty_start == it.end and nxt.attrs.get("name") == old:
            nxt.attrs["name"] = name  # 退出374户714人: the people of those households
