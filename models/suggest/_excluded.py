"""Figures that are not indicators: codes, names of projects and zones, scopes, slogans, conditions, rhetoric."""

from __future__ import annotations

import re

from models.suggest._audit_scope import AUDIT_SCOPE_UNITS, audit_scope_count
from models.suggest._classes import class_bound, size_class
from models.suggest._durations import duration_excluded
from models.suggest._named_counts import restates_names
from models.suggest._page_figures import (
    base_rate_in_brackets,
    deputies_gathered,
    in_attendance,
    in_quorum_statement,
    page_counter,
)
from models.suggest._policy_terms import CONDITION_AFTER_RE, policy_condition, policy_rate
from models.suggest._programme_counts import frames_breakdown, frames_programme
from models.suggest._scope_counts import (
    announces_list,
    counts_statistics,
    frames_own_figure,
    kept_under_supervision,
    object_of_action,
    partners_of_action,
    set_compared_over,
    subdivisions_all_inspected,
    survey_respondents,
)
from models.suggest._text import in_quotes
from models.suggest._word_figures import population_named, word_figure_excluded
from models.suggest.numbers import UNITS

# a capacity or size inside a project's name: 大唐700万吨露天矿, 5万只现代化养鸡场, 日处理3万吨水厂
_FACILITY_RE = re.compile(
    r"(?:、[^\d\s,，。；;、]{1,8}[\d.]+[万亿]?(?:千瓦|吨|立方米|标箱))*"  # 华盛2万千瓦、华能20万千瓦风电
    r"[^\s,，。；;、：:()（）“”]{0,12}?(?:项目|工程|露天矿|矿|厂|生产线|(?:养殖|[鸡鸭鹅猪牛羊兔])场|园区|电站|机组|基地"
    r"|风电|光伏|水电|火电)"
)
# the people a per-capita figure is taken over: 2.2万脱贫人口人均纯收入19701元
_PER_CAPITA_AFTER_RE = re.compile(r"[^\d\s,，。；;、]{1,10}?(?:人均|户均)")
# the rest of a clause that states a figure of its own (what a threshold before it delimits)
_STAT_AHEAD_RE = re.compile(r"[^\d,，。；;]{1,24}?\d")
# the whole a counted part is taken of: 10家省实验室余杭占4席
_PART_OF_RE = re.compile(r"[^\d\s,，。；;、]{1,12}?占(?:\d+|[一二两三四五六七八九十]+)[个家席项名所座]")
# the group a plan is aimed at: 以全市…的7600多名持证残疾人为主要对象
_AIMED_AT_RE = re.compile(r"[^\d,，。；;]{1,16}?为(?:主要|重点)?(?:服务)?(?:对象|目标群体|群体)")
_CAPACITY_BASES = frozenset({"吨", "千瓦", "千瓦时", "辆", "只", "头", "立方米", "标箱"})
# machines a production line is named by: 3000台牧业机械生产线 (174台拼接屏 is a count)
_LINE_AFTER_RE = re.compile(r"[^\s\d,，。；;、：:()（）“”]{0,8}?生产线")
_ZONE_RE = re.compile(
    r"[^\s,，。；;、：:()（）“”]{0,6}?(?:起步区|文化区|新区|片区|航道|水深|等高线)"
    r"|(?:[^\s,，。；;、：:()（）“”和]{1,8}?和[\d.]+万?亩)?"  # 沿淮40万亩优质小麦和10万亩优质蔬菜生产带
    # 沿淮30万亩优质稻生产区, 810万亩粮食生产功能区
    r"[^\s,，。；;、：:()（）“”和]{1,8}?(?:生产区|生产带|产业带|种植带|种植区|良繁区|制种区|功能区|保护区)"
)
# a project named by its size in a list of projects: 400万吨褐煤提质、5万千瓦风电…等项目, 奋斗镇1万亩节水灌溉…等项目
_PROJECT_AHEAD_RE = re.compile(r"(?!以上|以下|左右|以内)[\u4e00-\u9fff][^。；;，,]{0,60}?(?:项目|工程)")
# the size every one of the counted things has (建成500亩野生连翘抚育示范基地2个, 年产3.6万吨的…龙头企业1家): it
# names the class, the count after it is the indicator (1981; 617; the capacity-in-a-name rule of set 9)
_SIZE_OF_COUNTED_RE = re.compile(
    r"的?[^\d\s,，。；;、:：()（）]{1,12}?(?:基地|园区|园|企业|厂|场|站|示范点|示范区|中心|小区)"
    r"(?:\d+|[一二两三四五六七八九十])(?:个|座|家|处|所)"
)
_PLACE_BEFORE_RE = re.compile(r"(?:[镇乡村旗]|办事处|街道|林场|牧场|兴安岭)$")
# items a plan or document contains, not a measured result: 21条措施, 28条配套规定, 106项卫生标准
_CONTENTS_RE = re.compile(
    # (11个乡镇街道高标准通过考评, 标准化: how a thing was done, no standards counted)
    r"[^\s,，。；;]{0,10}?(?:措施|举措|意见|规定|政策|条款|(?<!高)标准(?!化)|重点工作|重点任务|民生实事|大奖|奖项)"
)
# a count that only delimits the scope: 全国261个地级市中, 22个国省考断面平均水质, 41个行业中有30个 (the part
# counted is the figure after it), 全省10个试点县之一 (the size of the group the subject belongs to)
_SAMPLING_AFTER_RE = re.compile(r"(?:的)?(?:人口)?(?:变动)?(?:抽样|抽查)(?:调查)?")
_SCOPE_COUNT_RE = re.compile(
    # (34个工业行业大类中20个行业实现增长, 154种主要工业品中66种: the part counted right after 中, 1380;
    # 11个项目中已有8个完成…, 2304)
    r"(?:[^\s\d,，。；;、(（]|[(（][^()（）]{1,8}[)）]){1,12}?(?:(?:中|之中)(?=[排位居列稳继仍始,，的第]|已?有?\s?\d)|平均)"
    # 6个国考断面达标率、…均为100%, 836个基层党组织达标率100% (1790)
    r"|[^\s\d,，。；;、(（的]{1,10}?(?:率|比例)(?=[、和及均都为达保稳]|\s?\d)"
    r"|(?:(?!是|为|属|成为|列为|被)[^\s,，。；;：:\n]){1,30}?之一"  # no verb between: 新建3个园区是…之一 counts
)
# a count of standing units whose own amount is the figure (全区27家规模以上企业实现产值49.45亿元, 75家龙头企业年销售
# 收入18.4亿元): the units set the scope (gold README, "Counts that set a scope"); projects that completed an
# investment (158个重点项目完成投资189.4亿元) are counted (README, counts); an aside may follow the units (2113)
_UNITS_AMOUNT_RE = re.compile(
    r"[^\s\d,，。；;、]{0,12}?(?:企业|单位|园区|产业园|园|公司|合作社|集群)(?:[(（][^()（）]{1,30}[)）])?"
    r"(?:共|累计|合计|全年|当年)?(?:实现|完成)?了?"
    r"(?:全年|年|当年)?[^\s\d,，。；;、]{0,6}?(?:产值|增加值|销售收入|营业收入|主营业务收入|利润|利税|税收|零售额|出口额|营收)"
    r"(?:达到?|为|约|近|超过?)?\d"
)
# the items of a plan that were carried out: 完成省市下达的12项民生实事, 办结…重点任务 (a count of what was done)
_DONE_BEFORE_RE = re.compile(r"(?:完成|办结|办好|兑现|落实完成|全部完成)[^\d,，。；;]{0,10}$")
# a count of indicators closing the list that names them (工业增加值、工业投资、…收入3项指标增速全市第一): it restates
# the list, it measures nothing (with 等 it counts more than the list names: 等8项主要经济指标, 1535)
_INDICATOR_COUNT_RE = re.compile(r"(?:主要)?(?:经济)?指标(?!体系)")
_NAMES_LISTED_RE = re.compile(r"、[^、,，。；;:：\d\s]{1,16}(?<!等)$")
_HUNDREDS_COUNTED_RE = re.compile(r"[两二三四五六七八九十]{1,3}个\s?[“\"]?$")
_RATES_LISTED_RE = re.compile(r"、[^、,，。；;:：\d\s]{1,16}$")
_SYSTEM_AFTER_RE = re.compile(
    r"[^\d,，。；;、]{0,10}?(?:指标|评价|考核|评估)体系"
    # the items a list or a ledger holds: 建立了128项工作项目台账 (1759), 细化58项学习任务清单 (1626); 清单31个
    # counts lists
    r"|[^\d,，。；;、和及与内将把对在从]{0,8}?(?:台账|清单)(?![外中内])"  # (1个自然月内将申报清单: 1250)
)
_AROUND_BEFORE_RE = re.compile(r"围绕[^\d,，。；;]{1,30}等$")
# (分解为14项, 责任目标为2项, 牵头工作有3项: the items a task is broken into, the targets or tasks one is given)
_CONTENTS_VERB_RE = re.compile(
    r"(?:提出|排定|制定|出台|推出|印发|明确|包括|涵盖|细化|推进|划分为|分为|划为|分解[为成]?"
    r"|(?:责任目标|目标任务|牵头工作|工作任务)(?:为|有|共有|共))$"
)
# the items a plan is broken into, the noun before the count: (分解任务15项), 细化工作措施20条 (确定事项405项 are a
# meeting's decisions, 梳理…事项清单31个 a list drawn up: counted)
_CONTENTS_NOUN_BEFORE_RE = re.compile(r"(?:分解|细化|排定|明确)[^\d,，。；;]{0,12}?(?:任务|措施|举措)(?:共|为)?$")
# 推进15个棚改区域, 推进34个市级重点项目: what is pushed on is being built (counted), unlike 推进76项重点任务
_PUSHED_ON_RE = re.compile(r"[^\d,，。；;、]{0,8}?(?:项目|区域|片区|小区|工程)")
# the money qualifying what follows (投资超5亿元的项目, 100亿元或10亿美元以上项目)
_QUALIFIER_RE = re.compile(r"(?:或[\d.]+[万亿]?美?元)?(?:以上|以下)的?(?:[^\s,，。；;、]{0,4}项目|企业)|或[\d.]")
# money then 以上 and a noun (not an aim: 100亿元以上目标): the size class of what a statistic or a rule covers;
# before it the whole place or the measure the class is cut by (全县500万元以上固定资产投资, 统计口径为年主营业务收入
# 2000万元及以上工业企业, 对投资额60万元以上的新增政府投资工程: 1179, 1295, 1381, 1778)
_MONEY_CLASS_AFTER_RE = re.compile(r"(?:及)?以上(?:[(（]含[)）])?的?(?!目标|任务|水平|规模|增长|增幅)[\u4e00-\u9fff]")
_MONEY_CLASS_BEFORE_RE = re.compile(r"(?:[全我][省市州盟县区旗镇乡]|收入|总投资|投资额?|计划)$")
_BAND_CLASS_RE = re.compile(r"的?[^\d,，。；;、]{0,4}?(?:项目|企业|工程)")
# (营业收入超5亿元的临空服务业企业100家, 超300亿元服务业集聚区9家, 产值过500亿元企业增加到4户: 的 may be left out)
_CLASS_AFTER_RE = re.compile(
    r"的(?:[^\d,，。；;、]{0,6}?)(?:项目|产业|企业|园区|集群|行业|集聚区)"
    r"|(?:[^\d,，。；;、的]{0,6}?)(?:企业|集聚区|园区|集群)(?=[^\d,，。；;]{0,6}\d)"
)
# (3个万亿级台阶, 两个百亿台阶: the tiers a total climbed, rhetoric of thresholds passed: 2245, 1769, 1817, 702)
_BAD_AFTER: dict[str, re.Pattern[str]] = {
    "个": re.compile(
        r"月|小时|工作日|星期|季度|方面|意识|自信|维护|百年|一|位次|阶段|层次|环节|领域|[“”十百千万亿元级新]{0,6}台阶"
    ),
    "台": re.compile(r"阶"),
    "部": re.compile(r"[门署委分位长队级]"),
    "本": re.compile(r"[科土级届地次年月市县区人身]"),
    "方": re.compile(r"[面案式向针]"),
    "期": re.compile(r"[间限末中]"),
    "年": re.compile(r"[^,，。；;、)）\n]"),
    "岁": re.compile(r"[^,，。；;、)）\n]"),
    "门": re.compile(r"[类户口]"),
    "床": re.compile(r"[位头]"),  # 300床位: the beds are counted in 张
    "间": re.compile(r"[隔距]"),
    "条": re.compile(r"[例件款]"),
    "项": re.compile(r"[目]"),
    "天": re.compile(r"[内后前来之里中起时]|以[内来后前]"),
    "小时": re.compile(r"[内后前来之里中起]|以[内来后前]"),
    # 15分钟生活圈, 10分钟健身圈: the time names the area served
    "分钟": re.compile(r"[内后前来之里中起]|以[内来后前]|[^\d,，。；;、]{0,4}圈"),
}
# 完成16个省级基层体育设施建设项目,包括2个村级全民健身广场: the breakdown of a total that was done
_DONE_TOTAL_BEFORE_RE = re.compile(r"(?:完成|建成|实施了?)\d+[个项条][^\d,，。；;]{1,20}[,，]\s*(?:包括|涵盖)$")
# a total's breakdown: in brackets right after it (审计10个(包括1个本级…、5个科目审计), 1070; 281所(含97个教学点), 738),
# or a 、 run of parts closed by 在内的 and the total (包括190个国家、56个国际组织在内的246个官方参展者, 2236)
_TOTAL_BRACKET_BEFORE_RE = re.compile(r"\d[个项条家所名人座处][(（](?:包括|涵盖)[:：]?$")
_PARTS_IN_TOTAL_AFTER_RE = re.compile(
    r"[^\d,，。；;、()（）]{1,12}(?:、[\d一二两三四五六七八九十]+[个项条家所名人座处][^\d,，。；;、()（）]{1,12})+"
    r"在内的[\d一二两三四五六七八九十]+[个项条家所名人座处]"
)
# a bracketed weight in a formula: 分值=日常监测（60%）+实地调研（20%）+民意调查（10%）
_FORMULA_AFTER_RE = re.compile(r"[)）]\s*[+＋÷×]")
_FORMULA_BEFORE_RE = re.compile(r"[=＝+＋][^=＝+＋\s，,。；;()（）]{1,12}[(（]$")
# a time limit a rule sets: 符合条件的48小时内放行, 3个工作日内办结 (what is to be done within it)
TIME_LIMIT_AFTER_RE = re.compile(
    r"(?:以)?内(?:予以|给予|即可|必须|须|应)?(?:放行|办结|答复|办理|完成|到达|到场|响应|处置|审批|审结|反馈|回复|发放|兑现|受理|出具|作出|办复|结案|通关)(?!了)"
)
_ISSUED_BEFORE_RE = re.compile(r"(?:举办|开展|播出|培训|出版|刊发|编发|编印|开办|发了)[^\d,，。；;]{0,10}$")
_SET_UNITS = frozenset({"个", "家", "所", "项", "种", "类", "条"})


def _in_cited_title(t: str, s: int) -> bool:
    """Whether ``s`` lies inside 《…》, the title of a document or a work the text cites."""
    left = t.rfind("《", max(0, s - 60), s)
    return left >= 0 and "》" not in t[left:s] and "》" in t[s : s + 60] and "\n" not in t[left:s]


def _in_slogan(t: str, s: int) -> bool:
    """``推进“1个目标、2条路径、3项任务”``: figures listed inside a quoted slogan name its parts."""
    left = t.rfind("“", max(0, s - 30), s)
    if left < 0 or "”" in t[left:s]:
        return False
    right = t.find("”", s, s + 30)
    content = t[left + 1 : right]
    return (
        right >= 0
        and not re.search(r"[，,。；;：:]", content)
        and len(re.findall(r"\d+", content)) >= 2
        and bool(re.search(r"[、+＋]", content))
    )


# a size inside the name of a rate that follows: 公共交通站点500米覆盖率达到95%, 15分钟生活圈覆盖率90%
_RATE_AHEAD_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:率|比例|比重)(?:达到?|为|提高到|提升到|提高至|保持在|超过|稳定在)?\s*[\d.]+\s?%"
)
# the threshold a share of units reaches: 80%的社区办公用房达到300平方米以上
_SHARE_REACHING_RE = re.compile(r"[\d.]+%的[^\d,，。；;]{1,16}?(?:达到|达|超过|在)$")
# the bar a counted set of units passes (8个市县…增速超过50%, 有5个类别增幅超过30%): the count is the figure
_COUNT_PASSING_RE = re.compile(
    r"(?:^|[，,。；;：:\n有])\d+(?:个|家|项|类|所|座)[^\d，,。；;]{0,20}?(?:增速|增幅|增长率|率|比重|占比)(?:均|都)?"
    r"(?:超过|超|达到|高于|在)$"
)
# a distance or size that bounds an area: 沿江1公里范围内, 半径500米以内的
_AREA_BOUND_RE = re.compile(r"(?:范围|半径|以内的|之内|内的|范围内)")

_LATIN_NAMED_RE = re.compile(r"[A-Z]{2,}[\u4e00-\u9fff]|[A-Z][级类型]")


# milestones counted (五年跨越两个千亿元台阶, 跨越了两千亿元和三千亿元两个台阶, 五年间连上3个万亿级台阶 2245): the steps
# passed restate the level
_STEPS_RE = re.compile(
    r"(?:跨越|跨上|跨过|迈上|迈过|跃上|登上|连上|连跨|连续(?:跨越|迈上))了?[^,，。；;]{0,14}?(?:\d+|[两二三四五六七八九十]+)个[^,，。；;\d]{0,8}台阶"
)


def _in_steps(t: str, s: int, e: int) -> bool:
    return any(m.start() <= s and e <= m.end() for m in _STEPS_RE.finditer(t, max(0, s - 16), min(len(t), e + 24)))


# what a meeting's attendance is counted in: people, and the units they came from (55家单位负责人参加了会议)
_ATTENDANCE_UNITS = frozenset(("人", "名", "位", "个", "個", "家"))


def excluded(t: str, s: int, e: int, num: str, unit: str) -> bool:
    """Whether the figure ``t[s:e]`` (its number ``num`` and ``unit`` as written) is no indicator."""
    prev = t[s - 1] if s else ""
    nxt = t[e] if e < len(t) else ""
    if page_counter(t, s, unit) or base_rate_in_brackets(t, s, e, unit) or _in_steps(t, s, e):
        return True
    # (a point after a word is a half-width copy's full stop: 重点工作.12名区级领导…)
    full_stop = prev == "." and s >= 2 and "\u4e00" <= t[s - 2] <= "\u9fff"
    # 其中:12个镇、4个乡 (2364): the colon opens a breakdown's parts, no time or ratio (8:30, 16.99:44.58)
    full_stop = full_stop or (prev == ":" and t[max(0, s - 3) : s - 1] == "其中")
    if prev and ((prev.isascii() and (prev.isdigit() or prev in ".:/-_") and not full_stop) or prev in "第〔[#"):
        return True
    if prev.isascii() and prev.isalpha() and not (s >= 2 and t[s - 2].isascii() and t[s - 2].isalpha()):
        return True  # A3, G20: a code; GDP28.34亿元 is a figure
    letter_after = nxt.isascii() and nxt.isalpha() and (unit.isascii() or UNITS[unit].kind != "measure")
    if letter_after and unit not in ("万", "万亿", "倍") and UNITS[unit].kind == "count":
        letter_after = not _LATIN_NAMED_RE.match(t, e)  # 铺设83台AED设备, 包保45家B级…主体: the thing counted
    if (nxt and nxt in "〕]号") or letter_after or (unit.endswith("人") and nxt == "民"):
        return True
    bad = _BAD_AFTER.get(unit[-1:] if unit[-1:] in "年岁台" else unit)
    if bad and bad.match(t, e) and not (unit in ("天", "小时", "分钟") and TIME_LIMIT_AFTER_RE.match(t, e)):
        return True
    kind = UNITS[unit].kind
    base = UNITS[unit].base
    if class_bound(t, s, e, unit):
        return True
    if kind == "count" and unit[-1:] in "人名" and in_quorum_statement(t, s, e):
        return True  # 会议应到代表180名,出席大会代表165名,…,符合法定人数: a session's roll call, no result
    if kind == "count" and unit in _ATTENDANCE_UNITS and (in_attendance(t, s, e) or deputies_gathered(t, s, e)):
        return True  # …共76人参加了会议, 出席大会的268名人大代表, 300多名人大代表汇聚一堂: who attended the meeting
    if kind == "percent" and _SAMPLING_AFTER_RE.match(t, e):
        return True  # 据5‰人口变动抽样调查推算: the survey is named by its sampling rate
    if kind not in ("percent", "points") and in_quotes(t, s, 8) and "，" not in t[max(0, s - 8) : e + 8]:
        return True  # “重点工作5张报表”, “1个中心3张清单”: a figure inside a short quoted name
    if kind not in ("percent", "points") and _in_slogan(t, s):
        return True
    if _in_cited_title(t, s):
        return True  # 《国务院关于同意在石家庄等24个城市设立…的批复》: a figure in the title of a document cited
    if base in _CAPACITY_BASES and _FACILITY_RE.match(t, e):
        return True
    if base in ("台", "台套", "套") and _LINE_AFTER_RE.match(t, e):
        return True
    if (base in _CAPACITY_BASES or (kind == "measure" and _PLACE_BEFORE_RE.search(t, max(0, s - 3), s))) and (
        _PROJECT_AHEAD_RE.match(t, e) and t[e] not in "余多的"
    ):
        return True
    if kind == "measure" and _SIZE_OF_COUNTED_RE.match(t, e):
        return True
    if kind == "measure" and _ZONE_RE.match(t, e):
        return True
    if kind == "measure" and _RATE_AHEAD_RE.match(t, e):
        return True  # 站点500米覆盖率达到95%: the distance names the rate
    if (
        kind in ("measure", "money", "count")
        and re.match(r"(?:及|或)?以[上下]", t[e : e + 3])
        and _SHARE_REACHING_RE.search(t, max(0, s - 24), s)
    ):
        return True  # 80%的社区办公用房达到300平方米以上: the share is the figure, the size its threshold
    if kind == "percent" and _COUNT_PASSING_RE.search(t, max(0, s - 40), s):
        return True
    if kind == "measure" and _AREA_BOUND_RE.match(t, e):
        return True  # 沿江1公里范围内化工企业: the area the statement is about
    if kind == "money" and policy_rate(t, s, e):
        return True
    if policy_condition(t, s, e):
        return True
    if kind == "money" and (
        _QUALIFIER_RE.match(t, e) or (re.search(r"(?:超过?|过)$", t[max(0, s - 2) : s]) and _CLASS_AFTER_RE.match(t, e))
    ):  # 投资超5亿元的项目, 过千亿元的产业达到11个: the money names the class counted
        return True
    if kind == "money" and re.search(r"\d[至\-—~－]", t[s:e]) and _BAND_CLASS_RE.match(t, e):
        return True  # 10至500万元项目累计投资0.54亿元, 1—10亿元项目4个: a band of sizes names the class (1619, 132)
    if kind == "money" and re.match(r"(?:及|或)?以上\d", t[e : e + 4]):
        return True  # 其中50亿元以上8个: the money is the class the count after it is of
    if (
        kind == "money"
        and _MONEY_CLASS_AFTER_RE.match(t, e)
        and (s == 0 or t[s - 1] in "。；;，,、：:\n" or _MONEY_CLASS_BEFORE_RE.search(t, max(0, s - 6), s))
    ):
        return True  # 500万元以上固定资产投资完成39.73亿元, 2000万元及以上的…企业: the class a statistic is of
    if (
        kind in ("count", "measure")
        and re.match(r"以[上下][\u4e00-\u9fff]", t[e : e + 3])
        and (s == 0 or t[s - 1] in "。；;，,：:\n")
        and _STAT_AHEAD_RE.match(t, e + 2)
    ):
        return True  # 200人以上自然村公路通达率达到100%: the threshold delimits what the figure after is of
    if kind in ("money", "measure", "count") and size_class(t, s, e):
        return True
    if CONDITION_AFTER_RE.match(t, e):
        return True  # 年主营业务收入首次超过2000万元的,一次性奖励…: the condition of a policy, not a result
    if restates_names(t, s, e, num, unit):
        return True
    if kind == "count" and _PART_OF_RE.match(t, e):
        return True  # 10家省实验室余杭占4席: the count is the whole the part is taken of
    if kind not in ("percent", "points", "money") and _PER_CAPITA_AFTER_RE.match(t, e):
        return True
    if kind not in ("percent", "points", "money") and _AIMED_AT_RE.match(t, e) and "以" in t[max(0, s - 24) : s]:
        return True
    if unit in ("条", "项", "个", "件", "笔") and announces_list(t, s, e):
        return True
    if partners_of_action(t, s, unit):
        return True  # 会同2家省分行, 伙同3户企业实控人: who joined the doer
    if unit in ("条", "项", "个") and (_SYSTEM_AFTER_RE.match(t, e) or _AROUND_BEFORE_RE.search(t, max(0, s - 34), s)):
        return True  # 搭建71项城市体检指标体系, 围绕…等7项任务, 128项项目台账: what a system, a plan or a list holds
    if (
        unit in ("条", "项", "个", "件")
        and (
            _CONTENTS_RE.match(t, e)
            or _CONTENTS_VERB_RE.search(t, max(0, s - 8), s)
            or _CONTENTS_NOUN_BEFORE_RE.search(t, max(0, s - 24), s)
        )
        and (unit != "件" or t.startswith(("民生实事", "实事"), e))  # 抓好10件民生实事: 件 counts only a plan's deeds
        and not (t.endswith("推进", 0, s) and _PUSHED_ON_RE.match(t, e))
        and not _DONE_BEFORE_RE.search(t, max(0, s - 16), s)
        and not _DONE_TOTAL_BEFORE_RE.search(t, max(0, s - 40), s)
        and not (_TOTAL_BRACKET_BEFORE_RE.search(t, max(0, s - 8), s) or _PARTS_IN_TOTAL_AFTER_RE.match(t, e))
        and not re.match(r"(?:具体)?整改", t[e : e + 4])  # 落实62条整改措施: what a finding brought about (205, 1555)
        and not object_of_action(t, s, e)  # 对50个政策项目开展事前评估: what the evaluation went over
    ):
        return True
    if (
        unit in ("条", "项")
        and re.match(r"[,，。；;、”)）\n]|$", t[e : e + 1])
        and re.search(r"(?:出台|制定|推出|印发)[^\d,，。；;]{1,12}$", t[max(0, s - 14) : s])
        and "整改" not in t[max(0, s - 10) : s]  # 被审计单位制定整改措施4条: what an audit brought about
    ):
        return True  # 出台稳增长20条: a package of measures
    if unit == "项" and _INDICATOR_COUNT_RE.match(t, e) and _NAMES_LISTED_RE.search(t, max(0, s - 40), s):
        return True  # A、B、C3项指标增速全市第一: the count of a list naming them all (等8项… counts more)
    counted = _HUNDREDS_COUNTED_RE.search(t, max(0, s - 6), s) if unit == "%" and num == "100" else None
    if counted and not _RATES_LISTED_RE.search(t, max(0, counted.start() - 40), counted.start()):
        return True  # 十二个100%硬任务中的三个100%: a slogan's count (覆盖率、免费率两个100% names its rates)
    if unit in _SET_UNITS and (_SCOPE_COUNT_RE.match(t, e) or set_compared_over(t, s, e)):
        return True
    if unit == "起" and set_compared_over(t, s, e):
        return (
            True  # 在2022年遭遇的7起疫情中,…: the incidents a part is taken from (2342), as a total framing its parts
        )
    if unit == "个" and subdivisions_all_inspected(t, s, e):
        return True  # 对全区4个乡镇、5个街道进行考核: all of the place's towns, the scope of the check
    if unit in ("家", "個") and survey_respondents(t, s, e):
        return True  # 普查…涉及1380家单位: the bodies a survey took in (个 above)
    if unit in ("项", "个") and counts_statistics(t, s, e):
        return True  # 等5项经济指标: the statistics a statement counts
    if unit in ("个", "家", "所") and _UNITS_AMOUNT_RE.match(t, e):
        return True
    if kept_under_supervision(t, s, e, unit) or frames_programme(t, s, e, unit) or frames_breakdown(t, s, e, unit):
        return True  # 加强对50户重点骨干企业的跟踪调度; 以19项重点工程为主抓手; 确定事项39项,完成…: a scope, a frame
    if unit in ("个", "家", "户", "所", "座", "处") and frames_own_figure(t, s, e):
        return True  # 全市484家规上工业企业增加值同比增长…: the objects whose figure the clause states
    if unit in AUDIT_SCOPE_UNITS and audit_scope_count(t, s, e, unit):
        return True
    if unit.endswith("人") and t.startswith("口", e):
        return True
    if t.startswith("的基础上", e):
        return True  # 在2005年6520亿元的基础上: the baseline of the figure that follows
    if (
        unit == "期"
        and num in ("1", "2", "3")
        # (开展在线访谈1期, 编发《创建动态》3期, 连续发了2期: an issue put out, the verb before its object)
        and (not _ISSUED_BEFORE_RE.search(t, max(0, s - 16), s) or re.match(r"[工项建]", t[e : e + 1]))
    ):
        return True  # 平台1期, 开展…平台1期建设: a phase
    if population_named(t, e, num, unit):
        return True  # 14亿人口, 亿万群众, 4.6万名干群同心同德: the people of a place named in praise
    if re.search(r"(?:上述|前述|这|该)[约近超]?$", t[max(0, s - 3) : s]):
        return True
    if unit == "%" and (_FORMULA_AFTER_RE.match(t, e) or _FORMULA_BEFORE_RE.search(t, max(0, s - 16), s)):
        return True  # 考评分值=日常监测（60%）+实地调研（20%）: the weight of a term in a score formula
    if duration_excluded(t, s, e, num, unit):
        return True  # 有效期5年, 24小时值守, 连续3年, 前11个月
    if unit in ("位", "名") and re.search(r"(?:位列|排名|排在|居|列|排|前|第|进至|升至)\S{0,4}$", t[max(0, s - 8) : s]):
        return True  # a rank (位列48位), read by the rank finder
    return word_figure_excluded(t, s, e, num, unit)  # a figure in words: 八项规定, 三门县
