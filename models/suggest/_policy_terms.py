"""A policy's terms (grants, rates per head, cost shares, caps, the conditions they are granted on): no indicators."""

from __future__ import annotations

import re

from models.suggest._text import Spans

# a figure closing the condition of a policy: 超过2000万元的,给予…; 超过50个的企业给予补贴
CONDITION_AFTER_RE = re.compile(
    r"(?:及?以上|以下)?的(?:[,，]|[^\d,，。；;、]{1,8}?(?:给予|予以|可享受|一次性|奖励|补贴|补助))"
)


# a payment per head, per mu or per machine: 每人每月发放补贴500元, 补助标准每亩105元, 给予每家20万元奖励
_PER_HEAD_RE = re.compile(
    r"每(?:个|位|名|人|户|家|亩|台|套|头|只|吨|辆|所|间|张|件|床|村|座|株|公斤|平方米|立方米|千瓦)"
    r"(?:每?(?:年|月|天|日|季度?|次))?[^\d,，。；;、]{0,10}$"
)
_POLICY_WORD_RE = re.compile(r"补助|补贴|奖励|奖补|标准|给予|资助|救助|扶持|津贴|补偿|慰问|兑付|享受|领取|按照?")
# the deed a rate paid for, counted in the rate's clause: 每户补贴5万元新建4家 (137), 按每人每月20元补发…45.8万元
# (1587), 按每户1.2万元补助标准改造农村危房860户 (a report's; a policy's 按每人次10元给予奖励 counts no deed, 1483)
_PAID_FOR_RE = re.compile(
    r"[^，,。；;\d]{0,6}?(?:新建|建成|改建|扩建|改造|修建|建设|补发|发放|兑付|兑现|扶持|资助|帮扶|完成)[^，,。；;]{0,16}?\d"
)
# a rate raised or reached is a result: 低保标准提高到每人每月800元, 人均每月增加90元
_RAISED_RE = re.compile(r"提高|提升|增加|上调|调高|增至|增长|达到|调整[为到至]|[增涨降减]")


# 对年软件业务收入超过500万元…的企业分别给予奖励: a figure inside the condition 对…的…给予 sets
_POLICY_FOR_RE = re.compile(r"(?:^|[，,；;。\n])对[^。；;，,]{0,30}$")
_POLICY_GRANT_AFTER_RE = re.compile(r"[^。；;\n]{0,30}?的[^。；;\n]{0,16}?(?:给予|予以|奖励|补助|补贴|资助|扶持|支持)")
_POLICY_GRANT_BEFORE_RE = re.compile(
    r"(?:^|[，,；;。\n])对[^。；;，,]{0,30}的[^。；;，,]{0,12}?(?:给予|予以|奖励|补助|补贴|资助)[^。；;，,\d]{0,6}$"
)
# a cap or a grant a policy offers: 给予不超过100万元的资助, 最高奖励200万元, 享受50~150万元启动资金
_CAP_BEFORE_RE = re.compile(r"(?:不超过|不高于|最高|最多|上限为?|享受)(?:可)?(?:给予|奖励|补助|补贴|资助)?$")
_POLICY_SENTENCE_RE = re.compile(r"给予|奖励|补助|补贴|资助|扶持|贴息|投资额|享受")


def policy_condition(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` is a term of a policy: inside 对…的…给予, or a cap or grant it offers."""
    sent = max(t.rfind(ch, 0, s) for ch in "。；;\n") + 1
    if _POLICY_FOR_RE.search(t, max(0, sent - 1), s) and _POLICY_GRANT_AFTER_RE.match(t, e):
        return True
    if _POLICY_GRANT_BEFORE_RE.search(t, max(0, sent - 1), s):
        return True  # 对获评…的企业给予50万元奖励: what the policy grants
    return bool(
        _CAP_BEFORE_RE.search(t, max(sent, s - 8), s) and _POLICY_SENTENCE_RE.search(t, sent, min(len(t), e + 30))
    )


# a standard a report states, in the per-unit form of a statistic (标准为737元/月; classes of one: 在补助标准上分为三个
# 类别,一类924元/年/人): its level, as gold 166 and 1587 read it, unless the clause grants it (给予800元/人·月的救助)
_STANDARD_LEVEL_RE = re.compile(r"(?:标准|標準)(?:为|為|是)$")
_GRANT_RE = re.compile(r"给予|給予|发放|發放|补贴|補貼|奖励|獎勵|按照?")


def _averaged(t: str, s: int, e: int, cs: int) -> bool:
    """``平均每人每年保障金…600元``: an average per head is a statistic; ``一类924元/年/人`` after a 标准 the sentence
    names is a class of the standard."""
    if re.search(r"平均每", t[cs:s]):
        return True
    sent = max(t.rfind(ch, 0, s) for ch in "。；;\n") + 1
    return (
        "/" in t[s:e]
        and bool(re.match(r"[一二三四五六七八九两][类档類檔]$", t[cs:s].rsplit("、", 1)[-1]))
        and bool(re.search(r"标准|標準", t[sent:cs]))
        and not _GRANT_RE.search(t[cs:s])
    )


def policy_rate(t: str, s: int, e: int) -> bool:
    """``对特困人员每人每月发放生活补贴500元``, ``救助标准为800元/人·月``: the terms of a policy, not a result."""
    cs = s
    while cs > 0 and s - cs < 30 and t[cs - 1] not in "，,。；;：:\n":
        cs -= 1
    before = t[cs:s]
    if not (_PER_HEAD_RE.search(before) or "/" in t[s:e]) or _RAISED_RE.search(before):
        return False
    if _STANDARD_LEVEL_RE.search(before) or _averaged(t, s, e, cs):
        return False  # 标准为737元/月, 一类924元/年/人, 平均每人每年…600元: what a standard stands at
    if re.search(r"(?:由|从)(?:原来的?|上年的?)?每", before) or _RAISED_RE.match(t, e):
        return False  # 补助标准由每人每年580元提高到610元: the rate before a raise
    if _PAID_FOR_RE.match(t, e) and not policy_titled(t):
        return False  # 每户补贴5万元新建4家农家乐宾馆 (137): the rate a counted deed was paid at, reported
    sent = t.rfind("。", 0, s) + 1
    return bool(_POLICY_WORD_RE.search(t, sent, min(len(t), e + 8)))


# a sentence that lays a term down: a grant with its figure (给予2万元一次性补贴), a rate per head
# (每人每月提供不超过175元), a cost share (市财政承担30%), a rate or standard to apply (按每人次2元的标准), a cap
# (最高不超过10万元), a grant on a condition (…满1年的，给予…)
_RULE_RE = re.compile(
    r"给予[^，,。；;]{0,16}\d|予以[^，,。；;\d]{0,8}\d"
    r"|每(?:个|位|名|人|户|家|亩|台|套|张|件|床|吨|平方米)(?:每?[年月天日])?[^，,。；;\d]{0,8}\d[\d.]*[万千]?元"
    r"|承担\d+%|按[^，,。；;]{0,20}?\d[\d.]*[万千]?(?:元|%)[^，,。；;]{0,6}(?:的标准|的比例|给予|补贴|补助|奖励)"
    r"|(?:最高|不超过|上限为?)[^，,。；;\d]{0,6}\d[\d.]*[万亿千]?元"
    r"|的[，,][^，,。；;]{0,8}(?:给予|一次性奖励|奖励\d|补贴\d|补助\d)"
)
# what a report says was done or changed, never a term being laid down (发放补贴251万元, 标准由500元提高到530元)
# (累计不超过200万元 is a cap; 对销售收入较上年增长的企业 a condition: neither reports anything)
_REPORTED_RE = re.compile(
    r"了|已|累计(?!不超过|最高|不得超过)|共计|(?:同比|比上年|较上年)(?![\u4e00-\u9fff]{0,4}的)|截至|截止|发放|兑现|落实"
    r"|由[^，,。；;]{0,24}(?:提高|调整|增加)"
)
# once a text is read as a policy: the words of a sentence that grants, charges or shares a cost (a tax rate, an
# allowance, a matching fund) make every figure in it a term, though it states them in no shape above
_TERM_WORD_RE = re.compile(
    r"给予|予以|奖励|补贴|补助|资助|扶持|贴息|奖补|补偿|津贴|配套资金|减按|减半|免征|征收|计征|计收|收取|税率|承担"
)
_SENTENCE_RE = re.compile(r"[^。；;\n]+")


def term_sentences(t: str) -> Spans:
    """The sentences that lay down terms, in a text that is a policy: one whose figures are mostly its terms.

    A policy (意见, 办法, 若干措施 …) grants, shares costs and caps in sentence after sentence; a report mentions a
    grant now and then, and says what was paid out. The text is read as a policy when at least three sentences and a
    tenth of those with a figure lay a term down; every figure in such a sentence is a term, conditions included
    (招用毕业生10人及以上…的，给予2万元), while its outcome aims (到2025年建成30家) stand in sentences of their own.
    A text whose first lines title it a policy (若干措施, 实施意见, 优待政策的通知) is one however few grants it
    states; there the items of an eligibility list, the bounds of a class (超过5万平方米的住宅小区) and the sentences
    that grant, refund or relax by a rate (增发50%, 按…的30%返还) are terms too.
    """
    figured = [m for m in _SENTENCE_RE.finditer(t) if re.search(r"\d", m.group(0))]
    rules = [
        (m.start(), m.end()) for m in figured if _RULE_RE.search(m.group(0)) and not _REPORTED_RE.search(m.group(0))
    ]
    titled = policy_titled(t)
    if not titled and (len(rules) < 3 or len(rules) * 10 < len(figured)):
        return Spans()
    terms = [
        (m.start(), m.end())
        for m in figured
        if _TERM_WORD_RE.search(m.group(0)) and not _REPORTED_RE.search(m.group(0))
    ]
    if titled:
        terms += [(m.start(), m.end()) for m in figured if _granted(m.group(0))]
        terms += [(m.start(), m.end()) for m in _ELIGIBLE_ITEM_RE.finditer(t)]
        terms += [(m.start(), m.end()) for m in _THRESHOLD_RE.finditer(t)]
    return Spans.merged(rules + terms)


# the title of a policy in the first lines: …若干措施, …的实施意见, …优待政策的通知, …管理办法 (a plan, 规划 or 方案, is
# read as before: its figures are mostly aims)
# (a year's 工作意见 is an office's work plan: 林业生产工作意见, 2016年农业农村工作意见)
_POLICY_TITLE_RE = re.compile(r"(?:(?<!工作)意见|措施|办法|政策(?:文件)?|细则|规定)》?(?:的通知)?$")
# the words of a sentence that grants, raises a grant, refunds or relaxes a rule (增发50%, 按…的30%返还, 费率下调50%)
# (…商品的出入境检验检疫收费降低30%: a charge the policy lowers)
# (贷款最长期限…延长至20年, 折旧年限最短可为3年: a term's length; 有3名以上…人员即可申办, …部分予以扣除: what qualifies)
_GRANT_RE = re.compile(
    _TERM_WORD_RE.pattern + r"|增发|返还|费率|放宽|优待|收费|减免|免收|年限|最[长短]|即可|可申[请领办]|扣除"
)
# what was done or is aimed at: a figure in such a sentence stays read (到2025年建成30家, 力争…, 已为3万户企业减免)
_DONE_OR_AIMED_RE = re.compile(
    r"了|已(?!享受|认定)|累计(?!不超过|最高|不得超过)|共计|(?:同比|比上年|较上年)(?![\u4e00-\u9fff]{0,4}的)|截至|截止"
    r"|到20\d\d年|力争|目标|年底前|年内"
)
# an item of an eligibility list: 1．年度自营商品网络零售额超过10亿元，且…超过30%的电子商务平台企业；
_ELIGIBLE_ITEM_RE = re.compile(
    r"(?m)^[ \t\u3000]*\d{1,2}[．.、][^\n]*?的[^。；;\d\n]{0,24}?"
    r"(?:企业|单位|机构|平台|项目|个人|人员|家庭|对象|组织)[；;。]?[ \t\u3000]*$"
)
# a bound that delimits a class: 建筑面积超过5万平方米的住宅小区, 3000平方米以上的摄影棚, 参保职工30人以上的企业
_THRESHOLD_RE = re.compile(
    r"(?:超过|超|不低于|不少于|高于)\d[\d.,]*[万亿千]?[^\d\s,，。；;、的]{1,5}?的[\u4e00-\u9fff]"
    r"|\d[\d.,]*[万亿千]?[^\d\s,，。；;、的]{1,5}?(?:[(（]含[)）])?及?以[上下内](?:[(（]含[)）])?的[\u4e00-\u9fff]"
)


def policy_titled(t: str) -> bool:
    """Whether one of the first lines is a policy's title (意见, 若干措施, 优待政策 …, or a notice sending one)."""
    lines = [line.strip() for line in t[:600].splitlines() if line.strip()][:5]
    if lines and len(lines[0]) > 80:
        # a copy run together on one line (東府〔2021〕54號 東莞市人民政府關于…的實施意見 各鎮人民政府…): its lines are
        # the runs between spaces; a part's heading (一、主要措施) or a short run is no title
        runs = [run for run in re.split(r"\s+", t[:600]) if run][:6]
        lines += [run for run in runs if len(run) >= 10 and not _ORDINAL_LED_RE.match(run)]
    # a title wrapped over two or three lines (国务院关于印发鼓励软件产业和 / 集成电路产业发展若干政策文件的通知)
    first = lines[:5]
    lines += ["".join(first[i : i + n]) for n in (2, 3) for i in range(len(first) - n + 1)]
    return any(
        len(line) <= 80 and not re.search(r"[，,。；;]", line) and _POLICY_TITLE_RE.search(line) for line in lines
    ) or any(_SENT_POLICY_RE.search(line) for line in lines[:5])


# a notice sending a policy, its title run into what follows it (…若干意见》的通知各市（县）区委…：, an OCR copy)
_SENT_POLICY_RE = re.compile(r"印发《[^《》\n]{2,70}?(?<!工作)(?:意见|措施|办法|政策|细则|规定)》的通知")


_ORDINAL_LED_RE = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]")


def _granted(sentence: str) -> bool:
    return bool(_GRANT_RE.search(sentence)) and not _DONE_OR_AIMED_RE.search(sentence)
