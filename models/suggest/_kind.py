"""The period of a figure and its kind (``target`` or ``actual``), read from its sentence and paragraph."""

from __future__ import annotations

import functools
import re
from typing import Any

from models.suggest import _kind_cues as _kc
from models.suggest import _names
from models.suggest._budgets import budget_sum
from models.suggest._context import clause_start
from models.suggest._excluded import TIME_LIMIT_AFTER_RE
from models.suggest._plans import aims_named_after, text_reports_only
from models.suggest._text import SENTENCE_END, Spans, sentence_start

_REQUIRED_BOUND_RE = re.compile(r"(?:不低于|不少于|不超过|不高于)(?:约)?$")
_POLICY_PARAGRAPH_RE = re.compile(
    r"\s*《[^》]{1,30}》(?:[^\d，,。；;]{0,6})?(?:提出|明确|要求|指出|强调|规定|重点|还要求|还提出|围绕)"
)
_INLINE_LABEL_RE = re.compile(r"(?<=\s)(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
_ESTIMATE_RE = re.compile(r"预期(?:实现|完成|达到)|有望|可望")
_FIRM_AIM_RE = re.compile(r"力争|确保|目标|计划|争取")
# (超目标进度42个百分点: ahead of the aim's calendar, reached)
_BEYOND_AIM_RE = re.compile(  # (高出…全年任务目标(10.5%)0.9个百分点: the aim's own figure in brackets)
    r"(?:高于|低于|超过|超出|快于|高出|超)[^，,。；;]{0,16}(?:目标|计划|任务)(?:数|进度)?(?:[(（][\d.]+%[)）])?$"
)
_BRACKETED_AIM_FIGURE_RE = re.compile(r"\s?[(（][^()（）\d]{0,8}(?:目标|计划|任务)[^()（）\d]{0,6}\d")
_BRACKETED_AIM_RE = re.compile(r"(?:年度|全年|年初|上级)?(?:下达)?(?:任务|计划|目标)(?:数|为|是|[:：])?\s*$")
# (年度投资计划193.22亿元: the year's plan figure, 收入计划34,888万元 a budget's (1801, 1294); 科技计划98项 counts a
# programme's projects)
_PLAN_FIGURE_RE = re.compile(
    r"(?:(?:年初|调整)预算数?|任务|(?:年度|全年|年)[^，,。；;\d]{0,4}计划|(?:收入|支出)(?:年初)?计划)(?:数|为|是|[:：])?\s*$"
)


def _paragraph_start(t: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: a line break, or in a page run together on one line, a run
    of spaces after a sentence's end (``…总结如下:  2010年…的主要任务是:``)."""
    start = t.rfind("\n", 0, pos) + 1
    end = t.find("\n", pos)
    # a page run together (its line holds most of the text) sets one space between paragraphs; a text that keeps
    # its line breaks sets none, and a space after a full stop there is a PDF's wrap
    run_together = (len(t) if end < 0 else end) - start >= 0.8 * len(t)
    for m in (_SPACED_BREAK_RE if run_together else _SPACED_BREAK_2_RE).finditer(t, start, pos):
        start = m.end()
    return start


def _paragraph_end(t: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends: the next line break (the text's end when there is none)."""
    end = t.find("\n", pos)
    return len(t) if end < 0 else end


# (one space after a full stop is enough in a page run together: Chinese prose sets none inside a paragraph)
_SPACED_BREAK_RE = re.compile(r"(?<=[。！？!?])[ \u3000]+|(?<=[；;:：])[ \u3000]{2,}")
_SPACED_BREAK_2_RE = re.compile(r"(?<=[。！？；;:：!?])[ \u3000]{2,}")


def context_attrs(t: str, qstart: int, qend: int, targets: Spans) -> dict[str, Any]:
    """The period and the kind (``target`` or ``actual``) the sentence around ``t[qstart:qend]`` gives it."""
    attrs: dict[str, Any] = {}
    sent = sentence_start(t, qstart)
    heads = list(_INLINE_LABEL_RE.finditer(t, sent, qstart))
    if (
        heads
    ):  # a page run together: a heading inside the sentence (…工作计划 一、2023年工作开展情况 全年完成…) starts it
        sent = heads[-1].start()
    prefix = t[sent:qstart]
    clause = t[max(sent, clause_start(t, qstart, SENTENCE_END + "，,")) : qstart]
    opened = max(prefix.rfind("("), prefix.rfind("（"))
    if opened > max(prefix.rfind(")"), prefix.rfind("）")) and opened < len(prefix) - len(clause):
        # 计划列入…水库15座(中型1座,小型14座): a breakdown in brackets is read with the total it breaks down
        clause = t[clause_start(t, sent + opened, SENTENCE_END + "，,") : qstart]
    period = _names.find_period(prefix)
    if period is None:
        # a period at the head of the paragraph's first sentence (``2020年,全县…``)
        para = t.rfind("\n", 0, qstart) + 1
        period = _names.find_period(t[para : min(para + 12, qstart)])
    if period:
        attrs["period"] = period
    clause_end = qend
    while clause_end < len(t) and clause_end - qend < 20 and t[clause_end] not in SENTENCE_END + "，,":
        clause_end += 1
    after = t[qend:clause_end]
    done = bool(_names.DONE_RE.search(clause))
    aim = _names.TARGET_RE.search(clause)
    clause_at = qstart - len(clause)
    if aim and clause_at + aim.start() < _kc.done_opening_end(t, clause_at, qstart):
        aim = None  # 圆满完成年度目标任务:地区生产总值增长6.1%: the aims named were reached
    # 92个计划新开工项目已开工51个: the plan names the projects, 已 reports what was done of them
    is_target = (
        bool(aim and not _names.ACTUAL_RE.search(clause, aim.end()))
        or (
            bool(re.match(r"[^，,。；]{0,12}目标", after))
            and not done
            # (对1017个部门项目编制项目绩效目标, 17个…目标考核断面: 目标 names what is counted, no aim of the count)
            and not (
                _kc.COUNT_UNIT_RE.search(t[qstart:qend])
                and not re.match(r"(?:以上|左右|以内)|[^，,。；目]{0,12}的", after)
            )
            # (…增长9%,完成区人代会批准增长8%以上目标: the aim's own figure after the actual, 1002, 1246, 1354)
            and (
                "完成" not in t[sent:qstart]
                or (_kc.AIMS_FIGURE_RE.match(t, qend) is not None and _kc.actual_before(t, sent, qstart))
            )
            and not re.match(r"[^，,。；]{0,6}(?:没有|未能?|尚未)(?:完成|实现|达到)", after)  # 有6项没有完成…目标任务
            and not re.match(r"[^，,。；]{0,6}(?:批复|下达|设定|制定)了", after)  # 1个项目批复了绩效目标: a count done
            # (增长6.7%(市目标增幅3%): the aim's own figure in brackets after the figure reached, 2349)
            and not _BRACKETED_AIM_FIGURE_RE.match(after)
        )
    )
    if _kc.SHARE_REACHED_RE.search(clause) and t[qstart:qend].endswith("%"):
        is_target = False  # 完成年计划710亿元的89.4%: the share reached (分别完成目标的104.9%、120.8%: each)
    if (
        t[qstart:qend].endswith("%")
        and re.search(r"(?:目标|计划|任务)[^，,。；;\d]{0,4}的$", clause)
        and _kc.SHARE_AFTER_SHARE_RE.search(t, sent, qstart - len(clause))
    ):
        is_target = False  # 完成省目标任务的130%,市目标任务的127%: the next share reached, its 完成 left out
    if re.search(r"占[^，,。；;\d]{0,8}(?:计划|任务|目标)(?:投资|数|总额|总量)?$", clause) and t[qstart:qend].endswith(
        "%"
    ):
        # 年采伐林木529.1立方米,占年计划11%, 完成投资占年度计划投资109.7%: the share of the plan reached
        is_target = False
    if re.search(r"预计|预测", clause) and not re.search(r"力争|目标|计划|确保", clause):
        is_target = False  # an estimate of what happens is an actual
    if re.search(r"预计(?:总)?投资(?:额|规模)?(?:为|约|达到?)?$", clause):
        is_target = True  # 利捷制药厂,预计投资3亿元 (846), 预计总投资2.83亿元 (2304): money a project plans
    if re.search(r"列入[^，,。；;]{0,14}计划", clause):
        is_target = False
    if re.search(r"对上争取|争取到|已争取|争取上级|争取中央|争取省", clause + after):
        is_target = is_target and bool(re.search(r"力争|计划", clause))
    head = t[sent : min(qstart, sent + 12)]
    if (
        _kc.AIM_HEAD_RE.match(head.lstrip(" \u3000，,、"))
        and not done
        and not _AIM_CLAUSE_ACTUAL_RE.search(t[sent:qstart])
        and not re.search(r"预计|预测", t[sent:qstart])
        and not _kc.DONE_AFTER_RE.match(t, qend)  # 确保渠道畅通,…受理咨询727件,均已办结: said done after it
    ):
        is_target = True  # 计划投资3.5亿元,建设农村公路80公里: the aim governs the sentence
    if _kc.aim_inside_sentence(t, sent, qstart) and not done and not _kc.DONE_AFTER_RE.match(t, qend):
        is_target = True  # 经济高质量发展,确保GDP增长7%,财政收入增长6%: the aim governs the clauses after it
    deadline = [m.end() for m in _kc.PLAN_DEADLINE_RE.finditer(t, sent, qstart)]
    if deadline and not done and not re.search(r"\d|已|实际|完成了", t[deadline[-1] : qstart]):
        is_target = True
    full = max(t.rfind(ch, 0, qstart) for ch in "。！？!?\n") + 1
    gap = _GAP_RE.search(t, heads[-1].end(), qstart) if heads and heads[-1].start() >= full else None
    if gap:  # a page run together: the sentence starts past the heading inside it (一、…进展情况 今年我区计划…)
        full = gap.end()
    if (
        _kc.SENTENCE_AIM_RE.match(t[full:qstart])
        and not done
        and not _AIM_CLAUSE_ACTUAL_RE.search(t[full:qstart])
        and not re.search(r"预计|预测|(?<!计划)完成|实现了", t[full:qstart])
    ):
        is_target = True  # 2013年,全县计划招引…;…;年内实施…,新增…: the aim at the sentence's head, past its semicolons
    if _kc.aim_carried(t, full, qstart) and not done and not _kc.DONE_AFTER_RE.match(t, qend):
        is_target = True  # 力争新增里程33.8公里;续建…3处换乘枢纽中心: the clause's aim governs the parts after it
    # (累计滚存结余 names a budget's balance, no report: 2026年…累计滚存结余649807万元, 1293, 1235)
    if targets.contains(qstart) and not done and not _names.ACTUAL_RE.search(_kc.BALANCE_RE.sub("", t[sent:qstart])):
        is_target = True
    if targets.contains(qstart) and _kc.BY_YEAR_HEAD_RE.match(head.lstrip(" \u3000，,、")) and not done:
        # 到2022年，累计建设5G基站2000个以上 (in a plan): a cumulative total aimed at by the deadline
        is_target = is_target or not re.search(r"已|同比|比上年|较上年|完成了|实现了", t[sent:qstart])
    plan_is = _PLAN_IS_RE.search(t[sent:qend])  # the lookahead may need this figure's own digits
    plan_is = plan_is if plan_is is not None and plan_is.end() <= len(prefix) else None
    if plan_is and not done and not _names.ACTUAL_RE.search(prefix[plan_is.end() :]):
        is_target = True  # 下达…指导性计划为人工造林4000亩,育苗5000亩: every figure of the plan's list
    para = _paragraph_start(t, qstart)
    if _kc.task_opening(t, para, qstart) and not done and not _kc.REPORTED_RE.search(t[sent:qstart]):
        is_target = True  # 今年的主要任务是:…; every figure of the paragraph lists what is to be done
    if _kc.paragraph_aim(t, para, qstart) and not done and not _kc.DONE_AFTER_RE.match(t, qend):
        is_target = True  # 今年,我市…工作将奋力推进…。主攻…,实现…增长10%: the paragraph's head aims
    if re.search(r"(?:每年|年均)[^，,。；;\d]{0,8}可|达产(?:后|年)", clause) or _kc.once_built(t, sent, qstart):
        # 每年村财可增收1.2万元: an expected yearly effect is aimed at; so is a project's output once at full
        # production (预估达产年产值700万元, 达产后年税收13万元: 1618)
        is_target = True
    if (
        _PLAN_FIGURE_RE.search(clause)
        and not re.search(r"(?<!应)完成|超", clause)
        and not t[qstart:qend].endswith("%")  # 占年计划11%: a share of the plan
        and not (clause.rstrip().endswith("任务") and re.search(r"[个项件条批]$", t[qstart:qend]))
    ):
        is_target = True  # 收入任务174万, 年初预算1184万: the task or budget of the year, not what was done
    if budget_sum(t, sent, clause, qstart, qend) and not done:
        is_target = True
    if (
        _REQUIRED_BOUND_RE.search(clause)
        and not done
        # (年底累计转贷资金不低于30亿元, 637: 累计 names the sum the bound is set on, no report)
        and not _names.ACTUAL_RE.search(clause.replace("累计", ""))
        and not (re.search(r"预计|预测", clause) and not _FIRM_AIM_RE.search(clause))  # 预计全年…不低于320天
    ):
        is_target = True  # 服务事项不少于100项, 转贷资金不低于30亿元: a bound set as a requirement
    if clause.endswith("争取") and t[qstart:qend].endswith("%"):
        is_target = True  # 城市化率目标为49.5%,争取50%: a rate striven for (争取1700万元项目资金 is money obtained)
    if t[qstart:qend].endswith("工作日") or TIME_LIMIT_AFTER_RE.match(t, qend):
        is_target = True  # 自收到申请之日起7个工作日内答复: a time limit a rule sets is what is required
    if _ESTIMATE_RE.search(clause) and not targets.contains(qstart) and not _FIRM_AIM_RE.search(clause):
        is_target = False  # 预期实现地方一般公共预算收入140.7亿元 in a review: the year's outcome as estimated
    if _BEYOND_AIM_RE.search(clause):
        is_target = (
            False  # 高于年初人代会12%的目标14.4个百分点, 超过预期目标2个百分点: the gap beyond the aim was reached
        )
    if _kc.aim_rate(t, qstart - len(clause), qstart, qend):
        is_target = True  # 增长22.5%,高于省年初下达的目标任务13%: the aim's own rate, beaten
    if opened > max(prefix.rfind(")"), prefix.rfind("）")) and _BRACKETED_AIM_RE.match(prefix, opened + 1):
        is_target = True  # 完成人工造林17015.5亩(任务14815亩): the task given beside what was done
    if _kc.PLANNED_LIST_RE.search(prefix) and _kc.ACTUAL_AFTER_RE.match(t, qend):
        is_target = True  # 计划完成播种面积102万亩,粮食总产43万吨,实际完成…: the plan's list, then what was done
    if (
        not is_target
        and not done
        and _POLICY_PARAGRAPH_RE.match(t, para)
        and not _names.ACTUAL_RE.search(clause)
        # 《报告》指出,…全年完成生产总值27亿元,同比增长15%: a cited text that only reports sets out no aim
        and not text_reports_only(_kc.figure_sentences(t[para : _paragraph_end(t, qend)]))
    ):
        is_target = (
            True  # 《意见》重点围绕…。一方面扩大…规模至5亿元: what a policy sets out to reach (README, policies)
        )
    if not is_target and not done and aims_named_after(t, qend):
        is_target = True  # ——失业率控制在4%以内。⏎为了实现上述目标,…: the list of aims the next paragraph names
    now = max(_NOW_RE.finditer(t, sent, qstart), key=lambda m: m.start(), default=None)
    if now and not _NOW_AIM_RE.search(t, now.end(), qstart):
        is_target = False  # 目前档案馆馆藏82个全宗 (in a plan, 2299): where things stand now, the plan's starting point
    if _kc.task_figure(t, sent, clause, qstart, qend) or _kc.handed_down(t, sent, qstart, qend):
        is_target = True  # 完成市下达的30亿元的任务, 县委政府安排我镇减少贫困人口3858人: the task's own figure
    if "现有" in clause and not _names.TARGET_RE.search(clause):
        is_target = False  # 在现有…等62项服务的基础上 (in a plan): the stock there is now, the base of the aim
    owner = None if done or is_target else owning_figure(t, qstart)
    root = owner
    while root is not None and (up := owning_figure(t, root[0])) is not None:
        root = up  # (…项目19个,总投资6.94亿元: the count, then the planned total its bracket breaks down)
    if owner is not None and root is not None and _PLAN_WORD_RE.search(t, sentence_start(t, root[0]), root[0]):
        # 计划开工项目42个,总投资14.03亿元(包括:…项目12个…): a part of what is planned is planned (a budget's
        # parts are not: 年初批复预算8个项目985万元(含1个年初结转结余项目, 044)
        is_target = context_attrs(t, owner[0], owner[1], targets)["kind"] == "target"
    if is_target and targets.contains(qstart) and _kc.earlier_year_head(t, full, qstart, _plan_year(t)):
        is_target = False  # 2012年,云南将力争…。…2011年,云南省实现生产总值8750.95亿元: the year before, reached
    attrs["kind"] = "target" if is_target else "actual"
    return attrs


@functools.lru_cache(maxsize=4)
def _plan_year(t: str) -> int | None:
    return _kc.plan_year(t)


# a project count's total investment: 计划新开工项目157项,总投资506.08亿元 (113, 2021, 140, 1297, 1954)
# (or the count before 项目: 计划实施…四大类11个项目,总投资2.83亿元, 2304; 招引了…2个项目,总投资3.6亿元, 507)
_COUNT_TOTAL_RE = re.compile(
    r"(?:项目(?P<n>\d+)\s?[个项]|(?<![\d.])(?P<m>\d+)\s?[个项](?:[^，,。；;\d]{0,4}项目))\s?[，,]\s?(?:项目)?总投资"
    r"(?:约|达|为)?\s?$"
)
# the figure a bracketed breakdown opens after: 总投资14.03亿元,(包括: / 建设8个医院(含 / 投资80亿元(其中
_FIGURE_BEFORE_RE = re.compile(r"(?<![\d.])(?P<n>\d[\d.]*)\s?(?P<unit>[^\d\s，,。；;:：()（）]{1,4}?)\s?[，,]?\s?$")
_PLAN_WORD_RE = re.compile(r"计划|拟|规划")
_FIGURE_AT_RE = re.compile(r"[^\d，,。；;]{0,20}?\d[\d.]*\s?(?P<unit>[^\d\s，,。；;]{1,4})")
_AMONG_RE = re.compile(r"(?<![\d.])(?P<n>\d[\d.]*)\s?(?P<unit>[^\d\s，,。；;:：()（）]{1,4}?)\s?[，,]\s?其中[:：]?")
_BREAKDOWN_RE = re.compile(r"(?:包括|其中|含)[:：]?")
_DETAILS_RE = re.compile(r"[，,]\s?(?:具体(?:情况)?(?:为|是|如下)|主要包括|包括|分别为|分别是)[:：]")
_FIGURE_RE = re.compile(r"\d[\d.]*\s?(?:万亿|亿|万|千)?(?:元|个|项|亩|公里|平方米|家|所|座|处|人|吨)")


def owning_figure(t: str, qstart: int) -> tuple[int, int] | None:
    """The span of the figure whose kind ``t[qstart:]`` shares: the project count a ``总投资`` follows, the total a
    bracketed breakdown (``(包括:…``, ``(其中…``, ``(含…``) opens after, the total a ``具体情况为:`` details;
    None when it stands on its own."""
    count = _COUNT_TOTAL_RE.search(t, max(0, qstart - 40), qstart)
    if count:
        n = "n" if count.group("n") else "m"
        return count.start(n), count.end(n) + 1
    opened = _open_bracket(t, qstart)
    if opened is not None and _BREAKDOWN_RE.match(t, opened + 1):
        total = _FIGURE_BEFORE_RE.search(t, max(0, opened - 24), opened)
        return (total.start("n"), total.end("unit")) if total else None
    # 总投资2.83亿元,其中争取省以上投资…1.99亿元,地方配套资金0.84亿元 (2304): the parts 其中 opens, in the total's unit
    reach = max(0, qstart - 80)
    reach = max([reach] + [t.rfind(ch, reach, qstart) + 1 for ch in "。；;\n"])
    among = max(_AMONG_RE.finditer(t, reach, qstart), key=lambda m: m.start(), default=None)
    own = _FIGURE_AT_RE.match(t, qstart, qstart + 40) if among is not None else None
    if among is not None and own is not None and among["unit"][-1] in own["unit"]:
        return among.start("n"), among.end("unit")
    # 计划投入660万元重点做好城乡绿化工程,具体情况为:…工程,建设面积73亩,投入资金49.7万元;…: the plan's details
    full = max(t.rfind("。", 0, qstart), t.rfind("\n", 0, qstart)) + 1
    details = list(_DETAILS_RE.finditer(t, max(full, qstart - 400), qstart))
    if not details:
        return None
    lead = t[clause_start(t, details[-1].start(), "。；;\n，,") : details[-1].start()]
    figures = list(_FIGURE_RE.finditer(lead))
    if not figures:
        return None
    at = details[-1].start() - len(lead)
    return at + figures[-1].start(), at + figures[-1].end()


def _open_bracket(t: str, pos: int) -> int | None:
    """Where the bracket still open at ``pos`` opens (within its sentence's reach, at most 160 characters back)."""
    depth = 0
    for i in range(pos - 1, max(-1, pos - 161), -1):
        ch = t[i]
        if ch in "。\n":
            return None
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                return i
            depth -= 1
    return None


_PLAN_IS_RE = re.compile(r"(?:计划|任务|目标)(?:数)?(?:为|是)[:：]?(?=[^，,。；;\d]{1,12}\d)")
_GAP_RE = re.compile(r"[ \u3000]+")
# what a text says stands now (目前, 当前, at a clause's head) and the words that still aim after it (目前…,力争…)
_NOW_RE = re.compile(r"(?:^|(?<=[，,。；;:：\s]))(?:目前|当前|现阶段)")
_NOW_AIM_RE = re.compile(_names.TARGET_RE.pattern + r"|要|将|争取|努力|计划")
_AIM_CLAUSE_ACTUAL_RE = re.compile(r"实际|已经?|完成了|实现了|同比|比上年|较上年|累计|截[至止]")
