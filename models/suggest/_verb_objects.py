"""A verb alone before a figure whose object follows it: ``新装100套移动抓拍电子监控设备`` → ``新装…设备``."""

from __future__ import annotations

import re

from models.jieba_import import import_jieba
from models.suggest import _names
from models.suggest.keywords import _LIGHT

# the object closes the clause right after the figure: no verb of its own after it (调派…人员驰援湖北 abstains)
_OBJECT_RE = re.compile(r"[\u4e00-\u9fff“”]{2,16}(?=[，,。；;：:\n]|$)")
_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
# what a word before a figure is when it is no verb: a place, a body, a person, a time, a number or a measure
_NOT_DEEDS = ("ns", "nr", "nt", "t", "m", "q", "f", "r")


# a figure sizing a task, an aim or a plan (产量507万吨任务) and a count opened by 有 (已有投保农户30户…): no deed
_AIM_WORD_RE = re.compile(r"(?:目标)?(?:任务|目标|计划|指标)")
_HAS_BEFORE_RE = re.compile(r"有\s*$")
# money put in is named by the works it pays for after it (投入16.54亿元用于…建设 → …建设投入: `_naming`)
_SPENT_ON_RE = re.compile(r"用于|实施|完成")
SPENDING = frozenset(("投资", "投入", "投入资金", "资金"))
_COUNTED_RE = re.compile(r"[个支项部家所座条名位批只台套件处户场期次栋幢]$")


def verb_object(t: str, name: str, at: int, qstart: int, qend: int, list_mode: bool = False) -> str | None:
    """``name`` (the one word read at ``at``, before the figure ``t[qstart:qend]``) and the object after it, or None.

    A word tagged a verb before a count acts on what follows (``组建13支理论宣讲小分队``, ``签约15个重大合作项目``).

    In ``W + figure + noun phrase`` closing a clause, ``W`` governs the noun phrase: a noun before a counted noun
    phrase is no Chinese shape, so the structure tells a verb where the segmenter's tags call ``新装``, ``曝光``,
    ``新创建`` nouns. Money needs a word tagged a verb (``发行1万亿元抗疫特别国债``): money after a noun is that noun's
    own sum more often (``其中餐饮类3000万元``).
    """
    if _COUNTED_RE.search(t, qstart, qend) and _names.verb_only(name):
        after = _names.name_after(t[qend : qend + 24])
        if len(after) >= 2:
            return name + after
    if list_mode:
        return None
    figure = t[qstart:qend].rstrip()
    if _LIGHT.get() or not _WORD_RE.fullmatch(name) or name in _names.BREAK or figure.endswith(("%", "‰", "点")):
        return None
    rest = t[qend : qend + 24]
    closing = _OBJECT_RE.match(rest)
    if closing is None:
        return None
    obj = closing.group(0)
    if _AIM_WORD_RE.fullmatch(obj) or _HAS_BEFORE_RE.search(t, max(0, at - 4), at):
        return None  # 产量507万吨任务: the figure sizes the task; 已有投保农户30户申请赔保: the owner's things counted
    read = _names.name_after(rest)
    if len(read) < 2 or not obj.replace("“", "").replace("”", "").startswith(read):
        return None  # the noun phrase read opens the clause's remainder (no 的, no qualifier, no break word)
    pseg = import_jieba("jieba.posseg")

    tags = [w.flag for w in pseg.cut(name, HMM=False)]
    if any(flag.startswith(_NOT_DEEDS) for flag in tags):
        return None
    if figure.endswith("元") and name in SPENDING:
        # 投入9万元修建四组下水道 → 修建四组下水道投入; 投资…实施/用于… is `_naming`'s spent-on rule
        return None if _SPENT_ON_RE.match(obj) else obj + name
    if figure.endswith("元") and not _names.verb_only(name):
        return None
    return name + obj
