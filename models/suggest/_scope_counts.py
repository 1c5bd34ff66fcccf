"""Counts that only set a statement's scope (all of a place's subdivisions an inspection covers, the statistics a
statement counts, the list a colon opens, the partners an action was done with, the units kept under supervision) and
counts an action reached although a plan's contents noun follows (对50个政策项目开展评估)."""

from __future__ import annotations

import re

# a place's own administrative subdivisions (乡镇, 街道, 县(区), 苏木, 管委会), with an optional bracketed gloss
_SUBDIVISION = (
    r"(?:苏木乡镇|苏木|乡镇|镇乡|乡|镇|街道办事处|街道|县区|县市区|县|区|市|旗|管委会|开发区)"
    r"(?:[(（][^()（）]{1,8}[)）])?"
)
# the whole place named before the first count: 对全区4个乡镇、5个街道、 (the counts listed after it share it)
_ALL_OF_PLACE_BEFORE_RE = re.compile(rf"对全[省市州盟县区旗镇乡](?:\d+个{_SUBDIVISION}[、和及与])*$")
_SUBDIVISION_AFTER_RE = re.compile(rf"{_SUBDIVISION}(?=[、和及与]|\d|进行|开展|实行|实施|分|逐|全|均)")
# what is done to each of them: an inspection, an evaluation or a coverage
_CHECK_AHEAD_RE = re.compile(
    r"[^。；;\n]{0,30}?(?:进行|开展|实行|实施|分)[^。；;，,\n]{0,12}?"
    r"(?:考核|督查|检查|督导|评估|考评|巡查|巡察|暗访|抽查|评比|排名|全覆盖)"
)


# villages or communities (or towns) whose things an inspection, survey or assessment goes over, in the count's clause:
# 对全县378个村农家书屋…现场督办检查 (786), 6916个社区(村居)65442件健身器材大普查 (1968): the places are what was
# only looked at, the scope (lead's session-25 ruling; units built, given to or reached stay counted)
_PLACES_LOOKED_AT_RE = re.compile(
    r"(?:行政村|自然村|村居|村|社区|乡镇|街道)(?:[(（][^()（）]{1,8}[)）])?"
    r"[^,，。；;\n]{0,30}?(?:检查|督查|督导|考核|考评|巡查|暗访|抽查|普查|排查|调查)"
)
_LOOKED_AT_OPENING_RE = re.compile(r"对全[省市州盟县区旗镇乡]$")
_THINGS_AFTER_RE = re.compile(r"(?:[(（][^()（）]{1,8}[)）])?\d+[件台套处座]")


# the bodies a census or a survey took in (物资普查工作,收集数据5000余条,涉及216个单位, 021): its respondents, the
# scope (lead's session-27 ruling); what it found (454个物资储备库) and units the work reached (涉及9个村) still count
_SURVEY_RE = re.compile(r"普查|调查|排查|清查|摸底|摸排")
_RESPONDENTS_AFTER_RE = re.compile(
    r"(?:[^\d,，。；;、\s]{0,4}?(?:单位|單位|部门|部門|机构|機構))(?=[、，,。；;和及与與]|$)"
)
_TOOK_IN_BEFORE_RE = re.compile(r"(?:涉及|涉及到|覆盖|覆蓋)$")


def survey_respondents(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` counts the bodies a census or survey named earlier in its sentence took in (普查…涉及216个
    单位): the survey's scope."""
    if not _TOOK_IN_BEFORE_RE.search(t, max(0, s - 3), s) or not _RESPONDENTS_AFTER_RE.match(t, e):
        return False
    sent = max(t.rfind(c, 0, s) for c in "。；;！？\n") + 1
    return _SURVEY_RE.search(t, sent, s) is not None


def places_looked_at(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` counts the villages or communities an inspection or a survey went over: all of a
    place's (对全县…), or the places of a survey another count after them measures (…个社区65442件…普查), or the
    bodies a survey took in (…普查…涉及216个单位)."""
    if survey_respondents(t, s, e):
        return True
    m = _PLACES_LOOKED_AT_RE.match(t, e)
    if m is None:
        return False
    if _LOOKED_AT_OPENING_RE.search(t, max(0, s - 3), s):
        return True
    sub = re.match(r"行政村|自然村|村居|村|社区|乡镇|街道", t[e:])
    return sub is not None and _THINGS_AFTER_RE.match(t, e + sub.end()) is not None


def subdivisions_all_inspected(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` counts all of a place's own subdivisions an inspection or an evaluation goes over
    (069 对全区22个乡镇(街道)进行…全覆盖督查, 1686 对全区4个乡镇、5个街道、1个管委会进行考核): the number of
    towns is the map's, the scope of the check (set 22's ruling, "when it is all of them"); firms, schools or
    projects it reaches are counted (333 对全市253家规上企业进行全覆盖), and towns not said to be all of them too."""
    if places_looked_at(t, s, e):
        return True
    if not _ALL_OF_PLACE_BEFORE_RE.search(t, max(0, s - 60), s):
        return False
    m = _SUBDIVISION_AFTER_RE.match(t, e)
    if not m:
        return False
    rest = re.match(rf"(?:[、和及与]\d+个{_SUBDIVISION})*", t[m.end() :])
    return bool(_CHECK_AHEAD_RE.match(t, m.end() + (rest.end() if rest else 0)))


# a count of statistics: 12项指标, 等5项经济指标, 12个绩效目标指标 (not 指标体系, the system they make)
_STATISTICS_AFTER_RE = re.compile(r"(?:主要|核心|重点|约束性|预期性)?[^\d,，。；;、\s]{0,6}?指标(?!体系)")
# the examples a count of indicators sums: 地区生产总值、固定资产投资等5项主要经济指标
_EXAMPLES_BEFORE_RE = re.compile(r"[\u4e00-\u9fff）)”]等\s*$")


def counted_after_examples(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` counts indicators after the examples 等 closes (…等5项经济指标): a count of its own."""
    return bool(_EXAMPLES_BEFORE_RE.search(t, max(0, s - 3), s)) and _STATISTICS_AFTER_RE.match(t, e) is not None


# statistics counted for what they did: 实现5个指标攀高 (839), 有6项指标增长
_MOVED_BEFORE_RE = re.compile(r"(?:实现|有)$")
# or for how they grew or ranked: 等8项主要经济指标增速分列全市各区前3 (1535), as 22个大类的产值实现正增长; or
# for the targets they met or missed (1956 12项具体指标全部达到要求, 1720 其余9项指标全部完成: session 22's count of
# targets met, lead's session-25 ruling)
_MOVED_AHEAD_RE = re.compile(
    r"[^,，。；;]{0,6}?(?:正增长|增长|攀高|上升|增速|增幅|排名|位居|位列|分列|居|完成|达到|达标|未能|创)"
)


def counts_statistics(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]``, a count written before its noun, counts indicators: the statistics a statement is about,
    not a result (1720 计划12项指标中; 1284 12个绩效目标指标; 238, 403, 1630, 1486). The statistics that moved or
    ranked (839 实现5个指标攀高, 1535 等8项主要经济指标增速分列全市各区前3) are counted, as the industries that grew,
    and so is a count after 等, which sums the indicators its examples open, met or missed (lead's session-25 ruling:
    1858 地区生产总值等5项经济指标未能实现预期目标, 317 …等六项主要经济指标全部位列全市第一, 2124)."""
    m = _STATISTICS_AFTER_RE.match(t, e)
    if m is None or counted_after_examples(t, s, e):
        return False
    return not _MOVED_BEFORE_RE.search(t, max(0, s - 2), s) and not _MOVED_AHEAD_RE.match(t, m.end())


# 对 + a count, then 进行/开展 within its clause: the objects an evaluation or a clean-up went over
_OBJECT_BEFORE_RE = re.compile(r"对[^\d,，。；;、]{0,6}$")
_ACTION_AHEAD_RE = re.compile(r"[^,，。；;\d]{0,20}?(?:进行|开展)")


def object_of_action(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` is the object of 对…进行/开展 (1377 对50个政策项目开展事前评估, 1292 对市本级
    956个项目政策进行清理、评估): what the action reached (session 11's scope ruling), even when the noun is one
    a plan's items carry (政策, 措施)."""
    return bool(_OBJECT_BEFORE_RE.search(t, max(0, s - 8), s) and _ACTION_AHEAD_RE.match(t, e))


# the whole a counted set is taken from, right before the count: a clause's start, 全市/我县, 以上 (the places listed),
# the jurisdiction said as 辖区/辖内 (all within the place) or its level's own (区属/市属: 2290 辖区187户…总产值,
# 区属107户…)
_WHOLE_BEFORE_RE = re.compile(r"(?:^|[，,。；;：:\n]|[全我][省市州盟县区旗镇乡]|以上|辖区|辖内|[省市州县区]属)\s*$")
# the counted objects (brackets may gloss them, 国控断面20个), then a figure of their own in the same clause: their
# water quality, contribution, output or revenue (gold README "Counts that set a scope": the count only frames it)
_OWN_FIGURE_AHEAD_RE = re.compile(
    r"(?:[^\d,，。；;：:\n()（）]|[(（][^()（）\n]{0,12}[)）]){1,24}?"
    r"(?:水质|贡献率|增加值|工业总产值|总产值|产值|营收|营业收入|主营业务收入|利润总额|销售收入)"
    r"(?P<rest>[^\d,，。；;\n]{0,14}?)\d"
)
# …but a bar passed: 8家企业产值超过10亿元 counts the objects that passed it (the count is the figure)
_BAR_PASSED_RE = re.compile(r"(?:均|都)?(?:超过|超|突破|过|逾)")


def frames_own_figure(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` only frames a figure its objects have, stated right after them in the clause
    (1295 全州42个…考核断面（…）水质优良比例100%, 1300 20个地表水国控考核断面水质, 2058 3个…水源地水质达标率,
    1270 全市484家规上工业企业增加值同比, 2018 全市611户规模以上企业实现工业总产值, 1873 以上7个县(市、区)对全市经济
    贡献率): the objects are the statement's scope (set 12's ruling; 426, 522). Counts of what passed a bar (8家企业
    产值超过10亿元), of what grew (有28个行业产值实现增长: no figure) or what an action reached (对…) stay."""
    if not _WHOLE_BEFORE_RE.search(t, max(0, s - 4), s):
        return False
    m = _OWN_FIGURE_AHEAD_RE.match(t, e)
    return m is not None and not _BAR_PASSED_RE.search(m.group("rest"))


# 在/从 and the whole, then the count, then 中/看 closing the set: 在参评的127个全国文明城市和提名资格城市中(排名…),
# 在全国400个地级市及百强县定位排名中, 从全市8条制造业重点产业链看: the set a rank or a view is taken over; or the
# rank verb right after the set's name (2266 在xx市15个区县排名第10位, 2275 在关中地区64个县市(区)排名第9)
# (a year may stand in the set's name: 在2022年遭遇的7起疫情中, 2342)
_AMONG_BEFORE_RE = re.compile(r"[在从](?:(?:19|20)\d\d年度?|[^\d,，。；;：:\n]){0,8}$")
_AMONG_AFTER_RE = re.compile(
    r"[^\d,，。；;：:\n]{1,24}?(?:(?:中|之中)(?=[排位居列稳继仍始,，的第]|有?\s?\d)|看(?=[,，])"
    r"|(?<=[^\d,，。；;：:\n])(?=(?:排名|排在|位居|位列|名列)第))"
)


# the peers a rank verb counts before the place it gives (位居15个副省级城市第一, 列全国35个大中城市第12位, 排名全省
# 14个市州中第1): the board's size, read with the rank (ranks._AMONG)
_RANKED_AMONG_BEFORE_RE = re.compile(r"(?:位居|位列|名列|稳居|居|列|排名|排在)(?:全[国省市州县区])?$")
_RANKED_AMONG_AFTER_RE = re.compile(r"[^\d,，。；;：:\n第前]{1,10}?(?:中|之中)?第")


def set_compared_over(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` names the set a rank or a view is taken over, opened by 在/从 and closed by 中/看
    (2143 在参评的127个…城市中, 1388 在全国400个地级市及百强县定位排名中, 1380 从全市8条制造业重点产业链看): the
    scope, as 全国261个地级市中 (gold README, counts), however long the set's name; or counted by the rank verb
    right before it (2110 位居15个副省级城市第一)."""
    if _RANKED_AMONG_BEFORE_RE.search(t, max(0, s - 5), s) and _RANKED_AMONG_AFTER_RE.match(t, e):
        return True
    return bool(_AMONG_BEFORE_RE.search(t, max(0, s - 15), s) and _AMONG_AFTER_RE.match(t, e))


# the count of the parts a speaker announces, then enumerates (主要做了七项工作:一是…, 重点抓好以下八个方面工作:(一)…,
# 全面完成三项重点工作,一是…: 1115, 1288, 1672, 1958; 主要有 2 笔业务：一是…, 主要存在 2 方面问题：一是…: 1282): it
# counts the text's own list, whatever verb comes before
_ENUMERATED_AFTER_RE = re.compile(
    r"[^\d,，。；;:：]{0,10}?(?:工作|任务|方面|举措|措施|要求|重点|业务|问题)[,，:：]?\s*(?:一是|一要|一、|[（(]一[）)]|首先)"
)
# a meeting's agenda counted before the colon that lists it (会议主要任务8项:审议…, 议程共4项：听取…: 2015): the
# items of the agenda follow, the count is the text's own
_AGENDA_BEFORE_RE = re.compile(r"(?:任务|议程|议题)(?:共有|共|有|为)?\s*$")


def announces_list(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` announces the list that follows it (its items, its agenda)."""
    if _ENUMERATED_AFTER_RE.match(t, e):
        return True
    return bool(re.match(r"\s*[:：]", t[e : e + 2])) and bool(_AGENDA_BEFORE_RE.search(t, max(0, s - 6), s))


# the partners an action was done with (会同2家省分行…强制要求…, 伙同3户企业实控人…突击入股: 1282): who joined the doer,
# not what was done (会同/伙同 open a companion, never an object)
_PARTNERS_BEFORE_RE = re.compile(r"(?:会同|伙同|會同|夥同)\s*$")
_PARTNER_UNITS = frozenset(("家", "户", "戶", "个", "個", "名", "人"))


def partners_of_action(t: str, s: int, unit: str) -> bool:
    """Whether the count ``t[s:...]`` (of ``unit``) counts the partners 会同/伙同 gives the doer."""
    return unit in _PARTNER_UNITS and bool(_PARTNERS_BEFORE_RE.search(t, max(0, s - 4), s))


# 加强/强化 (对) and the units kept under watch, each with its noun and an optional gloss (3家…企业(i站)和2家…
# 维护站(m站)), then the supervision itself (监管, 跟踪调度, 项目管理): a standing duty over them, not a count of work
# done (2112 加强对50户重点骨干企业的跟踪调度, 2152 加强全县3家汽车尾气监测企业(i站)和2家…监管, 1447 加强6个食用菌
# 基地的项目管理)
_STRENGTHEN_BEFORE_RE = re.compile(
    r"(?:加强|强化)(?:对)?[^\d,，。；;：:\n]{0,6}(?:\d+[家户个所座处][^,，。；;：:\n]{1,30}和)?$"
)
_SUPERVISION_AHEAD_RE = re.compile(
    r"(?:[^\d,，。；;、：:\n()（）]|[(（][^()（）\n]{0,10}[)）]|和\d+[家户个所座处]){1,30}?"
    r"(?:监管|监督|管理|跟踪|调度|运行监测)(?!人员|者|层|干部)"
)


def kept_under_supervision(t: str, s: int, e: int, unit: str) -> bool:
    """Whether the count ``t[s:e]`` (of ``unit``) counts the units 加强/强化 keeps under supervision."""
    return (
        unit in ("家", "户", "戶", "个", "個", "所", "座", "处")
        and _STRENGTHEN_BEFORE_RE.search(t, max(0, s - 48), s) is not None
        and _SUPERVISION_AHEAD_RE.match(t, e) is not None
    )
