"""A figure a run of names shares: the items joined by 、/和/及 before it (`城乡低保、特困对象597名`), or the examples a
class after 等 names (`税收返还和转移支付等资金27.23亿元`): the whole run is the name, not its last item.

Chinese official writing lists what one figure counts or sums and writes the figure once; a figure for each item
is written one to one (`分别`, `均`, figures in a list) and is read elsewhere. A run of deeds (`加强监管、查处案件30起`)
is no run of names: the last item must not open with a verb, and no item may be verbs only.
"""

from __future__ import annotations

import re

from models.suggest import _names
from models.suggest._subjects import _tags
from models.suggest._text import CLAUSE_END
from models.suggest.keywords import _LIGHT

#: the figure is one of several, each its item's (分别, 均, 各) or a list of figures follows it
_ONE_TO_ONE_RE = re.compile(r"分别|均|各|都|依次|同为|双双")
_MAX_ITEMS = 8
_MAX_ITEM = 14
_JOINERS = "和及与"
#: a class after 等 this short, or a budget line's, names nothing without its examples (等资金, 资源勘探信息等支出); a
#: longer class names itself and its examples only illustrate it (中国平安、中国人寿等企业 … 等国家级荣誉)
_BARE_CLASS_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{0,2}(?:支出|收入|资金|经费|税费))$")
#: a count of the run written before its head restates it (基本养老保险、失业保险、工伤保险三项社会保险基金收入);
#: a name holding 等 already has its examples (新能源等新兴产业占全州工业的比重)
_RUN_COUNT_RE = re.compile(r"[一二两三四五六七八九十\d]+[项大类个种家所条]|等")
#: a figure in words inside an item (每周一次工作例会、每周一份…): the item has a figure of its own
_WORD_FIGURE_RE = re.compile(r"[一二两三四五六七八九十]\s?[个次份项条名家所座批期场]")
_ITEM_RE = re.compile(r"[\u4e00-\u9fff“”‘’A-Za-z]+")


def _verb_only(item: str) -> bool:
    """``item`` is verbs only (``改造``, ``新建改造``): it says what was done, names nothing."""
    tags = _tags(item)
    return all(flag.startswith("v") and flag != "vn" for _, flag in tags)


def _verb_first(name: str) -> bool:
    """``name`` opens with a verb or an adverb (查处违法案件, 逐户排查…): a deed, not a name a run may share."""
    tags = _tags(name)
    return bool(tags) and (tags[0][1] in ("d", "p") or (tags[0][1].startswith("v") and tags[0][1] != "vn"))


def _opening_verb(item: str) -> int:
    """Where the names of the run's first item start: after a verb among its first words (``下达``, ``救助``)."""
    tags = _tags(item)
    at = 0
    for k, (word, flag) in enumerate(tags[:3]):
        at += len(word)
        # (救助|城乡低保, 投资|电网: a deed's noun opening the item before a noun is its verb; 资源|勘探 is no deed)
        deed = flag == "v" or (k == 0 and flag == "vn" and len(tags) > 1 and tags[1][1].startswith("n"))
        if deed and len(item) - at >= 2:
            return at
    return 0


def _item_before(t: str, end: int) -> tuple[str, int, bool] | None:
    """The name ending at ``end`` (before a separator): ``(item, start, whole clause)``; None when none stands."""
    cs = end
    while cs > 0 and t[cs - 1] not in CLAUSE_END and end - cs < 40:
        cs -= 1
    clause = t[cs:end]
    if not clause.strip():
        return None
    item, offset, by_qty = _names.name_before(clause)
    if by_qty or len(item) < 2 or len(item) > _MAX_ITEM or not _ITEM_RE.fullmatch(item):
        return None
    if _names._DIGIT_RE.search(clause) or _WORD_FIGURE_RE.search(clause):
        return None  # 市委4次市委常委会、…: the item is an earlier figure's, not this one's
    if item[-1] in "一二三四五六七八九十" or _tags(item)[-1][1] in ("a", "ad", "d", "p", "uj", "ul", "r"):
        return None  # 与湖北交界线长、…: a predicate, no name; 中型第一、二批…: an ordinal
    return item, cs + offset, offset == 0 and cs > 0 and t[cs - 1] == "、"


def joined_name(t: str, start: int, name: str, qstart: int, qend: int) -> str:
    """``name`` (at ``start`` in ``t``) with the run of names before it that shares its one figure.

    The quote still starts at ``name``: an item of the run may open another figure's quote.
    """
    if _LIGHT.get() or len(name) < 2 or start <= 0 or _ONE_TO_ONE_RE.search(t, start + len(name), qstart):
        return name
    if re.match(r"\s*[、和及与]\s*[\d零〇一二两三四五六七八九十百千]", t[qend : qend + 4]):
        return name  # 120万吨、8万吨: a list of figures, one to each name
    if t[qend : qend + 24].split("。")[0].find("分别") >= 0:
        return name
    parts: list[str] = [name]
    pos = start
    examples = False
    while len(parts) <= _MAX_ITEMS and pos > 0:
        sep = t[pos - 1]
        if sep == "等" and len(parts) == 1:
            examples = True
        elif sep == "、" or (sep in _JOINERS and not examples):
            pass
        else:
            break
        found = _item_before(t, pos - 1)
        if found is None or _verb_only(found[0]):
            break
        item, pos, runs_on = found
        if not runs_on:
            cut = _opening_verb(item)  # 上级下达税收返还…, 救助城乡低保…: the run opens after its verb
            item = item[cut:]
        parts.insert(0, item + sep)
        if not runs_on:
            break
    if len(parts) < 2 or (not examples and _verb_first(name)) or _RUN_COUNT_RE.search(name):
        return name
    if examples and not _BARE_CLASS_RE.match(name):
        return name
    if parts[0].endswith(tuple(_JOINERS)) and len(parts) == 2 and len(parts[0]) < 3:
        return name
    return "".join(parts)
