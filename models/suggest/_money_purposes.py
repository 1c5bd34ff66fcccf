"""Money opening its clause named by the work it pays for, said right after it (`投资650万元建成6座水冲式公厕`).

A report's review and plan sections say, sentence after sentence, what a sum was spent on: the sum first, with no
subject of its own, then the verb and the work — ``投资1884万元完成了30栋老旧楼房维修改造`` → ``老旧楼房维修改造投资``;
``全年计划投资12.7亿元，实施重点商贸流通项目17个`` → ``重点商贸流通项目投资``; or the sum before 的 and the project
it is the cost of, ``投资5642万元的日处理80吨污泥焚烧厂土建工程开工建设`` → ``污泥焚烧厂土建工程投资``. The work is
the object up to the clause's end, its counts and sizes left out (a short 、 list kept whole). A sum whose clause has a
subject or follows another clause of its sentence (`全力建设物流园区，全年计划投资3亿元，用于…`: the first clause says
whose), an object that is a class alone (`…等5项工程`), holds a figure or runs long: the name stays.
"""

from __future__ import annotations

import re

from models.suggest._context import Item, clause_start
from models.suggest._naming import kind_of

#: the bare money heads (the light words before them are the clause's, not the name's)
_HEAD_RE = re.compile(r"(?:计划|完成|累计|共|总|年度|当年|全年)*(?:投资|投入|投入资金|资金|筹措资金|安排资金|争取资金)")
_LIGHT = (
    r"(?:\d{4}年|五年|[一二三四五六七八九十两]年来?|全年|今年|当年|年内|近年来|其中|目前|先后|已|共计?|累计|"
    r"计划|预计|拟|将|再|又|还|总|完成|实际)*"
)
_VERB = (
    r"(?:重点)?(?:实施|完成|建成|新建|建设|改造|修建|再建|新改建|改扩建|续建|启动|推进|打造|铺设|硬化|安装|购置|"
    r"用于|开工建设|配套建设)(?:了|完成)?"
)
#: a count or size of the work (30栋, 57.9公里, 一所, 一批): not the work's name
_MEASURE = (
    r"(?:[\d.]+|[一二三四五六七八九十两百千万几]+)(?:余|多)?"
    r"(?:平方公里|平方米|公里|千米|万吨|吨|米|亩|大批|[个座栋条所项处家户套台间批])"
)
_LEAD_RE = re.compile(rf"^.*(?:{_MEASURE}|等)(?=[^\d])")
_TAIL_RE = re.compile(rf"(?:{_MEASURE}|工作|任务|建设)+$")
_PROJECT_RE = re.compile(r"^.*?(?:工程|项目)")


def _bare_sum(t: str, it: Item) -> tuple[str, int] | None:
    """The money head of a sum whose clause says nothing before it but time and stage words, and the clause's start."""
    name = str(it.attrs.get("name") or "")
    if (
        _HEAD_RE.fullmatch(name) is None
        or kind_of(str(it.attrs.get("unit") or "")) != "money"
        or {"group_name", "rank", "is_change", "aside", "shared"} & set(it.attrs)
    ):
        return None
    cs = clause_start(t, it.qty_start, "，,、。；;：:！？!?\n")
    head = t[cs : it.qty_start].strip()
    if re.fullmatch(rf"{_LIGHT}{_HEAD_RE.pattern}(?:达到?|为|约|近)?", head) is None:
        return None
    return name, cs


def _project_before(t: str, cs: int) -> str | None:
    """The project the sentence's first clause names, when the sum's clause follows it: ``哈克镇生态奶源基地建设
    初具规模，完成投资3340万元`` → ``哈克镇生态奶源基地``; ``陡涧河…段治理工程,总投资8645万元`` → ``…治理工程``."""
    if cs <= 0 or t[cs - 1] not in "，,":
        return None
    first = clause_start(t, cs - 1, "，,、。；;：:！？!?\n")
    if first > 0 and t[first - 1] not in "。；;！？!?\n":
        return None  # a clause of the sentence stands before it: whose sum it is, is not one clause's to say
    clause = t[first : cs - 1].strip()
    if re.search(r"[\d%％]", clause):
        return None
    clause = re.sub(
        r"^(?:全力|加快|积极|重点|着力|大力|继续|全面|扎实|狠抓|抓好|深入)*(?:建设|推进|推动|实施|打造|启动)?",
        "",
        clause,
    )
    projects = re.findall(r"工程|项目|基地|园区", clause)
    project = re.match(r"(?:(?!工程|项目|基地|园区).)+?(?:工程|项目|基地|园区)", clause)
    if project is None or len(projects) > 1 or not 4 <= len(project.group(0)) <= 20:
        # 独山特色小镇ppp项目西淠河治理生态基础工程一期: which of the two is the sum's, the clause does not say
        return None
    return project.group(0)


def _work(t: str, end: int, project_only: bool = False) -> str | None:
    """The work the sum ending at ``end`` pays for: the verb's object, or the project after 的 or right after it
    (``投资5亿元金翔科技高端颜料项目落户…``); ``project_only``: the project only, never a verb's object."""
    m = re.match(rf"[，,]?(?P<rel>的)?(?:{_VERB}(?P<rel2>的)?)?", t[end:])
    if m is None or (m.group("rel") and m.group("rel2")):
        return None
    direct = m.end() == 0 and re.match(r"[\u4e00-\u9fff“]", t[end : end + 1]) is not None
    if (m.end() == 0 and not direct) or (project_only and not direct):
        return None
    rest = t[end + m.end() : end + m.end() + 40]
    obj = re.split(r"[，,。；;：:\n]", rest, maxsplit=1)[0]
    if direct and re.match(r"(?:以上|以下|及以上|左右)", obj):
        return None  # 投资3亿元以上项目: a size class, not a project
    if m.group("rel") or m.group("rel2") or direct:
        project = _PROJECT_RE.match(obj)  # 的日处理80吨污泥焚烧厂土建工程开工建设: the project, not what befell it
        if project is None:
            return None
        obj = project.group(0)
    elif m.group(0).strip("，,") == "":
        return None  # a comma and no verb: the next clause is no object
    obj = _TAIL_RE.sub("", _LEAD_RE.sub("", obj))
    obj = re.sub(r"^(?:了|一批|一大批|总长度?)", "", obj).replace("的", "", 1)
    if "、" in obj and len(obj) > 20:
        return None  # 实施了危房改造、饮水安全、街巷硬化、村屯绿化等工程: many works, no one name
    if obj in ("工程", "项目", "工作", "设施", "任务"):
        return None  # 实施了第五中学改扩建等5项工程: the class alone names no work
    if not 2 <= len(obj) <= 16 or re.search(r"[\d%％]", obj) or not re.search(r"[\u4e00-\u9fff]{2}", obj):
        return None
    return obj


def name_money_by_purpose(t: str, items: list[Item]) -> None:
    """Name a bare sum opening its clause by the work the words right after it say it paid for."""
    for it in items:
        bare = _bare_sum(t, it)
        if bare is None:
            continue
        head, cs = bare
        if cs > 0 and t[cs - 1] in "，,、":
            # 全力建设物流园区，全年计划投资3亿元，用于…: the sentence's first clause says whose sum it is
            work = _work(t, it.end, project_only=True) or _project_before(t, cs)
        else:
            work = _work(t, it.end)
        if work is not None and not work.endswith(head):
            it.attrs["name"] = work + head
