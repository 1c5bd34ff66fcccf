"""The rate of a deed done to the things just counted (办结率, 开工率, 完成率 …) takes the subject of that count.

``解决涉林矛盾纠纷23起,办结率100%`` → ``涉林矛盾纠纷办结率``;
``注册农民信箱3.3万户,启用率超过97%`` → ``注册农民信箱启用率``.
A completion, handling or passing rate says what share of the counted things the deed reached and names no
quantity of its own; a statistic that names its own population or land (出生率, 城镇化率, 森林覆盖率) stays as written.
"""

from __future__ import annotations

import re

from models.suggest._context import RATE_UNITS, Item, clause_start, comma_clause_head
from models.suggest._text import sentence_start

#: deeds whose rate is the share of the things counted before it that the deed reached
_DEEDS = (
    "完成|办结|办复|答复|回复|结案|开工|开复工|复工|竣工|完工|在建|落地|到位|履约|兑现|执行|审减|核减|处置|消化|"
    "整改|销号|创建|建档|达标|巩固|合格|不合格|通过|通达|公开|启用|满意|成活|参合|签约"
)
#: what may stand before the deed inside the rate's head (任务完成率, 资金到位率, 按时办结率)
_QUALIFIER = "任务|年度任务|年度|目标|计划|投资|资金|项目|净增|办理|按时|主动|手续|审计|总体|综合"
_DEED_RATE_RE = re.compile(f"(?P<qual>{_QUALIFIER})?(?P<deed>{_DEEDS})率")
_LIGHT = r"(?:其中|全年|当年|年内|目前|截至目前|共|合计|总体|综合|平均)*"


def _opens_clause(t: str, it: Item, name: str) -> bool:
    head = comma_clause_head(t, it.qty_start)
    return (
        head is not None
        and re.fullmatch(f"{_LIGHT}{re.escape(name)}(?:为|达|达到|超过|超|已达|保持)?(?:了)?", head) is not None
    )


#: a time said before the count, not what was counted (今年以来完成…)
_TIME_RE = re.compile("^(?:今年以来|年初以来|今年|全年|当年|年内|截至目前|目前)")


def _subject(pname: str, deed: str, name: str) -> str | None:
    """The counted things' name, the deed said once (``处置闲置土地`` + ``处置率`` → ``闲置土地处置率``), the head the
    rate repeats said once (``西博会项目到位资金`` + ``资金到位率`` → ``西博会项目资金到位率``)."""
    pname = _TIME_RE.sub("", pname)
    if pname.startswith(deed):
        pname = pname[len(deed) :]
    if pname.endswith(deed):  # 县长信箱答复 + 答复率
        pname = pname[: -len(deed)]
    # 重点工程项目投资 + 投资完成率: the head the rate repeats is said once
    overlap = next((n for n in range(min(len(pname), len(name) - 1), 0, -1) if pname.endswith(name[:n])), 0)
    pname = pname[: len(pname) - overlap]
    if overlap and pname.endswith(deed):  # 西博会项目到位资金 + 资金到位率
        pname = pname[: -len(deed)]
    if len(pname) < 2 or deed in pname or "率" in pname:
        return None
    return pname + name


def carry_deed_rates(t: str, items: list[Item]) -> None:
    """Give a deed's rate opening its clause the subject of the lone count just before it in its sentence."""
    for k in range(1, len(items)):
        it = items[k]
        name = str(it.attrs.get("name") or "")
        rate = _DEED_RATE_RE.fullmatch(name)
        if rate is None or {"group_name", "rank", "is_change"} & set(it.attrs) or not _opens_clause(t, it, name):
            continue
        prev = items[k - 1]
        sentence = sentence_start(t, it.qty_start)
        if (
            sentence_start(t, prev.qty_start) != sentence
            or prev.end > it.qty_start
            or clause_start(t, it.qty_start, "，,、") - prev.end > 2
            or {"group_name", "rank", "is_change"} & set(prev.attrs)
            or prev.attrs.get("unit") in RATE_UNITS
        ):
            continue
        if k >= 2 and sentence_start(t, items[k - 2].qty_start) == sentence:
            continue  # 已办结6件,正在办理16件,完成率95%: a rate after peers belongs to them all
        carried = _subject(str(prev.attrs.get("name") or ""), rate.group("deed"), name)
        if carried:
            it.attrs["name"] = carried
