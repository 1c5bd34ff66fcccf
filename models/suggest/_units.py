"""Units as reports write them: money, measures and measure words, their magnitudes, base unit and kind."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A unit as written, its base unit and the factor to reach it."""

    name: str
    base: str
    factor: float
    kind: str  # "money" | "count" | "percent" | "points" | "measure"


def _u(name: str, base: str, factor: float, kind: str) -> Unit:
    return Unit(name, base, factor, kind)


_MONEY = ("元", "美元", "欧元", "港元")
_MEASURE = [
    "吨标准煤",  # energy use as statistics report it: 能源消费总量540.8万吨标准煤
    "吨",
    "亩",
    "公顷",
    "公斤",
    "千克",
    "斤",
    "克",
    "公里",
    "千米",
    "米",
    "平方米",
    "平方千米",
    "平方",  # spoken for square metres in rural and road-works reports: 沥青修补路面1938平方, 完成清表15.7万平方
    "平米",
    "㎡",
    "平方公里",
    "立方米",
    "立方",  # earthworks as rural reports write them: 砌石方27.3万立方
    "方",
    "千瓦时",
    "千瓦小时",  # 工业用电量2.61亿千瓦小时 (1059)
    "千伏安时",  # 铅酸蓄电池11937340千伏安时 (1295)
    "吨公里",  # transport turnover: 货物周转量962.97亿吨公里, 客运周转量12.0亿人公里 (1291, 1295, 931)
    "人公里",
    "毫升",  # vaccine issued: 禽流感疫苗746万毫升 (1490)
    "度",
    "千瓦",
    "兆瓦",
    "千伏安",
    "标箱",
    "微克/立方米",
    "微克每立方米",  # PM2.5平均浓度41微克每立方米, pm2.5浓度24.7μg/m3: air quality as bulletins write it
    "μg/m3",
    "μg/m³",
    "ug/m3",
    "mg/m3",  # older bulletins give the same in milligrams: 年均值分别为0.023 mg/m3
    "mg/m³",
    "毫克/立方米",
    "毫克/升",
    "mg/L",
    "km",
    "kg",
    "m²",
    "m³",
    # hectares, square and cubic metres with their superscripts flattened (water and forestry reports):
    # 治理面积2万hm2, 提水总量10.72亿m3
    "hm²",
    "hm2",
    "km²",
    "km2",
    "m2",
    "m3",
    "m",
    # bandwidth as information-infrastructure plans write it: 出口带宽由740Gbps增加至2310Gbps, 100Mbps带宽
    "Tbps",
    "Gbps",
    "Mbps",
    "Kbps",
    "皮长公里",  # optical cable as telecom plans measure it: 光缆铺设32.8万皮长公里, 739万仟芯公里
    "芯公里",
    "千芯公里",
    "仟芯公里",
    "小时",
    "分钟",  # 最小时间分辨率为5分钟
    "学时",  # training time: 集中学习不少于40学时 (1788), 课时 the same in schools
    "课时",
    "个月",  # the time a work took (历时5个月, 提前7个月完成): read only where ``_durations.py`` says so
    "个工作日",  # a time limit a rule sets: 自收到申请之日起7个工作日内答复
    "个工日",  # labour put in: 投工2.4万个工日
    "工日",
    "天",
    "岁",
    "年",
]
_COUNT = [
    "个",
    "家",
    "项",
    "件",
    "件次",  # petitions and cases are counted in 件次/件人次: 信访总量143件次
    "件人次",
    "人份",  # vaccine doses: 接种疫苗41520人份
    "头份",  # and for livestock: 小反刍兽疫疫苗3万头份 (1490)
    "只",
    "条",
    "处",
    "户",
    "人",
    "名",
    "位",
    "部",
    "本",
    "册",
    "支",
    "份",
    "起",
    "批",
    "座",
    "辆",
    "台",
    "套",
    "台套",  # equipment counted in sets: 年产能5000台套
    "所",
    "家次",
    "车次",
    "人次",
    "次",
    "场次",
    "场",
    "期",
    "堂",  # 每周一堂廉政课: lessons held
    "篇",
    "张",
    "头",
    "头只",
    "羽",
    "匹",
    "株",
    "棵",
    "剂次",
    "剂",
    "间",
    "栋",
    "宗",
    "例",
    "架",
    "艘",
    "门",
    "片",
    "户次",
    "笔",
    "批次",
    "台次",
    "架次",
    "艘次",
    "所次",
    "种",
    "袋",
    "个片区",
    "席",
    # measure words of things counted in rural and municipal work: 路灯500盏, 标牌200块, 机井40眼,
    # 鱼苗100万尾, 档案4186卷, 标语200幅, 产鞋8亿双, 奖牌3枚, 帐篷100顶
    "盏",
    "块",
    "眼",
    "尾",
    "卷",
    "幅",
    "双",
    "枚",
    "顶",
    "床",  # relief handed out: 棉被500床
    "把",  # tools handed out: 配发额温枪38把 (1594)
    # water works, rounds of an action, herds and old measures: 水窖2059口, 158口骨干山塘, 应对10轮强降雨,
    # 危旧住宅25幢, 骆驼5000峰, 畜群2800群, 烤烟4049担
    "口",
    "轮",
    "幢",
    "峰",
    "群",
    "担",
    # sets of equipment: 档案密集架110组, 安装了4组健身器材
    "组",
    # what a work item hands out, builds or moves (a measure word is a closed class of the grammar): 投产22棚草莓,
    # 火箭弹20532发, 机载烟条1400根 (2281, 2301), 农家饭9644桌 (1675), 卷烟28.4118万箱 (1876), 发运234列 (2178),
    # 清运垃圾315车 (1714), 12摊停产企业 (1784), 运行3200余趟次 (1510), 婚姻登记60对 (1959); 发 and 对 only
    # before a clause's end, 根, 列, 车 and 摊 not in the words they begin (``_WORD_AFTER``)
    "棚",
    "发",
    "根",
    "桌",
    "箱",
    "列",
    "车",
    "摊",
    "趟",
    "对",
    # what a works or a ceremony counts: 涵洞292道 (2269), 锦旗13面 (2272), 迁坟307棺 (2339), 香菇55万棒 (1447);
    # 道 and 面 only closing their clause (``_ONLY_AT_END``: 10面红旗分列两侧 is a hall's decoration, 1040)
    "道",
    "面",
    "棺",
    "棒",
]
#: Measure words that also begin words (根据, 发展, 对于, 车间, 列入, 摊派): read as a unit only where the grammar
#: leaves no word (发 and 对, a verb and a preposition as often, only before a clause's end or 和/及/、).
_WORD_AFTER = (
    r"(?!(?<=根)[据據本治系])(?!(?<=列)[入为出车举支席明])(?!(?<=车)[间道型位库站身主流险辆])(?!(?<=摊)[派位销点子])"
    r"(?!(?<=棒)[球槌])"
)
_ONLY_AT_END = r"(?!(?<=[发对道面])[^,，。；;、和及)）\s])"
#: Magnitude prefixes a unit may carry (``万亿元``, ``52.4万张``), longest first.
MAGNITUDES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}

_UNIT_LIST = [
    _u("%", "%", 1, "percent"),
    _u("‰", "‰", 1, "percent"),
    _u("个百分点", "个百分点", 1, "points"),
    _u("百分点", "个百分点", 1, "points"),
    # birth and death rates (‰, often typed %) change in per-mille points: 出生率8.66‰,比上年下降1.84个千分点
    _u("个千分点", "个千分点", 1, "points"),
    _u("千分点", "个千分点", 1, "points"),
    _u("个基点", "个基点", 1, "points"),  # interest rates: 贷款利率下浮25个基点
    _u("基点", "个基点", 1, "points"),
    _u("倍", "倍", 1, "count"),
    _u("亿", "元", 1e8, "money"),
    _u("个亿", "元", 1e8, "money"),  # 4.9个亿: spoken for 亿元
    _u("万", "", 1e4, "count"),
    _u("万亿", "", 1e12, "count"),
]
for _base in _MONEY + tuple(_MEASURE) + tuple(_COUNT):
    _kind = "money" if _base in _MONEY else "measure" if _base in _MEASURE else "count"
    _to = {"度": "千瓦时", "平米": "平方米", "㎡": "平方米", "平方": "平方米", "平方千米": "平方公里"}.get(_base, _base)
    _UNIT_LIST.append(_u(_base, _to, 1, _kind))
    if _base in ("岁", "年", "小时", "分钟", "个月", "个工作日", "天") or "/" in _base or "每" in _base:
        continue
    if _base.isascii() and not _base[-1].isdigit():  # 万hm2, 亿m3 carry a magnitude; 万m, 万kg are not written
        continue
    for _prefix, _factor in MAGNITUDES.items():
        if _prefix in ("千", "百万") and _base not in _MONEY:
            continue
        _UNIT_LIST.append(_u(_prefix + _base, _to, _factor, _kind))

_UNIT_LIST.append(_u("万小时", "小时", 1e4, "measure"))  # 安全飞行1117万小时
# Times-counted units are a grammar, not a list: any one-character measure word takes 次 for rounds counted
# (检查车辆880辆次, 排查隐患320条次, 机耕3万亩次), with the same magnitudes as its base.
for _base in [b for b in (*_COUNT, "亩") if len(b) == 1 and b not in "次发对" and b + "次" not in _COUNT]:
    _kind = "measure" if _base in _MEASURE else "count"
    _UNIT_LIST.append(_u(_base + "次", _base + "次", 1, _kind))
    for _prefix, _factor in MAGNITUDES.items():
        if _prefix not in ("千", "百万"):
            _UNIT_LIST.append(_u(_prefix + _base + "次", _base + "次", _factor, _kind))
# statistics give sown and planted areas in thousands of hectares: 粮食播种面积13.3千公顷
_UNIT_LIST.append(_u("千公顷", "公顷", 1e3, "measure"))
UNITS: dict[str, Unit] = {u.name: u for u in _UNIT_LIST}
#: Unit names longest first, for a regex alternation.
UNIT_NAMES: tuple[str, ...] = tuple(sorted(UNITS, key=len, reverse=True))


def _trie_pattern(words: list[str]) -> str:
    """A regex matching the longest of ``words``, branching by first character (fast on long texts)."""
    groups: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    alts = [re.escape(ch) + _trie_pattern(rest) for ch, rest in sorted(groups.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


#: A regex for any unit name, longest match first (9条次干道路: 次 starting a word is no times-counted unit).
UNIT_PATTERN = "(?:" + _trie_pattern(list(UNITS)) + ")(?!(?<=次)[干级要生序])" + _WORD_AFTER + _ONLY_AT_END
#: The points of a score (满意度得分为94.1分,较上年提升1.23分): a unit only after a score word, never found
#: on its own (25分 is also a weight in an assessment, 5时30分 a time), so it stays out of ``UNIT_PATTERN``.
SCORE_UNIT = "分"
UNITS[SCORE_UNIT] = _u(SCORE_UNIT, SCORE_UNIT, 1, "measure")
#: Months as a time a result took (历时5个月, 提前7个月完成): read only after such a cue, as 个月 elsewhere is a period
#: (前11个月, 连续6个月) or a schedule (工期为18个月), so it stays out of ``UNIT_PATTERN`` too.
MONTHS_UNIT = "个月"
UNITS[MONTHS_UNIT] = _u(MONTHS_UNIT, MONTHS_UNIT, 1, "measure")
