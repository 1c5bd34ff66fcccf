"""Cues of a figure's kind in its words: an aiming sentence, a task list, a share reached, a yield once built."""

from __future__ import annotations

import re

# a sentence that lists the plan first and what was done after 实际 (计划建设28公里,实际完成33公里)
PLANNED_LIST_RE = re.compile(r"(?:^|[，,：:])\s*(?:原|年初)?计划(?!生育)[^。；;！？实]*$")
ACTUAL_AFTER_RE = re.compile(r"[^。；;！？\n]{0,60}?[，,]\s*(?:而)?实际")
# (完成全年目标(4.29亿元)87%: the plan in brackets may stand for the 的)
SHARE_REACHED_RE = re.compile(
    r"(?:完成|占|为)[^，,。；;]{0,20}(?:的(?:[(（][^()（）]{1,30}[)）])?|[(（][^()（）]{1,30}[)）])(?:-?[\d.]+%[、和及])*$"
    r"|(?<!确保)(?<!力争)完成[^，,。；;\d]{0,8}(?:目标|计划|任务)$"  # 新招引5个,完成全年目标45.5%: the 的 left out
)
SHARE_AFTER_SHARE_RE = re.compile(r"完成[^。；;]{0,30}的\s?[\d.]+%\s?[，,]$")
TASK_OPENING_RE = re.compile(
    r"(?:主要|工作|目标|年度|全年)任务(?:是|为)[:：]?|(?:主要|预期|工作|奋斗)目标(?:(?:是|为)[:：]?|[:：])|目标任务[:：]|任务目标[:：]"
    r"|^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*)?(?:总体|发展|主要|工作|年度)?目标[:：]"
    r"|预期(?:发展|经济)?指标(?:(?:是|为)[:：]?|[:：])"  # 2014年主要预期发展指标是:营业总收入实现4900亿元
    # the tasks a body takes on or is handed, then listed (承担的省考指标任务共四项,分别是专利申请量280件…: 2259;
    # 考核xx市责任目标为2项,即…: 992)
    r"|(?:承担|下达|分解|布置|考核)[^。；;，,:：\d]{0,10}(?:任务|指标|目标)(?:共|有|为)?\s?"
    r"(?:[\d一二三四五六七八九十]{1,3}\s?[项个条])?[，,]?\s?(?:分别是|分别为|即)[:：]?",
    re.M,
)
# the words before a task opening that say its tasks were done (较好地完成了各项目标任务:预计全年…增长4.5%;…): the list
# after it reports what was reached (a 确保/力争 before the verb still aims)
_OPENING_DONE_RE = re.compile(
    r"(?<!确保)(?<!力争)(?<!争取)(?:完成了|实现了|圆满完成|超额完成|顺利完成|较好地?完成)(?:了)?[^，,。；;:：\d]{0,8}$"
)
# what says a figure of a task list or a plan was reported: the comparator 同比 is left out, since an aim states its
# change with it as a report does (经济发展预期目标:…社会消费品零售总额同比增长12%)
REPORTED_RE = re.compile(r"上半年|前三季度|\d{1,2}[-至]\d{1,2}月|截[至止]|已经?|累计|完成了")


def done_opening_end(t: str, start: int, qstart: int) -> int:
    """Where the last task opening between ``start`` and ``qstart`` said done ends (``圆满完成年度目标任务:``), or -1:
    its 目标 names what was reached."""
    ends = [m.end() for m in TASK_OPENING_RE.finditer(t, start, qstart) if _OPENING_DONE_RE.search(t, start, m.start())]
    return ends[-1] if ends else -1


def task_opening(t: str, para: int, qstart: int) -> bool:
    """Whether a task opening (``今年的主要任务是:``, ``预期目标:``) stands between ``para`` and ``qstart`` that is not
    said to be done already."""
    return any(not _OPENING_DONE_RE.search(t, para, m.start()) for m in TASK_OPENING_RE.finditer(t, para, qstart))


# the head of a sentence that aims: 力争…, 确保…, 到2025年… (a later clause gives no actual of its own); 计划…
# is left to its clause (a plan-execution report lists 计划新开工项目157项 among what it reports)
# (到2016年6月底,全乡…达7520万元: a month's end is the day figures are read at, no deadline, outside a plan; 1985)
AIM_HEAD_RE = re.compile(r"(?:力争|确保|预计到|到\d{4}年(?:底|末)?(?!\s?\d{1,2}\s?月(?:底|末)?[,，]))")
# (…,并计划于今年年底完成…停车场的建设,新增车位400余个: a plan given its deadline governs the figures after it, 1642)
PLAN_DEADLINE_RE = re.compile(r"计划(?:于|在|到)(?:今年|明年|年内|年底|\d{4}年|\d{1,2}月)")
AIMS_FIGURE_RE = re.compile(
    r"\s?(?:以上|左右|以内)?\s?的?(?:[^\d，,。；;的]{0,4}的)?(?:[\u4e00-\u9fff]{0,2})(?:目标|任务)"
)


def actual_before(t: str, sent: int, qstart: int) -> bool:
    """Whether a figure stands before the clause holding ``qstart`` in its sentence (what was reached, then the aim)."""
    return re.search(r"\d", t[sent : max(sent, t.rfind("，", sent, qstart), t.rfind(",", sent, qstart))]) is not None


DONE_AFTER_RE = re.compile(
    r"[^，,。；;]{0,4}[,，]\s*(?:均|全部|都)?已经?(?:全部)?(?:办结|办理|办复|答复|完成|落实|解决|到位|兑现)"
)
BY_YEAR_HEAD_RE = re.compile(r"到\d{4}年(?:底|末)?")
# a sentence opened by its subject and an aim (2013年,五莲县计划招引…; 下一步,我们将继续…; a speaker's 强调,要…): every
# clause after it, past semicolons, says what is to be done
# (2021年全省工信系统将全力打造…,净增1000家…: a plan year's subject and 将 with its adverb, the comma left out)
WILL = r"(?<!即)将(?=继续|进一步|全面|重点|着力|加快|大力|认真|积极|力争|努力|持续|启动|推进|实施|确保|全力|奋力)"
SENTENCE_AIM_RE = re.compile(
    rf"(?:\d{{4}}年度?|今年|明年|下一步|新的一年)(?:[,，]\s?|(?=[^\d,，。；;:：“”、]{{0,8}}?(?:计划|{WILL})))"
    r"[^\d,，。；;:：“”、]{0,8}?"
    r"(?:计划(?=[\u4e00-\u9fff]{0,2}(?:招引|引进|投资|实施|建设|完成|新增|新建|开工|培育|打造|争取|实现))"
    rf"|{WILL}"
    r"|(?<![主重需必只紧])要(?![求点素件闻])|力争|确保)"
    r"|[^\d,，。；;:：“”]{2,12}(?:强调|指出|提出|表示)[,，:：]\s?(?:要(?![求点])|将)"
)
# a budget's balance carried over (累计滚存结余, 年末累计结余): its 累计 names the sum, it reports nothing
BALANCE_RE = re.compile(r"累计(?:滚存)?结余")


def figure_sentences(text: str) -> str:
    """The sentences of ``text`` that hold a figure: an aim no figure of the text depends on (紧扣…目标, 完成了…
    确定的各项目标任务) says nothing of the figures' kind."""
    return "".join(s for s in re.findall(r"[^。！？!?\n]*(?:[。！？!?\n]|$)", text) if re.search(r"\d", s))


# an aim opening a clause inside its sentence (经济高质量发展,确保GDP增长7%,财政收入增长6%): it governs the clauses
# after it, unless one of them says what was done (了, 已, 同比 …)
_MID_AIM_RE = re.compile(r"[，,]\s?(?:确保|力争)(?!了)")
_DONE_BETWEEN_RE = re.compile(
    r"实际|已经?|同比|比上年|较上年|累计|截[至止]|共(?:计|有)?|预计|[\u4e00-\u9fff](?<![为除])了(?!解)"
)


def aim_inside_sentence(t: str, sent: int, qstart: int) -> bool:
    """Whether an aim verb opens a clause between the sentence's head and ``qstart``, with no report after it."""
    aims = list(_MID_AIM_RE.finditer(t, sent, qstart))
    return bool(aims) and not _DONE_BETWEEN_RE.search(t, aims[-1].end(), qstart)


# an aim at the head of a clause (…,力争新增轨道运营里程33.8公里;续建…3处换乘枢纽中心;…: 026, 2194, 2029, 860) or a
# plan year's subject and 计划 (2015年,贵州省计划地区生产总值突破1万亿元,…;货物进出口总额实现130亿美元: 2242, 1216,
# 1610) governs the parts after its semicolons too, up to a report word or the next item (…;二是…4月份扩大种植…: 965)
_CARRIED_AIM_RE = re.compile(r"(?:^|(?<=[，,:：；;\s]))(?:确保|力争)(?!了)")
# (2025年农业局工作计划 names a document, its title run into the text: no aim)
_PLAN_YEAR_HEAD_RE = re.compile(
    r"\s*(?:\d{4}年度?|今年|明年)[,，]?[^\d，,。；;:：]{0,10}?(?<!工作)计划(?![\s\d]|生育|单列|内|外|执行)"
)
_NEXT_ITEM_RE = re.compile(r"[；;]\s?(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])")


def aim_carried(t: str, full: int, qstart: int) -> bool:
    """Whether an aim opening a clause of the sentence from ``full`` (past its semicolons) governs ``qstart``."""
    aims = list(_CARRIED_AIM_RE.finditer(t, full, qstart))
    end = aims[-1].end() if aims else -1
    plan = _PLAN_YEAR_HEAD_RE.match(t, full, qstart)
    if end < 0 and plan is not None and not re.search(r"(?<!计划)完成", t[plan.end() : qstart]):
        end = plan.end()
    # (实际利用外资 names the investment drawn in, an indicator, no report of what was done)
    between = _FOREIGN_INVESTMENT_RE.sub("", t[end:qstart]) if end >= 0 else ""
    return end >= 0 and not _DONE_BETWEEN_RE.search(between) and not _NEXT_ITEM_RE.search(between)


_FOREIGN_INVESTMENT_RE = re.compile(r"实际(?:利用|使用)(?:外资|外商|境外|省外|市外)")


# the figure a task or aim is measured by, its name after it to the clause's end (完成市下达的30亿元的任务,
# 超额完成…150亿元的招商目标任务): the aim, when the text says apart what was done (营收30.86亿元 before it in the same
# unit and 的…任务 after, 超额, 完成率 after); alone, completing a task of N reports N done
# (全面完成了13672户的年度改造任务, 完成1.8万户…棚改任务: actual)
_TASK_VERB_RE = re.compile(r"完成|实现|下达|布置|承担")
_TASK_TAIL_RE = re.compile(r"[^，,。；;！？!?\n]{0,30}?(?:任务|目标|计划|指标)[”\"]?\s*(?=[，,。；;！？!?\n)）]|$)")
_TASK_TAIL_BAR_RE = re.compile(r"完成|实现|达到|占|超|率|[(（]")
_RATE_AFTER_RE = re.compile(r"[，,]\s?(?:任务)?完成率")
# a count of tasks (46项任务全部完成, 完成了5项重点任务) counts what was done, not the task's measure
COUNT_UNIT_RE = re.compile(r"[项个件条批类家所座]$")


def task_figure(t: str, sent: int, clause: str, qstart: int, qend: int) -> bool:
    """Whether the figure at ``qstart:qend`` measures the task its clause completes, what was done given apart."""
    figure = t[qstart:qend]
    tail = _TASK_TAIL_RE.match(t, qend)
    if tail is None or not _TASK_VERB_RE.search(clause) or _TASK_TAIL_BAR_RE.search(tail.group(0)):
        return False
    if "的" not in tail.group(0) and COUNT_UNIT_RE.search(figure):
        return False
    unit = re.search(r"[^\d.]+$", figure)
    if not re.search(r"\d", figure) or unit is None:
        return False
    done_before = re.search(rf"\d{re.escape(unit.group(0))}", t[sent : qstart - len(clause)]) is not None
    # (煤炭产量12.2亿吨,完成9.45亿吨保供煤任务: a task named by its own noun is another quantity, done)
    done_before = done_before and "的" in tail.group(0)
    return done_before or "超额" in clause or _RATE_AFTER_RE.match(t, tail.end()) is not None


# a task a higher level hands down to the speaker's place (县委政府安排我镇减少贫困人口3858人, 批复我市建设11个篮球场);
# money sent down (下达我市新增债券资金…万元) is received, and a share of what was handed down
# (占…下达我县总限额的38%) reached
_HANDED_DOWN_RE = re.compile(
    r"(?:下达|安排|批复|布置|分配)给?(?:我|本)(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道|村)(?!.*(?:完成了|已|占|实际))"
)


# a quantity handed down as a task to the places below (将20万台(件)销售任务下达到各县市区: 2260; the same hand-down as
# 2075 下达我县造林绿化任务10600亩, 111 市下达两区…目标任务19家)
_PASSED_DOWN_RE = re.compile(r"[^，,。；;\d]{0,8}?(?:任务|指标)(?:分解)?(?:下达|分解|分配)(?:到|给|至)")


def handed_down(t: str, sent: int, qstart: int, qend: int) -> bool:
    """Whether the figure at ``qstart:qend`` sizes a task handed down to the place, or passed down by it to the places
    below (not money, not a share)."""
    prefix = t[sent:qstart]
    if _PASSED_DOWN_RE.match(t, qend) and not t[qstart:qend].endswith("%"):
        return True
    if not _HANDED_DOWN_RE.search(prefix):
        return False
    money = t[qstart:qend].endswith("元") and not re.search(r"每[个项户人家座所处]?[\u4e00-\u9fff]{0,2}$", prefix)
    return not money and not t[qstart:qend].endswith("%")


# the title of a report on one year's plan or budget carried out and the next one's draft (2020年…计划执行情况与2021年
# …计划草案的报告; 預算執行情況及…預算草案): the later year is the one it plans
_REVIEW_AND_DRAFT_RE = re.compile(
    r"((?:19|20)\d{2})\s?年[^。；;\n]{0,24}执行情况[^。；;\n]{0,4}[与和及][^。；;\n]{0,8}?((?:19|20)\d{2})\s?年"
    r"[^。；;\n]{0,16}(?:计划|预算)[(（]?草案"
)
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# (or opens an item of its own: 二是…, (三)…)
_OWN_PERIOD_RE = re.compile(
    r"\d{4}\s?年|去年|上年度|过去|同期|執行|执行|^\s*(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])"
)
# a year's head no period narrows (2022年1-6月, 2022年一季度, 2022年以来 report what was done so far)
_PLAN_YEAR_TAIL_RE = re.compile(r"\s?(?:\d|[一二三四]季度|上半年|前三季度|以来|[是为])")


def plan_year_sentences(t: str) -> list[tuple[int, int]]:
    """In a report on a year carried out and the next year's draft, the sentences whose head names the draft's year
    (2022年,市本级一般公共预算收入942亿元; 《报告》透露,2022年…): what the draft sets, not what was done; a head that
    leads into a list (提出了2021年…指标体系安排,具体为:) governs its paragraph."""
    title = _REVIEW_AND_DRAFT_RE.search(t[:800].replace("執行情況", "执行情况").replace("與", "与"))
    if title is None or int(title.group(2)) != int(title.group(1)) + 1:
        return []
    year = re.compile(rf"(?:{title.group(2)}\s?年|今年)(?!{_PLAN_YEAR_TAIL_RE.pattern})")
    out: list[tuple[int, int]] = []
    carried = -1
    for m in _SENTENCE_RE.finditer(t, title.end()):
        sentence = m.group(0)
        head = year.search(sentence[:24])
        if head is None or head.start() > 16:
            # the paragraph's next sentence goes on with the draft (加上上级补助收入…后,总收入1785.8亿元) until
            # one names a period of its own
            if m.start() == carried and not _OWN_PERIOD_RE.search(sentence) and "\n" not in sentence:
                out.append((m.start(), m.end()))
                carried = m.end()
            continue
        if re.search("执行情况|執行情況", sentence) or not re.search(r"\d", sentence[head.end() :]):
            continue
        end = m.end()
        if re.search(r"[:：]", sentence[head.end() :]):
            para_end = t.find("\n", m.end())
            end = len(t) if para_end < 0 else para_end
        out.append((m.start(), end))
        carried = end
    return out


# a line that leads into a list by saying what will be done (2022年县政府将继续…重点抓好10件民生实事:; 明年要…:)
_WILL_LEAD_RE = re.compile(
    r"(?:\d{4}\s?年|今年|明年|下一步|新的一年)[^。！？\n\d]{0,12}?(?:(?<!现)(?<!現)[将將](?!近)|(?<![简簡])要(?![求点素件闻])|力争|力爭)"
    r"[^。！？\n]{0,60}[:：]\s*$"
)
_COLON_END_RE = re.compile(r"[:：][ \u3000]*\n")
_ITEM_LINE_RE = re.compile(r"[ \u3000]*(?:——|—|•|·|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])")


def will_lead_lists(t: str) -> list[tuple[int, int]]:
    """The item lines under a line whose last sentence says, headed by its year, what will be done and ends in a
    colon: each item is a thing to do (the list runs while its lines open with an item mark)."""
    out = []
    for m in _COLON_END_RE.finditer(t):
        last = re.split(r"[。！？]", t[t.rfind("\n", 0, m.start()) + 1 : m.end()])[-1]
        # (现将2024年工作总结及2025年工作计划汇报如下: the text's own opening, a review first)
        if not _WILL_LEAD_RE.search(last.rstrip("\n")) or _AIM_CLAUSE_DONE_RE.search(last) or "如下" in last:
            continue
        pos = end = m.end()
        while _ITEM_LINE_RE.match(t, pos):
            nl = t.find("\n", pos)
            end = pos = len(t) if nl < 0 else nl + 1
            if nl < 0:
                break
        if end > m.end():
            out.append((m.end(), end))
    return out


_AIM_CLAUSE_DONE_RE = re.compile(r"已经?|完成了|实现了|取得了|同比|累计|截[至止]")


# what a project yields once built or at full production (项目全部建成达产后,可产生利税6000万元以上,安置就业500人;
# 项目全部投产后,预计销售收入将达到88亿元): every figure after the condition in its sentence is expected, an aim
# (README: an expected yearly effect is a target; 1618 达产后年税收13万元)
_ONCE_BUILT_RE = re.compile(
    r"(?:建成|投产|投產|达产|達產|竣工|运营|運營)(?:达产|達產|投产|投產|运营|運營)?(?:后|後)[,，]?"
    r"(?![^，,。；;]{0,8}(?:已|了))"
)


def once_built(t: str, sent: int, qstart: int) -> bool:
    """Whether a condition of a project's completion (建成达产后) governs the figure at ``qstart`` in its sentence."""
    m = max(_ONCE_BUILT_RE.finditer(t, sent, qstart), key=lambda c: c.start(), default=None)
    if m is None:
        return False
    between = t[m.end() : qstart]
    # the yield said as expected (可, 将, 预计, 能): 竣工后,实现产值2亿元,同比增长10% tells what followed
    return _EXPECTED_RE.search(between) is not None and not _REPORTED_RE.search(between)


_REPORTED_RE = re.compile(r"实际|已经?|[\u4e00-\u9fff]了|同比|比上年")
_EXPECTED_RE = re.compile(r"可|将|將|预计|預計|能|有望|预期|預期")


# 增长22.5%,高于省年初下达的目标任务13%: a rate in % (not in points) right after an aim the growth beat names the
# aim's own growth rate, a target; the gap would be in 个百分点 (1105 高于计划目标0.7个百分点, 1860, 1206), and a
# figure the growth did not exceed is no aim it beat (abstain)
_ABOVE_AIM_RE = re.compile(r"(?:高于|快于|超过|超出)(?P<aim>[^\d,，。；;、]{0,14}(?:目标|计划)(?:任务)?)$")
_GROWTH_BEFORE_RE = re.compile(r"(?:增长|增速为?|增幅为?|提高)(?P<rate>\d+(?:\.\d+)?)%[,，、]\s?$")


def aim_rate(t: str, clause: int, qstart: int, qend: int) -> re.Match[str] | None:
    """The ``高于…目标`` before a figure in % that names the aim a growth said just before beat, else None."""
    if not t[qstart:qend].endswith("%"):
        return None
    above = _ABOVE_AIM_RE.search(t, clause, qstart)
    grew = _GROWTH_BEFORE_RE.search(t, max(0, clause - 14), clause) if above else None
    figure = re.search(r"\d+(?:\.\d+)?", t[qstart:qend])
    if grew is None or figure is None or float(grew.group("rate")) <= float(figure.group(0)):
        return None
    return above


# a paragraph opened by a plan year, its subject and an aim (今年,我市商务粮食和开放型经济工作将奋力推进…。主攻…,
# 实现社会消费品零售总额增长10%: 2194; 2023年,该局将继续…重点做好三方面工作:…力争…: 2068; 2016年脱贫计划:…确保…。
# 其中,xx村31户: 2212): the figures of its sentences after the head are what is to be done, up to a word that reports
_PLAN_VERB = r"(?:招引|引进|投资|实施|建设|完成|新增|新建|开工|培育|打造|争取|实现|加快|推进)"
_PARAGRAPH_AIM_HEAD_RE = re.compile(
    r"[ \u3000]*(?:(?:19|20)\d{2}\s?年度?|今年|明年|新的一年)[,，]?\s?[^\d,，。；;:：“”、!！?？]{0,24}?"
    rf"(?:{WILL}|(?<![主重需必只紧简])要(?![求点素件闻])|(?<!工作)计划(?=[:：]|[\u4e00-\u9fff]{{0,2}}{_PLAN_VERB})"
    r"|力争|确保)"
)
_PARAGRAPH_REPORT_RE = re.compile(
    r"实际|已经?|同比|比上年|较上年|去年|上年|过去|以来|累计|截[至止]|共计|共有|现有|目前|预计|上半年|前三季度"
    r"|\d{1,2}\s?[-至—~]\s?\d{1,2}\s?月|[\u4e00-\u9fff](?<![为除])了(?!解)"
)


def paragraph_aim(t: str, para: int, qstart: int) -> bool:
    """Whether the aim heading the paragraph from ``para`` governs the figure at ``qstart`` (no report between)."""
    head = _PARAGRAPH_AIM_HEAD_RE.match(t, para, qstart)
    return head is not None and not _PARAGRAPH_REPORT_RE.search(t, para, qstart)


# the year a text plans: a year named as a sentence's or clause's period and followed in its sentence by an aim
# (2012年,云南将力争…; 2017年政府工作重点; 2017年全市…主要预期目标为:), not a base or a deadline (比2010年, 到2020年)
_AIM_YEAR_RE = re.compile(
    r"(?<![比较到至从于截止])(?<!截至)((?:19|20)\d{2})\s?年(?:度)?(?![\d底末])"
    r"(?=[^。；;！？!?\n\d]{0,24}?(?:力争|确保|将|预期目标|工作重点|主要任务|目标(?:是|为)|计划|争取))"
)
# a year opening a clause as its period (…等利好因素影响,2011年,云南省实现…), the rest of the clause up to the figure
_PAST_YEAR_HEAD_RE = re.compile(r"(?:^|(?<=[，,:：\s]))((?:19|20)\d{2})\s?年[，,]")
_PAST_YEAR_BAR_RE = re.compile(r"力争|确保|将|计划|目标|预期|要|争取|拟|预计|到\d")


def plan_year(t: str) -> int | None:
    """The earliest year the text aims at (its plan year), None when it names none."""
    years = [int(m.group(1)) for m in _AIM_YEAR_RE.finditer(t)]
    return min(years, default=None)


def earlier_year_head(t: str, full: int, qstart: int, year: int | None) -> bool:
    """Whether the last clause-opening year before ``qstart`` in its sentence (from ``full``, past its semicolons) is
    earlier than the plan ``year`` and nothing between it and the figure aims: the year reviewed, its result reached."""
    head = max(_PAST_YEAR_HEAD_RE.finditer(t, full, qstart), key=lambda m: m.start(), default=None)
    if year is None or head is None or int(head.group(1)) >= year:
        return False
    return not _PAST_YEAR_BAR_RE.search(t, head.end(), qstart)
