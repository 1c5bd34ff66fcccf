"""Names of indicators: a figure's own clause, a list's subject, the level a change or a share belongs to."""

from __future__ import annotations

import re
from typing import Any

from models.folding import compact
from models.suggest import _subjects
from models.suggest._budget_names import arranged_line_name, budget_item_name
from models.suggest._class_names import class_named
from models.suggest._context import Item, clause_start, name_for
from models.suggest._count_first import count_first_name, part_of_whole
from models.suggest._fallback_name import fallback_name
from models.suggest._listed_items import earlier_subjects, joined_items, preceding_figures
from models.suggest._programme_counts import framing_total_before
from models.suggest._quantities import Qty
from models.suggest._share_names import share_of_base
from models.suggest._text import CLAUSE_END, sentence_start
from models.suggest._verb_objects import SPENDING as _BARE_SPENDING
from models.suggest.numbers import UNITS

SHARE_BASE = r"(?:年初|年度|全年|本级|调整)?(?:预算|计划|任务|目标)"


def kind_of(unit: str) -> str:
    """The kind of a unit (``money``, ``count``, ``percent`` …), ``""`` for one the table does not know."""
    return UNITS[unit].kind if unit in UNITS else ""


# (民营经济三次产业对民营经济增加值的贡献率分别为4.8%、48.7%、46.5%: 1154, 1526 ×2, 270, 276)
_THREE_SECTORS_RE = re.compile(
    r"(?P<pre>[^\d，,。；;、]{0,8}?)三次产业(?P<post>[^\d，,。；;、]{2,20}?)(?:分别)?(?:为|是|达到?)?\s*$"
)


def named(
    t: str, items: list[Item], q: Qty, attrs: dict[str, Any], list_names: dict[str, list[str]]
) -> tuple[int, float]:
    """Fill ``attrs["name"]`` (and ``group_name`` for list items); returns the span start and a confidence."""
    group = q.group
    if group and q.index > 0 and group in list_names:
        names = list_names[group]
        attrs["name"] = names[q.index] if q.index < len(names) else names[-1]
        attrs["group_name"] = names[-1] if len(names) == 1 else "、".join(names)
        return q.start, 0.7
    name, start, bonus = name_for(t, q.start, q.end, list_mode=bool(group))
    name = compact(name).lstrip("—")  # ——城镇登记失业率: a list item's dash names nothing
    if group:
        subj = _share_tail([p for p in name.split("、") if p])
        if len(subj) <= 1 and start < q.start:  # 一、二、三产业分别实现增加值: the subjects before the verb
            subj = _subjects.list_heads(t[clause_start(t, start, CLAUSE_END.replace("、", "")) : start], name) or subj
        peer = _PEER_BEFORE_RE.search(t, max(0, start - 4), start) if len(subj) <= 1 else None
        if peer and name[:2] in _PEERS and peer.group(1) != name[:2]:
            # 城镇和农村居民人均可支配收入分别增长6.1%、8%: the first of the pair shares the noun of the second
            subj, start = [peer.group(1) + name[2:], name], peer.start()
        three = _THREE_SECTORS_RE.search(t, clause_start(t, start), q.start) if len(subj) <= 1 else None
        if three:  # 三次产业对经济增长贡献率分别为3.3%、75.2%和21.5%: one name per sector, in order
            subj = [f"{three.group('pre')}第{n}产业{three.group('post')}" for n in "一二三"]
        listed = joined_items(t, start, clause_start(t, start, CLAUSE_END.replace("、", "")), subj, q.size)
        if listed is not None and listed[0] != subj:
            subj = listed[0]  # 甲、乙和丙分别达到…: one subject to each figure, a head written once shared
        earlier = earlier_subjects(t, clause_start(t, start), start, name, q.size) if len(subj) <= 1 else None
        if earlier:
            subj = earlier  # 甲、乙、丙增长较快,产值分别增长…: the clause before lists whose heads they are
        figures = preceding_figures(t, items, clause_start(t, start), q.start, name, q.size) if len(subj) <= 1 else None
        if figures:
            subj = figures  # 甲8.36万人,乙43.38万人,占总人口比重分别为…: the figures before are whose shares they are
        list_names[group] = subj or [name]
        attrs["name"] = subj[0] if subj else name
    elif start < q.start:  # a name read before the figure may have lost its subject, or its project after it
        attrs["name"] = _subjects.split_subject(t[clause_start(t, start) : start], name)
        money = kind_of(str(attrs.get("unit"))) == "money"
        attrs["name"] = _subjects.project_after(t[q.end : q.end + 40], attrs["name"], money)
    else:
        attrs["name"] = name
    same_sentence = bool(items) and sentence_start(t, items[-1].start) == sentence_start(t, q.start)
    if attrs["name"] in ("降幅", "增幅", "增速", "") and same_sentence and attrs.get("is_change"):
        attrs["name"] = f"{items[-1].attrs.get('name', '')}{attrs.get('change_of', attrs['name'])}"
    owner = next((it for it in reversed(items) if not {"is_change", "aside", "shared"} & set(it.attrs)), None)
    if (
        _OTHER_BASE_RE.fullmatch(attrs["name"])
        and owner is not None
        and attrs.get("is_change")
        and sentence_start(t, owner.start) == sentence_start(t, q.start)
    ):
        # 收入2.01亿元,较上年增长26.4%,…,年均增长20%: a second change of the level, against another base
        attrs["name"] = f"{owner.attrs.get('name', '')}{attrs['name']}"
    percent = str(attrs.get("unit")) in ("%", "‰")
    if attrs.get("aside") and not attrs.get("change_of") and same_sentence and not attrs.get("is_change") and percent:
        base = re.fullmatch(SHARE_BASE, attrs["name"])
        # 126.05亿元(县本级98.88亿元,…),完成调整预算的103.67%: the share is the level's, not the breakdown's
        closed = owner is not None and re.match(r"[)）]", t[items[-1].end : items[-1].end + 1])
        # 完成年计划710亿元的89.4%: the plan said inside the share is no owner of it
        plan = items[-1].attrs.get("shared") and items[-1].attrs.get("kind") == "target"
        whose = owner if (closed or plan) and owner is not None else items[-1]
        if len(attrs["name"]) < 2:
            word = "占比" if t[max(0, q.start - 1) : q.start] == "占" else "完成比例"  # 58.7亿元,占13.4%
            attrs["name"] = f"{whose.attrs.get('name', '')}{word}"  # 完成年计划710亿元的89.4%
        elif base:
            attrs["name"] = f"{whose.attrs.get('name', '')}占{base.group(0)}比例"  # 为预算的65.7%
    if attrs["name"] in ("任务", "计划", "目标") and same_sentence and items[-1].attrs.get("name"):
        attrs["name"] = f"{items[-1].attrs['name']}{attrs['name']}"  # 完成人工造林17015.5亩(任务14815亩)
    prev_end = items[-1].end if items else -1
    if len(attrs["name"]) < 2 and prev_end == q.start and kind_of(str(attrs["unit"])) in ("count", "measure"):
        # 监测对象21户66人: the people of those households; 治理河道10条111公里: the length of those rivers
        attrs["name"] = str(items[-1].attrs.get("name") or "")
    if (
        len(attrs["name"]) < 2
        and items
        and t[prev_end : q.start] in ("，", ",", "、")
        and str(items[-1].attrs.get("unit", "")).endswith("户")
        and str(attrs["unit"]).endswith("人")
    ):
        attrs["name"] = f"{items[-1].attrs.get('name') or ''}人数"  # 低保边缘对象3025户,9309人: their people
    later = _LATER_LEVEL_RE.match(t[clause_start(t, q.start) : q.start].strip())
    if len(attrs["name"]) < 2 and later and same_sentence and items[-1].attrs.get("name"):
        attrs["name"] = str(items[-1].attrs["name"])  # …由175元提高到288元，1984年达到320元: the same quantity later
    money_class = _MONEY_CLASS_RE.search(t, max(0, q.start - 16), q.start)
    if len(attrs["name"]) < 2 and money_class and same_sentence:
        # 项目45个,其中50亿元以上8个: the class of the items counted before
        attrs["name"] = f"{money_class.group('cls')}{items[-1].attrs.get('name', '')}"
    counted = owner is not None and kind_of(str(owner.attrs.get("unit"))) == "count"
    if (
        not group
        and counted
        and owner is items[-1]
        and re.fullmatch(r"[,，]", t[items[-1].end : clause_start(t, start)])
    ):
        measured = kind_of(str(attrs.get("unit"))) not in ("count", "")
        prefix = t[clause_start(t, start) : start]
        rate = str(attrs.get("unit")) in ("%", "‰")
        whole = _whole_of_run(t, items, str(attrs["name"]), rate)
        if whole is not None:
            attrs["name"] = _subjects.carried_subject(prefix, attrs["name"], whole, measured)
    if not group and (len(attrs["name"]) <= 4 or attrs["name"].startswith("占")):
        prior = str(owner.attrs.get("name") or "") if owner is not None and same_sentence else ""
        attrs["name"] = _subjects.share_name(t[clause_start(t, start) : start], attrs["name"], prior)
    if not group and percent and ("占" not in attrs["name"] or attrs["name"].startswith("占")):
        # the level of the share's own sentence (…增长面为42.9%。民间投资增长3.1%,占全部投资比重…: not 增长面)
        own = owner is not None and sentence_start(t, owner.start) == sentence_start(t, q.start)
        prior = str(owner.attrs.get("name") or "") if owner is not None and own else ""
        attrs["name"] = share_of_base(t[clause_start(t, q.start) : q.start], prior) or attrs["name"]
    if (attrs["name"] == "其中" or len(attrs["name"]) < 2) and items and kind_of(str(attrs.get("unit"))) == "count":
        before = [
            (it.end, str(it.attrs.get("name") or ""))
            for it in items
            if not {"is_change", "aside", "shared"} & set(it.attrs)
        ]
        attrs["name"] = part_of_whole(t, q.start, q.end, before) or attrs["name"]  # 其中:12个镇、4个乡
    letters = len(re.findall(r"[\u4e00-\u9fffA-Za-z]", attrs["name"]))
    if (letters < 2 or not group) and kind_of(str(attrs.get("unit"))) == "count":
        # 6.5万人实现脱贫, 87项专利获得国家授权 → 获得国家授权专利
        attrs["name"] = count_first_name(t, q.start, q.end, attrs["name"] if letters >= 2 else "") or attrs["name"]
    if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", attrs["name"])) < 2:
        attrs["name"] = fallback_name(t, q.start) or str(attrs.get("change_of") or "")
    spent = _SPENT_ON_RE.match(t, q.end) if not group and attrs["name"] in _BARE_SPENDING else None
    if spent and kind_of(str(attrs.get("unit"))) == "money":
        # 投资1.3亿元实施自来水管网改造工程, 投入16.54亿元用于老旧城区基础设施建设: the money is the works'
        works = re.sub(r"^.*等", "", spent.group("works"))
        attrs["name"] = works + attrs["name"] if len(works) >= 4 else attrs["name"]
    if not group:
        attrs["name"], class_start = class_named(t, start, _quoted_before(t, start, attrs["name"]))
        start = min(start, class_start)  # 亿元以上重大项目21个: the quote holds the class the name reader broke at
        attrs["name"], item_start = budget_item_name(t, q.start, attrs["name"])
        start = min(start, item_start)  # 上年结余31.6亿元: the quote holds the item's words the name reader broke at
        attrs["name"], line_start = arranged_line_name(t, q.start, attrs["name"])
        start = min(start, line_start)  # 全市一般公共预算支出拟安排241.6亿元: the line, not its verb
    issue = _issue_name(t, q) if attrs.get("unit") == "期" and not group else None
    if issue:
        attrs["name"] = issue  # 编发《创建动态》3期, 连续发了2期《创建动态》: what was issued, and how
    if group and list_names.get(group) == [""]:
        list_names[group] = [attrs["name"]]  # the list's later items share the name its head was given
    return start, 0.7 + bonus - (0.15 if q.cn else 0)


_SHARE_OF_PART_RE = re.compile("比重|占比|比例")


def total_name(t: str, s: int, e: int) -> str:
    """The name of the count ``t[s:e]`` read as an indicator would be (its subject split off as for any figure)."""
    name, start, _ = name_for(t, s, e)
    name = compact(name).lstrip("—")
    return _subjects.split_subject(t[clause_start(t, start) : start], name) if start < s else name


def _whole_of_run(t: str, items: list[Item], name: str, rate: bool) -> str | None:
    """Whose measure a bare head after counts is: the count just before it, or the whole a run of counts broke down.

    ``事项38项,完成34项,正在办理4项,完成率89.5%`` → ``事项`` (1134); ``项目15个,其中外资项目11个,总投资19亿美元`` →
    ``项目`` (614, 1462, 133); a share after a whole and its part is the part's (规上企业…家,开工…企业…家,比重…, 996).
    With no whole, a rate after two peers is theirs together (``办结人大代表建议68件、政协委员提案101件,办复率100%``,
    012/217/330), after more nobody's (None); money is the nearest's (重点项目356个,总投资798亿元, 021/362).
    """
    last = items[-1]
    run = [last]
    for it in reversed(items[:-1]):
        same = sentence_start(t, it.start) == sentence_start(t, last.start)
        peer = it.attrs.get("unit") == last.attrs.get("unit")
        if not same or not peer or {"is_change", "aside", "shared"} & set(it.attrs):
            break
        run.insert(0, it)
    names = [str(it.attrs.get("name") or "") for it in run]
    values = [it.attrs.get("value") for it in run]
    total = framing_total_before(t, run[0].start) if rate and not _SHARE_OF_PART_RE.search(name) else None
    if total is not None:
        return total_name(t, *total)  # 确定事项38项,完成34项,正在办理4项,完成率…: the total, scope, is the whole
    if len(run) == 1 or _SHARE_OF_PART_RE.search(name) or (len(name) > 2 and name[:2] in names[-1]):
        return names[-1]  # (其中技改项目9个,完成技改投资: the part's own sum)
    if all(isinstance(v, float) for v in values) and all(v <= values[0] for v in values[1:]):  # type: ignore[operator]
        return names[0]
    if not rate:
        return names[-1]
    return "和".join(names) if len(run) == 2 and all(len(n) >= 2 for n in names) else None


# issues of a bulletin put out: the verb and the title name what was issued (145, 174, 627)
_ISSUE_VERB = r"(?P<verb>编发|编印|印发|发布|播出|刊发|出版|编辑|制作|发)了?"
_ISSUE_BEFORE_RE = re.compile(_ISSUE_VERB + r"\s?(?P<title>《[^《》\n]{1,20}》)$")
_ISSUE_TITLE_RE = re.compile(r"《[^《》\n]{1,20}》")


def _issue_name(t: str, q: Qty) -> str | None:
    """``编发《创建动态》3期`` → ``编发《创建动态》``; ``发了2期《创建动态》`` → ``发《创建动态》``."""
    before = _ISSUE_BEFORE_RE.search(t, max(0, q.start - 30), q.start)
    if before:
        return before.group("verb") + before.group("title")
    verb = re.search(_ISSUE_VERB + "$", t[max(0, q.start - 4) : q.start])
    title = _ISSUE_TITLE_RE.match(t, q.end)
    return verb.group("verb") + title.group(0) if verb and title else None


# a programme's or brand's name in quotes right before the head it qualifies: “小巨人”企业, “三保”支出, “菜篮子”建设项目
_QUOTED_RE = re.compile(r"“[^“”，,。；;：:\s\d]{1,8}”\s?$")


def _quoted_before(t: str, start: int, name: str) -> str:
    """``专精特新“小巨人”企业8家`` → ``“小巨人”企业`` (the name reader stops at the quote), else ``name``."""
    quoted = _QUOTED_RE.search(t, max(0, start - 12), start)
    if (
        not quoted
        or not name
        or not t.startswith(name, start)
        or re.match(r"“十[一二三四五六七八九十]*五”", quoted.group(0))
    ):
        return name  # (较“十五”期末: a plan period is no programme)
    return quoted.group(0).strip() + name


# a change against another base, named by the base alone: 年均, 环比, 两年平均
_OTHER_BASE_RE = re.compile(r"年均|环比|可比|(?:[两三四五]|\d)年平均")
_LATER_LEVEL_RE = re.compile(r"\d{4}年(?:底|末)?(?:已经?)?(?:达到|达|为|增至|突破)$")
_MONEY_CLASS_RE = re.compile(r"(?:其中)?(?P<cls>\d+(?:\.\d+)?(?:万亿|亿|千万|万)?元(?:及)?以上)$")


# money spent on works named after it: 投资…元实施了…, 投入…元用于…, 投资…元完成…
_SPENT_ON_RE = re.compile(r"(?:用于|实施了?的?|完成了?)(?P<works>[^，,。；;:：()（）\d]{2,24}?)(?=[，,。；;]|$)")


# the towns and the countryside as reports pair them (城镇、农村居民…; 城市和农村…)
_PEERS = frozenset(("城镇", "农村", "城市", "乡村"))
_PEER_BEFORE_RE = re.compile(r"(城镇|农村|城市|乡村)[和与及]$")


def _share_tail(parts: list[str]) -> list[str]:
    """``一、二、三产增加值`` → 一产增加值, 二产增加值, 三产增加值: ordinals share the noun of the last."""
    ordinal = r"第?[一二三四五六七八九1-9]"
    if len(parts) == 2 and parts[0] in _PEERS and parts[1][:2] in _PEERS and len(parts[1]) > 4:
        return [parts[0] + parts[1][2:], parts[1]]  # 城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…
    if len(parts) > 1 and len(parts[-1]) > 2 and all(re.fullmatch(r"[\u4e00-\u9fff]", p) for p in parts[:-1]):
        # 牧、副、渔业产值 → 牧业产值, 副业产值, 渔业产值: one-character heads share the last one's tail
        return [p + parts[-1][1:] for p in parts[:-1]] + [parts[-1]]
    if len(parts) > 1 and len(parts[0]) > 2 and any(re.fullmatch(r"[\u4e00-\u9fff]", p) for p in parts[1:]):
        # 规上工业用电、煤、天然气 → 规上工业用煤: a one-character item stands for the first one's last character
        return [parts[0]] + [parts[0][:-1] + p if len(p) == 1 else p for p in parts[1:]]
    lead = re.match(ordinal, parts[-1]) if len(parts) > 1 else None
    if lead is None or not all(re.fullmatch(ordinal, p) for p in parts[:-1]):
        return parts
    tail = parts[-1][lead.end() :]
    first = "第" if parts[0].startswith("第") else ""
    return [
        (p if p.startswith(first) else first + p) + (tail if k < len(parts) - 1 else "") for k, p in enumerate(parts)
    ]
