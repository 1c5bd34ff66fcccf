"""Context of a quantity: clause bounds, change verbs, name, period and target/actual kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from models.suggest import _kind_cues as _kc
from models.suggest import _names
from models.suggest._budgets import budget_sum
from models.suggest._excluded import TIME_LIMIT_AFTER_RE
from models.suggest._frequency_names import frequency_name
from models.suggest._joined_names import joined_name
from models.suggest._plans import aims_named_after, text_reports_only
from models.suggest._relative_names import relative_name
from models.suggest._text import CLAUSE_END, SENTENCE_END, Spans, sentence_start
from models.suggest._verb_objects import verb_object

POS = (
    "净增加|(?<!加)快|(?<![稳保促负])增长|提高|上升|增加|提升|扩大|上涨|回升|"
    "增收|增支|增产|增投|增量|上浮|高于|高出|递增|净增|多增|多(?!达)|(?<![新稳保促])增|涨"
)
NEG = (
    "负增长|净减少|(?<!加)慢|下降|减少|回落|下滑|降低|下跌|低于|低出|递减|压减|压缩|削减|缩减|精简|净减|"
    "减产|减收|减支|下浮|少增|减|(?<![起升])降(?!水)"
)
_FROM_RE = re.compile(r"(?:由|从)(?:\d{4}年(?:底|末)?|上年|去年|年初)?(?:的)?(?:每[^\d,，。；;]{1,6})?$")
_SCOPE = r"(?:全[省州市国县区]|全国|全省|全市|中部|西部|东部|同类[^\d,，。、]{0,4}|于?(?:序时|时序|时间)进度)"
# 增长(可比价)9.8%, 增长(同口径)16.53%: the basis of a change noted in brackets between its verb and figure
# (增长(下同)7.6%: or the note that it holds for the figures below, 490)
BASIS_NOTE = r"(?:[(（](?:同口径|可比价?|按[^()（）]{1,8}计算?|下同)[)）])"
# What a change is compared with, as a grammar (a comparator, a base, 同期, a closing word, a running total): 比上年,
# 与去年同期比较 (1592), 同比去年 (1590), 比上月止累计 (1532), 较上年决算数.
COMPARED = (
    r"(?:同比|比|较|与|同)(?:(?:上年|去年)(?:末|底)?|上月|(?:年初|调整)?预算数?|年初|上季度|一季度|上半年|前三季度"
    r"|\d{4}年(?:底|末)?)(?:同期)?(?:相比|比较|相较)?(?:决算数?)?(?:止?累计)?"
)
# (收支较上年决算数 减少684.52万元: a 决算's change against last year's final accounts, a PDF's blank before it)
CHANGE_BEFORE_RE = re.compile(
    rf"(?P<subject>降幅|增幅|增速|跌幅)?(?:同比|环比|{COMPARED}\s?|分别)?"
    rf"(?:同口径|可比价?|按(?:可比|不变)(?:口径|价格?)计算)?(?:分别)?(?:微|略有|略|小幅|大幅)?(?P<verb>{POS}|{NEG}|收窄|扩大)(?:了)?{BASIS_NOTE}?(?:达到|达|为)?(?:约|近|超过|超)?"
    rf"(?P<scope>{_SCOPE}(?:[、和及]{_SCOPE})*)?(?P<avg>平均)?(?:水平)?(?:的)?$"
)


@dataclass
class Item:
    """A found indicator while spans, names and changes are still being merged."""

    start: int
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.6
    qty_start: int = 0


def sign(verb: str, subject: str | None) -> int:
    """+1 or -1: the figure grew or shrank (a decline that narrowed shrank: ``降幅收窄0.8个百分点`` → −0.8)."""
    if verb == "收窄":
        return -1
    if verb == "扩大":
        return 1
    return -1 if re.fullmatch(NEG, verb) else 1


def clause_start(t: str, pos: int, stop: str = CLAUSE_END) -> int:
    """Where the clause holding ``pos`` starts: after the last ``stop`` character, at most 40 characters back."""
    i = pos - 1
    while i >= 0 and t[i] not in stop and pos - i < 40:
        i -= 1
    return i + 1


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
        and not _names.ACTUAL_RE.search(clause)
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
    if _kc.task_figure(t, sent, clause, qstart, qend) or _kc.handed_down(t, sent, qstart, qend):
        is_target = True  # 完成市下达的30亿元的任务, 县委政府安排我镇减少贫困人口3858人: the task's own figure
    if "现有" in clause and not _names.TARGET_RE.search(clause):
        is_target = False  # 在现有…等62项服务的基础上 (in a plan): the stock there is now, the base of the aim
    attrs["kind"] = "target" if is_target else "actual"
    return attrs


_PLAN_IS_RE = re.compile(r"(?:计划|任务|目标)(?:数)?(?:为|是)[:：]?(?=[^，,。；;\d]{1,12}\d)")
_GAP_RE = re.compile(r"[ \u3000]+")
_AIM_CLAUSE_ACTUAL_RE = re.compile(r"实际|已经?|完成了|实现了|同比|比上年|较上年|累计|截[至止]")
_YEAR_BEFORE_VERB_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\d{4}年(?:底|末|度)?(?=(?:已经?)?(?:达到|达|为|增至|增加到|突破|实现|完成)?$)"
)
_BY_YEAR_END_RE = re.compile(r"(?:至|到|于)\d{4}年(?:底|末|前)?(?P<rest>[^\d]{0,4})$")
_PER_HEAD_END_RE = re.compile(r"(?:全年|当年|年|月)?(?P<per>人均|户均)(?:每?[年月])?$")
_PER_RE = re.compile(r"每[十百千万]?(?:人口|人|户|家庭|平方公里|公顷)[\u4e00-\u9fff]{0,6}?(?P<verb>拥有|有|配备)?$")
# 地区生产总值(GDP), 性别比(以女性为100,男性对女性的比例): an abbreviation or the base of a ratio
_TITLE_END_RE = re.compile(r"《(?P<title>[^《》\d]{2,20})》$")
# …; 财政收入(不含基金)2.01亿元: a qualifier of the quantity (no figure in it, no list label)
_ABBR_RE = re.compile(
    r"[(（](?:[A-Za-z][A-Za-z0-9.]{1,7}|以[^()（）]{2,28}|(?![一二三四五六七八九十]+[)）])[^()（）\d,，。；;、]{2,12})[)）]$"
)


# the base of a from/to named by a quoted plan period: 由“八五”期末的833亿元, 从“十二五”末的
QUOTED_FROM_RE = re.compile(r"(?:由|从)“[^“”\d]{1,8}”[^,，。；;\d“”]{0,4}$")


def name_for(t: str, qstart: int, qend: int, list_mode: bool = False) -> tuple[str, int, float]:
    """The name of the figure ``t[qstart:qend]``, where the name starts, and a confidence adjustment (< 0: no name)."""
    frequency, at = frequency_name(t, qstart, qend)
    if frequency:
        return frequency, at, 0.0
    stop = CLAUSE_END.replace("、", "") if list_mode else CLAUSE_END
    quoted_from = QUOTED_FROM_RE.search(t, max(0, qstart - 20), qstart)
    anchor = quoted_from.start() if quoted_from else qstart  # the quotes do not end the clause of the name
    cs = clause_start(t, anchor, stop)
    abbr = _ABBR_RE.search(t, max(0, cs - 32), cs)
    if abbr:
        cs = clause_start(t, abbr.start(), stop)  # 地区生产总值(GDP)221.23亿元: the name is before the abbreviation
    clause = t[cs:anchor].rstrip()
    if abbr and not _names.CODE_RE.fullmatch(abbr.group(0)):  # (细颗粒物(PM2.5)浓度: a pollutant's code stays)
        clause = clause.replace(abbr.group(0), "", 1)  # the name starts before it: its offset is kept
    cm = CHANGE_BEFORE_RE.search(clause)
    if cm:
        clause = clause[: cm.start()]
    fm = _FROM_RE.search(clause)  # 养老金由2010年的1264元: the name is what precedes 由
    if fm:
        clause = clause[: fm.start()]
    by_year = _BY_YEAR_END_RE.search(clause)  # 在校生至2020年达1.2万人: the deadline is no part of the name
    if by_year and by_year.start() > 0:
        clause = clause[: by_year.start()] + by_year.group("rest")
    # 农民人均纯收入1984年达到320元: the year between the name and its verb is no part of the name
    clause = _YEAR_BEFORE_VERB_RE.sub("", clause)
    per_head = _PER_HEAD_END_RE.search(clause)  # 生活补贴人均月增200元: the name is what precedes 人均
    if per_head and per_head.start() > 0:
        clause = clause[: per_head.start()]
    name, offset, by_qty = _names.name_before(clause, enumeration=list_mode)
    if not list_mode:
        name, offset = relative_name(clause, name, offset)  # 产值过亿元的企业: what the clause says of it
    size_class = _SIZE_CLASS_NAME_RE.search(clause) if by_qty or len(name) < 2 else None
    if size_class:
        # 50头以上黄牛养殖企业共有42家, 达到100万元的村2个: the members of a size class are counted
        return _CLASS_VERB_RE.sub("", size_class.group(0)), cs + size_class.start(), 0.0
    if per_head and per_head.start() > 0 and name:
        name += per_head.group("per")
    # “10+”个平台: the noun follows; 辖8个行政村: a one-character verb names nothing
    years = bool(_YEARS_ONLY_RE.fullmatch(name))  # 五年共有29所学校…: a span of years names nothing
    # 实施832个老旧小区改造: a verb alone before the figure names nothing, what it acts on follows
    # (重点实施5个…, 全面完成3.4万平方米…, 年内完成2万平方米…: an adverb or the year's span before it changes nothing)
    bare = _ADVERB_RE.sub("", name)
    lone_verb = bare in _names.LEAD or bare in _names.LONE_VERBS or (bare == "" and bool(name))
    if len(name) < 2 or by_qty or years or lone_verb or clause.rstrip().endswith("的") or t[qstart] == "“":
        did = _FIRMS_DID_RE.match(t, qend)
        if did and not re.search(r"\d\s?[万亿]?元", did.group("did")):
            # 29家企业申报质量信用A级: the firms are named by what they did (…获得贷款85.89亿元: a figure of its own)
            return re.sub(r"(?:工作|任务)$", "", did.group("did")) + did.group("who"), qstart, 0.0
        doers = _DOERS_OPEN_RE.search(clause) is not None and _DOERS_RE.search(t, qstart, qend) is not None
        after = _names.name_after(t[qend : qend + 24], doers=doers)
        if after:
            return after, qstart, 0.0
    deed = verb_object(t, name, cs + offset, qstart, qend, list_mode) if bare == name else None
    if deed:  # 组建13支理论宣讲小分队, 新装100套移动抓拍电子监控设备: a verb alone acts on what follows the figure
        return deed, cs + offset, 0.0
    if not name and cs > 0 and t[cs - 1] == "”" and not clause.strip("比较同年上去底末0123456789"):
        # “三公经费”较2010年下降65.6%: the quoted term is the name
        open_at = t.rfind("“", max(0, cs - 16), cs - 1)
        if open_at >= 0:
            return t[open_at + 1 : cs - 1], open_at, 0.0
    title = _TITLE_END_RE.search(t, max(0, cs - 24), cs) if not name and not clause.strip() else None
    if title:
        # 发布《重要气象信息》31期: the issues of a publication are counted by its title
        return title.group("title"), title.start(), 0.0
    if not name:
        return "", qstart, -0.2
    per = _PER_RE.search(t, max(0, cs - 2), cs + offset)  # 每万人口拥有执业医师28.6人: the name keeps its base
    if per:
        return t[per.start() : cs + offset].replace(per.group("verb") or "", "", 1) + name, per.start(), 0.0
    if not list_mode:  # 城乡低保、特困对象597名, 转移支付等资金: a run of names shares the one figure
        name = joined_name(t, cs + offset, name, qstart, qend)
    return name, cs + offset, 0.0


_FIRMS_DID_RE = re.compile(
    r"(?P<who>企业|单位)(?P<did>(?:获评|获批|获得|申报|入选|通过|完成|参加|纳入|被?认定为|签约|列入|荣获)"
    r"[^，,。；;：:、\n]{2,20}?)(?=[，,。；;\n]|$)"
)
_ADVERB_RE = re.compile(r"^(?:年内|全年|年底前|今年|重点|全面|着力|加快|积极|集中|陆续|继续|同步)+")
_YEARS_ONLY_RE = re.compile(r"(?:近|这|过去)?[一二两三四五六七八九十\d]{1,3}年(?:来|间|内)?")
_SIZE_CLASS_NAME_RE = re.compile(  # never a period (1-4月, 2020年以来)
    r"(?:(?:达到|超过|超)?\d[\d.]*(?:[-—~～至]\d[\d.]*)?(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?"
    r"(?:及以上|以上|以下|以内)的?"
    r"|(?:达到|超过|超)\d[\d.]*(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?的"
    r"|\d[\d.]*[-—~～至]\d[\d.]*(?:万亿|亿|万|千)?(?![月日年号季时])[\u4e00-\u9fff]{0,3}?的?)"
    r"[\u4e00-\u9fff“”]{0,10}?(?:共有|共|有|达|为)?$"
)
_CLASS_VERB_RE = re.compile(r"(?:共有|共|有|达|为)$")
# a count opening its clause (after a list of names and 等, a time or scope word, 有): its members are the subject
_DOERS_OPEN_RE = re.compile(
    r"(?:^|等)[\s,，]*(?:(?:共有|已有|另有|有|共|已|累计|全年|今年|年内|目前|全[省市县区镇乡]|我[省市县区镇乡])\s*)*$"
)
_DOERS_RE = re.compile(r"[个家名位项][(（]?$")  # members counted one by one: firms, people, projects
