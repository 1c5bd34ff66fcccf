"""A bare head opening its clause (占比, 总投资, 增速 …) takes the subject of the figure just before it.

``新签约项目29个,总投资171.85亿元`` → ``新签约项目总投资``; ``工业研发投入4.82亿元,占比2%`` → ``工业研发投入占比``;
``已办结6件,占比27%`` → ``已办结占比``. A reader carries the subject of the previous clause over a head that names
no quantity of its own; the clause must say nothing else before the figure (a scope, a verb, 累计 or 同比 only).
"""

from __future__ import annotations

import re

from models.suggest._context import RATE_UNITS, Item, clause_start
from models.suggest._naming import kind_of, total_name
from models.suggest._programme_counts import framing_total_before
from models.suggest._text import sentence_start

#: a share or a rate of the level before it (工业研发投入4.82亿元,占比2%)
_RATE_HEAD_RE = re.compile("占比|比重|所占比重|增速|增幅|累计增速|贡献率")
#: the money of the things counted before it (新签约项目29个,总投资171.85亿元)
_MONEY_HEAD_RE = re.compile("总投资|计划总投资|投资|完成投资")
# what may stand in the clause before the head and between it and the figure
_LIGHT = (
    r"(?:其中|全年|今年|当年|年内|目前|截至目前|同比|累计|共|合计|总计|计划|预计|已|实现|完成|达到?|为|约|"
    r"(?:全|我)[省市州县区镇乡]|分别|比上年|较上年)*"
)


def _opens_clause(t: str, it: Item, name: str) -> bool:
    cs = clause_start(t, it.qty_start)
    if cs <= 0 or t[cs - 1] not in "，,":
        return False
    before = t[cs : it.qty_start].strip()
    return re.fullmatch(f"{_LIGHT}{re.escape(name)}{_LIGHT}", before) is not None


#: measures of one economy or sector said one after another (总产值…,增加值…; 营业收入…,利润…)
_SIBLINGS = "总产值|产值|增加值|营业收入|主营业务收入|利润总额|利润|利税|税收|出口额|进口额"
_SIBLING_RE = re.compile(f"(?:{_SIBLINGS})")
_STEM_RE = re.compile(f"(?P<stem>.{{2,}}?)(?:实现|完成)?(?:{_SIBLINGS})")


#: a crop's yield after its area (油菜籽播种面积90.77万亩,产量12.35万吨)
_YIELD_RE = re.compile("(?:预计)?总?产量")
_AREA_STEM_RE = re.compile("(?P<stem>.{2,}?)(?:种植|播种|收获)面积")


def _sibling_name(t: str, items: list[Item], k: int, name: str) -> str | None:
    """``农林牧渔业总产值14.47亿元,同比增长7.8%,实现增加值8.24亿元`` → ``农林牧渔业增加值``."""
    prev = items[k - 1]
    crop = _YIELD_RE.fullmatch(name) is not None
    stem = (_AREA_STEM_RE if crop else _STEM_RE).fullmatch(str(prev.attrs.get("name") or ""))
    if stem is None or prev.qty_start > items[k].qty_start or not _same_sentence(t, prev, items[k]):
        return None
    cs = clause_start(t, items[k].qty_start)
    if prev.end > items[k].qty_start:  # 面积121.23万亩,产量24.88万吨,分别增长…: the shared change ran the span on
        return stem.group("stem") + name if re.search("[，,；;]", t[prev.qty_start : cs - 1]) is None else None
    units = {kind_of(str(it.attrs.get("unit") or "")) for it in (prev, items[k])}
    if len(units) != 1 and not crop:
        return None
    if cs - prev.end > 2:
        return None
    return stem.group("stem") + name


def _same_sentence(t: str, a: Item, b: Item) -> bool:
    return sentence_start(t, a.qty_start) == sentence_start(t, b.qty_start)


def _fits(prev: Item, rate: bool) -> bool:
    """A rate follows a level (not another rate); money follows a count of the things it was spent on."""
    unit = str(prev.attrs.get("unit") or "")
    if prev.attrs.get("is_change") or unit in RATE_UNITS:
        return False
    return rate or kind_of(unit) == "count"


#: the people an accident killed or hurt, said right after the count of accidents (事故13起、死亡14人)
_CASUALTY_RE = re.compile("(?:造成)?(?P<word>死亡|受伤|遇难|失踪)")
_EVENT_UNITS = ("起", "次", "件")


def _casualty_name(t: str, items: list[Item], k: int, word: str, carried: set[int]) -> str | None:
    """``全市共发生道路交通事故1起,死亡1人`` → ``道路交通事故死亡人数``; ``受伤16人`` after it the same way
    (070, 854, 1589 ×10, 1636)."""
    j = k - 1
    while j in carried:
        j -= 1  # 死亡35人,受伤16人: the accidents counted before both
    if j < 0:
        return None
    events, it = items[j], items[k]
    if events.attrs.get("unit") not in _EVENT_UNITS or not _same_sentence(t, events, it):
        return None
    gap = t[events.qty_start : clause_start(t, it.qty_start, "，,、")]
    if not re.fullmatch(
        r"[\d.]+\s?(?:起|次|件)(?:[、,，]\s*(?:造成)?[^\d。；;，,、]{2,4}[\d.]+人)*[、,，]\s*(?:造成)?", gap
    ):
        return None
    stem = re.sub(r"^(?:全[省市县区州]|共|发生|累计)+", "", str(events.attrs.get("name") or ""))
    if len(stem) < 2 or not re.search("事故|案件|火灾", stem):
        return None
    return stem + word + ("人数" if it.attrs.get("unit") == "人" else "")


#: the two sides of one account, written one after the other with one subject (基金收入…，支出…; 资产总额…、负债总额…)
_SIDES = {"收入": "支出", "支出": "收入", "资产": "负债", "负债": "资产", "存款": "贷款", "贷款": "存款"}
_SIDES.update({"出口": "进口", "进口": "出口", "流入": "流出", "流出": "流入"})
_SIDE_RE = re.compile(f"(?P<side>{'|'.join(_SIDES)})(?P<tail>[\u4e00-\u9fff]{{0,4}})")
#: a subject that fits one side only (人均可支配收入, 纯收入, 经营性收入): the other side is no account of it
_ONE_SIDED_RE = re.compile("(?:可支配|纯|净|性|人均)$")


def _other_side(t: str, items: list[Item], k: int, name: str) -> str | None:
    """``养老保险基金收入106303万元，支出105645万元`` → ``养老保险基金支出``: a bare side takes the subject of the
    other side just before it (rates and changes of that side may stand between, and one ；)."""
    side = _SIDE_RE.fullmatch(name)
    it = items[k]
    cs = clause_start(t, it.qty_start)
    if side is None or cs <= 0 or t[cs - 1] not in "，,、；;":
        return None
    if re.fullmatch(f"{_LIGHT}{re.escape(name)}{_LIGHT}", t[cs : it.qty_start].strip()) is None:
        return None
    other = _SIDES[side.group("side")] + side.group("tail")
    for j in range(k - 1, max(-1, k - 4), -1):
        prev = items[j]
        gap = t[prev.end : cs]
        if prev.end > it.qty_start or re.search("[。！？!?\n]", gap) or len(re.findall("[；;]", gap)) > 1:
            return None
        if prev.attrs.get("is_change") or prev.attrs.get("unit") in RATE_UNITS:
            continue  # 完成预算的99.3%, 同比增长1.8%: the first side's own rates
        pname = str(prev.attrs.get("name") or "")
        subject = pname[: -len(other)] if pname.endswith(other) else ""
        if len(subject) < 2 or _ONE_SIDED_RE.search(subject) or {"group_name", "rank"} & set(prev.attrs):
            return None
        return subject + name
    return None


def carry_subjects(t: str, items: list[Item]) -> None:
    """Give a bare head opening its clause the name of the level just before it in the sentence."""
    casualties: set[int] = set()
    for k in range(1, len(items)):
        it = items[k]
        name = str(it.attrs.get("name") or "")
        if not it.attrs.get("group_name") and (side := _other_side(t, items, k, name)):
            it.attrs["name"] = side
            continue
        casualty = _CASUALTY_RE.fullmatch(name)
        if casualty and not it.attrs.get("group_name"):
            carried = _casualty_name(t, items, k, casualty.group("word"), casualties)
            if carried:
                it.attrs["name"] = carried
                casualties.add(k)
            continue
        if (
            (_SIBLING_RE.fullmatch(name) or _YIELD_RE.fullmatch(name))
            and not it.attrs.get("group_name")
            and _opens_clause(t, it, name)
        ):
            sibling = _sibling_name(t, items, k, name)
            if sibling:
                it.attrs["name"] = sibling
            continue
        rate = _RATE_HEAD_RE.fullmatch(name) is not None
        if not (rate or _MONEY_HEAD_RE.fullmatch(name)) or it.attrs.get("group_name"):
            continue
        if not _opens_clause(t, it, name):
            continue
        prev = items[k - 1]
        if not _fits(prev, rate) or (k >= 2 and _same_sentence(t, items[k - 2], prev)):
            continue  # 已办结6件,正在办理16件,完成率95%: a figure after peers belongs to them all
        pname = str(prev.attrs.get("name") or "")
        if (
            len(pname) < 2
            or prev.end > it.qty_start
            or prev.attrs.get("group_name")
            or "rank" in prev.attrs
            or not _same_sentence(t, prev, it)
            or clause_start(t, it.qty_start) - prev.end > 2
            or pname.endswith(name)
        ):
            continue
        it.attrs["name"] = pname + name
    carry_status_counts(t, items)


#: the measure word of the institutions that enrol or house people (学校5所, 医院3所, 养老服务机构57所), and what
#: each holds; 个 and 家 count offices and branches, whose 党员 and 干部 are the place's (基层党组织9个,党员361名)
_INSTITUTION_UNITS = ("所",)
_MEMBER_UNITS = ("人", "万人", "人次", "万人次", "名", "张", "万张")


_HEAD = "[\u4e00-\u9fff]{2,4}"


def _bare_clause(t: str, it: Item, head: str) -> bool:
    """The clause before the figure says a head only (``，在校生211.74万人``, ``，有床位5923张``)."""
    cs = clause_start(t, it.qty_start)
    return (
        cs > 0
        and t[cs - 1] in "，,"
        and re.fullmatch(f"(?:共有|有|共)?{head}", t[cs : it.qty_start].strip()) is not None
    )


def _one_of_a_breakdown(t: str, items: list[Item], j: int) -> bool:
    """``items[j]`` follows a count of its own unit in its sentence (其中公办园26所,民办园54所; 初级中学141所，
    九年一贯制学校12所): the people after the last are the whole's, not its."""
    prev = items[j - 1] if j > 0 else None
    return (
        prev is not None
        and prev.attrs.get("unit") == items[j].attrs.get("unit")
        and _same_sentence(t, prev, items[j])
        and re.fullmatch(r"\s*[，,、]\s*", t[prev.end : clause_start(t, items[j].qty_start)]) is not None
    )


def carry_institutions(t: str, items: list[Item]) -> None:
    """``高等专科学校2所，招生9087人，在校学生24979人`` → ``高等专科学校招生``, ``高等专科学校在校学生``.

    A statistical bulletin counts institutions and then, clause by clause, the people or beds they hold; each bare
    head (at most four characters) after the count is the institutions'. A count of the same unit (已完成550项 after
    任务579项) is a part, not a holding, and is left to ``_whole_of_run``.
    """
    names = [str(it.attrs.get("name") or "") for it in items]
    for k in range(1, len(items)):
        it, name = items[k], names[k]
        if (
            not 2 <= len(name) <= 4
            or it.attrs.get("unit") not in _MEMBER_UNITS
            or not _bare_clause(t, it, re.escape(name))
        ):
            continue
        if {"group_name", "is_change", "aside", "shared", "rank"} & set(it.attrs):
            continue
        j = k - 1
        while j > 0 and items[j].attrs.get("unit") in _MEMBER_UNITS and _bare_clause(t, items[j], _HEAD):
            j -= 1
        owner, pname = items[j], names[j]
        follows = items[j + 1]
        if (
            owner.attrs.get("unit") not in _INSTITUTION_UNITS
            or {"group_name", "is_change", "aside", "shared", "rank"} & set(owner.attrs)
            or len(pname) < 2
            or pname in name
            or name[:2] in pname  # 监察机构17个，监察人员186人: the head already says whose
            or _one_of_a_breakdown(t, items, j)
            or not _same_sentence(t, owner, it)
            or t[owner.end : clause_start(t, follows.qty_start)] not in ("，", ",")
        ):
            continue
        # 投入使用的养老服务机构57所，…入住人数: the institutions, not what the clause said of them, hold the people
        head = pname.rsplit("的", 1)[-1]
        it.attrs["name"] = (head if len(head) >= 2 else pname) + name


#: a count said only by where its items stand (完成43项, 已办结96件, 正在办理1项, 在建29个, 新开工5个)
_STATUS_RE = re.compile(
    "(?:已经?|正在|新|全部|尚未|未|基本)?(?:完成|办结|办理|在建|竣工|开工|建成|采纳|吸纳|答复|办复|整改|落实|结案|"
    "化解|销号|审结|推进|实施|完工|投用|维持|撤销|驳回|终止)(?:完毕|中)?"
)
#: the plan's word after the whole (农村改厕任务3828座 → 农村改厕完成)
_PLAN_TAIL_RE = re.compile("(?:年度|全年)?(?:任务|考核指标|目标任务|目标|计划)$")
_ITEM_UNITS = ("项", "件", "个", "条")
#: the verb that took the items up, before the whole's noun (受理群众来信120件 → 群众来信已办结)
_TAKEN_UP_RE = re.compile("^(?:全年|今年)?(?:共)?新?(?:受理|确定|招引|签约|承办|收到|接收|谋划|储备)")


def _whole_before(t: str, items: list[Item], k: int, names: list[str]) -> str | None:
    """The name of the count of the same unit ``items[k]`` breaks down: an item before it, else the total (scope)."""
    it, unit = items[k], items[k].attrs.get("unit")
    for j in range(k - 1, -1, -1):
        prev = items[j]
        if not _same_sentence(t, prev, it) or prev.end > it.qty_start:
            break
        if prev.attrs.get("is_change") or prev.attrs.get("unit") in RATE_UNITS:
            continue  # 完成全年目标90.9%: a peer's rate
        if prev.attrs.get("unit") != unit or {"group_name", "aside", "shared", "rank"} & set(prev.attrs):
            return None
        pname = names[j]  # as read, before a peer was given the whole's subject
        if _STATUS_RE.search(pname) and not _STATUS_RE.fullmatch(pname):
            return None  # 其中计划开工项目18个,已开工14个: a part's own breakdown, whose name the gold leaves bare
        if not _STATUS_RE.fullmatch(pname):
            return pname
    total = framing_total_before(t, it.qty_start)
    if total is None or not t[total[0] : total[1]].endswith(str(unit)):
        return None
    return total_name(t, *total)


def carry_status_counts(t: str, items: list[Item]) -> None:
    """``确定事项44项,完成43项,正在办理1项`` → ``确定事项完成``, ``确定事项正在办理`` (1134, 1131, 1207, 1567, 2141).

    A count named by a status verb alone, opening its clause, is a part of the count of the same unit before it in
    the sentence (its peers and their rates may stand between); the whole's subject, past a plan word, is carried.
    """
    names = [str(it.attrs.get("name") or "") for it in items]
    for k, it in enumerate(items):
        name = names[k]
        if not name or {"group_name", "is_change", "aside", "shared", "rank"} & set(it.attrs):
            continue
        cs = clause_start(t, it.qty_start)
        status = re.sub("^(?:其中|共|累计)", "", t[cs : it.qty_start].strip())
        if cs <= 0 or t[cs - 1] not in "，," or name not in status or not _STATUS_RE.fullmatch(status):
            continue
        whole = _whole_before(t, items, k, names)
        plan = it.attrs.get("unit") not in _ITEM_UNITS  # 任务579项 counts tasks; 改厕任务3828座 plans toilets
        subject = _TAKEN_UP_RE.sub("", _PLAN_TAIL_RE.sub("", whole or "") if plan else whole or "")
        if len(subject) >= 2 and not _STATUS_RE.search(subject):
            it.attrs["name"] = subject + status
