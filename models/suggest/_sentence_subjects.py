"""A clause with no subject of its own takes the subject the sentence's verb split off (利润总额 after …企业实现…).

``全区规模以上工业企业实现主营业务收入1362.52亿元,利润总额达23.26亿元`` → ``规模以上工业企业利润总额``;
``全县8家市级农业龙头企业实现产值8417万元,增长65.3%,上缴税金18万元`` → ``市级农业龙头企业上缴税金``. Chinese
official writing states a subject once and lets the clauses after it, each a bare head and its figure, share it; the
subject stops at the sentence's end (。；) and at a clause that says anything but a head and its figure.
"""

from __future__ import annotations

import re

from models.jieba_import import import_jieba
from models.suggest._context import Item, clause_start
from models.suggest._subjects import verb_subject
from models.suggest._text import sentence_start

#: a head this short names no subject of its own (增加值, 利润总额, 上缴税金, 投资)
_BARE_HEAD = 4
# what may stand around the head in a clause that has no subject of its own
_LIGHT = (
    r"(?:其中|全年|今年|当年|年内|目前|同比|累计|共|合计|总计|预计|已|实现|完成|达到?|为|约|近|超过?|分别|"
    r"比上年|较上年)*"
)
_SKIP = {"group_name", "rank", "aside", "shared"}


def _bare(t: str, it: Item, name: str) -> bool:
    """The clause of ``it`` opens after a comma and says only light words, its head and its figure."""
    cs = clause_start(t, it.qty_start)
    if cs <= 0 or t[cs - 1] not in "，,":
        return False
    return re.fullmatch(f"{_LIGHT}{re.escape(name)}{_LIGHT}", t[cs : it.qty_start].strip()) is not None


def _own_subject(t: str, it: Item) -> str | None:
    """The subject a verb split off the name of ``it`` (``全区规模以上工业企业实现`` before its head), or None."""
    name = str(it.attrs.get("name") or "")
    cs = clause_start(t, it.start)
    prefix = t[cs : it.start].rstrip()
    if prefix.endswith("有"):
        return None  # 辖区有幼儿园80所, 均村乡共有领导干部65名: what stands before 有 is where, not what
    found = verb_subject(prefix) if prefix else None
    if found is None or found[1]:
        return None  # 各县气象局发布预警信号: a verb the name keeps is the clause's own, not the sentence's
    subject = found[0]
    if _starts_with_preposition(subject):
        return None  # 根据实际情况开展集体谈话10人: a preposition's phrase says how, it is no subject
    if not (name.startswith(subject) or len(name) <= _BARE_HEAD + 2):
        return None
    return subject


def _starts_with_preposition(words: str) -> bool:
    pseg = import_jieba("jieba.posseg")

    first = next(iter(pseg.cut(words)), None)
    return first is not None and first.flag.startswith("p")


def carry_sentence_subjects(t: str, items: list[Item]) -> None:
    """Give each bare head after a clause whose verb split a subject off that subject, clause by clause."""
    subject: str | None = None
    for k, it in enumerate(items):
        name = str(it.attrs.get("name") or "")
        prev = items[k - 1] if k else None
        follows = (
            prev is not None
            and subject is not None
            and sentence_start(t, prev.qty_start) == sentence_start(t, it.qty_start)
            and prev.end <= it.qty_start
            and re.fullmatch(r"\s*[，,]\s*", t[prev.end : clause_start(t, it.qty_start)]) is not None
        )
        if follows and not _SKIP & set(it.attrs) and 2 <= len(name) <= _BARE_HEAD and _bare(t, it, name):
            if subject and not name.startswith(subject) and subject not in name:
                it.attrs["name"] = subject + name
            continue  # the subject runs on to the next bare clause
        if follows and it.attrs.get("is_change") and not name:
            continue
        subject = None if _SKIP & set(it.attrs) else _own_subject(t, it)
