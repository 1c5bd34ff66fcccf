"""Figures of the page or session, not the report's: page counters, a roll call, who attended, a base's rate aside."""

from __future__ import annotations

import re

# who was due at a session and who came (应到会代表359人,…,实到会代表340人; 應出席代表164人,實到149人): its roll call
_ROLL_DUE_RE = re.compile(r"[应應](?:到|出席)[会會]?(?:代表|委员|委員)?")
_ROLL_PRESENT_RE = re.compile(r"[实實](?:到|际出席|際出席)|出席[^，,。；;]{0,8}(?:代表|委员|委員)|[请請]假")


def in_quorum_statement(t: str, s: int, e: int) -> bool:
    """Whether ``t[s:e]`` lies in the sentence of a session's roll call: it says the quorum is met (符合法定人数), or it
    names both who was due and who came (2309 writes 符合法律规定)."""
    start = max(t.rfind(c, 0, s) for c in "。；;\n") + 1
    ends = [i for i in (t.find(c, e) for c in "。；;\n") if i >= 0]
    sentence = t[start : min(ends, default=len(t))]
    if "法定人数" in sentence or "法定人數" in sentence:
        return True
    return bool(_ROLL_DUE_RE.search(sentence) and _ROLL_PRESENT_RE.search(sentence))


# who attended the meeting an item reports (README 1881, session 21): the clause ends on the attendance
# (…共76人参加了会议, 55家单位负责人参加了会议, 200多名人大代表…出席大会, 共计60多人参会) or opens on it
# (出席大会的570名省人大代表): every count in it describes the meeting, not the report
_MEETING = r"(?:会议|大会|會議|大會|开幕式|開幕式|座谈会|座談會|座谈|座談)"  # a symposium is a meeting (2108)
# (…等5名村负责人代表进行了发言, 等14个经济主管部门负责人分别结合…进行表态发言, 等5个县市区分别围绕…进行了交流发言:
# who spoke at it is its roll call too, README session 26: 2283, 1055, 1948, 293)
# (6個周邊國家駐昆總領事受邀旁聽了本次會議第一次全體會議, 2396: guests invited to sit in, the sitting named after the
# session, 本次會議第一次全體會議, are its roll call too)
_ATTENDED_RE = re.compile(
    rf"(?:(?:参加|參加|出席|列席)了?(?:本次|此次)?{_MEETING}|参会|參會|与会|與會|到会|到會"
    rf"|(?:旁听|旁聽)了?(?:(?:本次|此次)?{_MEETING}(?:第[一二三四五六七八九十]次)?(?:全体|全體|预备|預備)?)?{_MEETING}?"
    r"|(?:进行|進行|作|做)了?(?:典型|交流|表态|表態|经验|經驗)?(?:发言|發言))[。.]?$"
)
# (出席大会的570名省人大代表; the roll the clause opens on: 参加本次会议的有…、…在内的共计150余人, 2282)
_ATTENDING_RE = re.compile(
    rf"(?:出席|参加|參加|列席)(?:本次|此次)?{_MEETING}的(?:(?:人员|人員)?(?:有|包括)[^，,。；;\n]*)?$"
)
_CLAUSE_STOPS = "，,。；;：:！!？?\n"


# the venues the meeting set up (在…设1个主会场, 设分会场32个: 2121): its arrangement, as who attended it
_VENUE_AFTER_RE = re.compile(r"(?:主|分)(?:会场|會場)")
_VENUE_BEFORE_RE = re.compile(r"(?:主|分)(?:会场|會場)(?:共有|共|有)?$")


def in_attendance(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` lies in a clause that says who attended the meeting (a roll call, no result) or
    counts the venues it was held in."""
    if _VENUE_AFTER_RE.match(t, e) or _VENUE_BEFORE_RE.search(t, max(0, s - 5), s):
        return True
    start = max(t.rfind(c, max(0, s - 80), s) for c in _CLAUSE_STOPS) + 1
    if start == 0:
        start = max(0, s - 80)
    if _ATTENDING_RE.search(t, start, s):
        return True
    ends = [i for i in (t.find(c, e, e + 80) for c in _CLAUSE_STOPS) if i >= 0]
    return bool(_ATTENDED_RE.search(t[e : min(ends, default=min(len(t), e + 80))]))


# the deputies a news item on a session counts, gathered or attending (1040 162名代表汇聚一堂, 1120 300多名代表汇聚一堂,
# 2050 三百多名人大代表满怀…期望,参加…人民代表大会第七次会议): the roll call of the session, read in its sentence
# (2381 四百余名南京市人大代表今日齐集南京人民大会堂: the deputies named by their city, gathered in its hall)
_DEPUTIES_AFTER_RE = re.compile(
    r"(?:余|多)?(?:名|位|人)?(?:(?:[\u4e00-\u9fff]{0,6}?[省市州县区縣區乡镇])?(?:人大|政协|政協))?(?:代表|委员|委員)"
)
_GATHERED_RE = re.compile(
    rf"(?:汇聚|齐聚|共聚|欢聚|匯聚|齊聚|歡聚)一堂|(?:齐集|齊集|云集|雲集|齐聚|齊聚)"  # 七百余位人大代表齊聚此間 (2015)
    rf"|(?:出席|参加|參加|列席)[^。；;\n]{{0,30}}?(?:{_MEETING}|代表大会|代表大會)"
)


# deputies said to carry the people's trust (2165 肩负着全区720万人民的重托,380名代表以…积极履职尽责; 1773 238名
# 人大代表,心里装着60多万群众的期望和重托; 2088 259名市人大代表肩负全市人民的重托): a sidelight's roll of the
# session, the trust said before or after the count
_TRUSTED_RE = re.compile(r"(?:肩负|肩負|不负|不負|承载|承載|带着|帶着|装着|裝着)[^。；;\n]{0,24}?(?:重托|重託)")


def deputies_gathered(t: str, s: int, e: int) -> bool:
    """Whether the count ``t[s:e]`` counts the deputies its sentence says gathered for or attended a session, or
    carry the people's trust to it."""
    if not _DEPUTIES_AFTER_RE.match(t, e):
        return False
    end = min((i for i in (t.find(c, e, e + 120) for c in "。；;\n") if i >= 0), default=min(len(t), e + 120))
    if _GATHERED_RE.search(t, e, end) is not None:
        return True
    start = max(t.rfind(c, max(0, s - 80), s) for c in "。；;\n") + 1
    return _TRUSTED_RE.search(t, max(start, s - 80), end) is not None


# a page's counters: 浏览1135次, 点击:83538次, 浏览量:0次, 本篇文章2875字,读完约7分钟 (707, 959, 547, 191)
_PAGE_COUNTER_BEFORE_RE = re.compile(
    r"(?:(?:浏览|点击)(?:量|次数)?|阅读(?:量|次数))[:：]?\s?$|(?:读完|阅读)(?:全文)?[约需]{0,2}$"
)


# 较上年同期(9.2%)加快2.2个百分点, 比上年(134908吨)减少3.3%: the base's own figure, said in brackets beside the change
_BASE_FIGURE_BEFORE_RE = re.compile(r"(?:比|较)(?:上年|去年|上月|上季度|一季度)(?:同期)?[(（]$")
# another place's figure beside ours, alone in its brackets: 增速比全市平均增速(8.1%)低8.4个百分点 (1433),
# 较全省平均水平(…), 同比增长1.6%(全市2.6%) (1237), and every benchmark listed after a first one:
# 高于全国(3%)、全省(2.9%) (1416, 1270)
# a bracket right after a figure that opens with past years (or last year) and gives their figure: 出现重污染天气1天
# (20**、2021年全年均为0天) (2152), 优良天数320天(2021年为298天), 降至35微克/立方米(上年同期38微克/立方米)
_YEAR_OF_PAST = r"(?:\d{4}|\d{2}\*\*|[xX×]{4})年?"
_PAST_YEARS_IN_BRACKET_RE = re.compile(
    rf"\d[^\d()（）,，。；;]{{0,8}}[(（](?:{_YEAR_OF_PAST}(?:[、和及至—-]{_YEAR_OF_PAST})*|上年|去年)"
    r"(?:全年|同期|年底|年末)?(?:均|都)?(?:为|是|达|有)?$"
)
_PLACE = r"全[国省市县区州]"
_PLACE_FIGURE_BEFORE_RE = re.compile(
    rf"(?:(?:比|较){_PLACE}[^\d,，。；;、()（）]{{0,12}}[(（]"
    rf"|[%％][(（]{_PLACE}(?:平均)?(?:水平|增速|增幅)?[为:：]?"
    rf"|[%％][)）][、和及]{_PLACE}[^\d,，。；;、()（）]{{0,8}}[(（])-?$"
)
_LISTED_BENCHMARKS_RE = re.compile(
    rf"(?:高于|低于|快于|慢于|高出|低出|超过|超出|比|较)[^\d,，。；;、()（）]{{1,12}}[(（]-?[\d.]+[%％][)）]"
    rf"(?:[、和及]{_PLACE}[^\d,，。；;、()（）]{{0,8}}[(（]-?[\d.]+[%％][)）])*[、和及]{_PLACE}[^\d,，。；;、()（）]{{0,8}}[(（]-?$"
)


def page_counter(t: str, s: int, unit: str) -> bool:
    """True when a figure in 次 or 分钟 at ``s`` is the web page's counter (views, reading time)."""
    return unit in ("次", "分钟") and _PAGE_COUNTER_BEFORE_RE.search(t, max(0, s - 8), s) is not None


def base_rate_in_brackets(t: str, s: int, e: int, unit: str) -> bool:
    """Whether ``t[s:e]`` is alone in brackets as the base's or another place's figure beside a comparison."""
    if t[e : e + 1] not in (")", "）"):
        return False
    if _BASE_FIGURE_BEFORE_RE.search(t, max(0, s - 10), s) is not None:
        return True  # a past period's own level or rate, in any unit
    if _PAST_YEARS_IN_BRACKET_RE.search(t, max(0, s - 24), s) is not None:
        return True  # 重污染天气1天(20**、2021年全年均为0天): the past years' figure beside this year's
    if unit != "%":
        return False
    if _PLACE_FIGURE_BEFORE_RE.search(t, max(0, s - 20), s) is not None:
        return True
    # the first bracket of the list is read by its own rule; the list's later ones follow it
    return _LISTED_BENCHMARKS_RE.search(t, max(0, s - 60), s) is not None
