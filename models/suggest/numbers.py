"""Numbers in report text: Arabic, full-width and Chinese numerals, units and their normalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

# ℅ and ﹪ are look-alike percent signs some offices type (合格率达98℅)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％：－℅﹪／", "0123456789.,%:-%%/")

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: Characters that may make up a Chinese numeral.
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)

_ARABIC_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MIXED_RE = re.compile(r"^([+-]?\d+(?:\.\d+)?)([万萬亿億]+)$")


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
]
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
    if _base in ("岁", "年", "小时", "分钟", "个工作日", "天") or "/" in _base or "每" in _base:
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
for _base in [b for b in (*_COUNT, "亩") if len(b) == 1 and b != "次" and b + "次" not in _COUNT]:
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
UNIT_PATTERN = "(?:" + _trie_pattern(list(UNITS)) + ")(?!(?<=次)[干级要生序])"
#: The points of a score (满意度得分为94.1分,较上年提升1.23分): a unit only after a score word, never found
#: on its own (25分 is also a weight in an assessment, 5时30分 a time), so it stays out of ``UNIT_PATTERN``.
SCORE_UNIT = "分"
UNITS[SCORE_UNIT] = _u(SCORE_UNIT, SCORE_UNIT, 1, "measure")


_FULLWIDTH_RE = re.compile("[０-９．，％：－℅﹪／]")


def to_halfwidth(text: str) -> str:
    """Map full-width digits and signs to ASCII; keeps length (one char to one char)."""
    # str.translate is slow on long texts, and full-width digits are rare: only translate when present
    return text.translate(_FULLWIDTH) if _FULLWIDTH_RE.search(text) else text


_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|.")
_MIXED_PARTS_RE = re.compile(r"^\d+(?:\.\d+)?(?:[万萬亿億千仟百佰十拾]+(?:\d+(?:\.\d+)?|[〇一二两三四五六七八九])?)+$")


def _parse_chinese(text: str) -> float | None:
    """Parse a Chinese numeral (三千五百, 两, 百万, 十二, 二〇二〇, 三十六点九) or a mixture (1万6千)."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = _parse_chinese(whole) if whole else 0.0
        if head is None or not frac or any(ch not in _DIGITS for ch in frac):
            return None
        return float(f"{int(head)}.{''.join(str(_DIGITS[ch]) for ch in frac)}")
    tokens = _TOKEN_RE.findall(text)
    if not tokens or any(not tok[0].isdigit() and tok not in CN_NUMERAL_CHARS for tok in tokens):
        return None
    if all(tok in _DIGITS for tok in tokens):
        if len(tokens) == 1:
            return float(_DIGITS[tokens[0]])
        # digit-by-digit reading, e.g. 二〇二〇
        return float("".join(str(_DIGITS[ch]) for ch in tokens))
    total = 0.0  # completed groups (亿, 万)
    section = 0.0  # within the current group
    digit: float | None = None
    # 一万六, 三千五, 两百五: a last digit straight after a magnitude counts in the magnitude below it
    if len(tokens) >= 2 and tokens[-1] in _DIGITS and tokens[-2] in _SMALL | _LARGE:
        below = (_SMALL | _LARGE)[tokens[-2]] / 10
        if below >= 10:
            head = _parse_chinese("".join(tokens[:-1]))
            return None if head is None else float(f"{head + _DIGITS[tokens[-1]] * below:.12g}")
    for tok in tokens:
        if tok[0].isdigit():
            if digit is not None:
                return None
            digit = float(tok)
        elif tok in _DIGITS:
            digit = (digit or 0) * 10 + _DIGITS[tok] if digit is not None and digit != 0 else _DIGITS[tok]
        elif tok in _SMALL:
            section += (digit if digit is not None else 1) * _SMALL[tok]
            digit = None
        else:
            scale = _LARGE[tok]
            group = section + (digit or 0)
            if group == 0:
                group = 1 if total == 0 else 0
            if group == 0:
                total *= scale
            elif total == 0 or scale > 10_000:
                # 百万 / 三亿: the group multiplies everything so far
                total = (total + group) * scale
            else:
                # 三亿五千万: a lower group adds to the higher one
                total += group * scale
            section = 0.0
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Parse one number as written in a report.

    Understands Arabic (``40.68``, ``1,200``), full-width (``３１９``), Chinese numerals
    (``两``, ``三千五百``, ``百万``, ``三十六点九``) and mixtures (``1.2万``, ``1万6千``).
    Ratios, ranges and anything else return ``None``.

    Args:
        text: the number alone, without unit.

    Returns:
        The value as a float, or ``None`` when ``text`` is not a single number.
    """
    if not isinstance(text, str):
        return None
    s = to_halfwidth(text.strip())
    if not s or len(s) > 40:
        return None
    if _ARABIC_RE.match(s):
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    m = _MIXED_RE.match(s)
    if m:
        base = float(m.group(1))
        mult = _parse_chinese(m.group(2))
        return None if mult is None else float(f"{base * mult:.12g}")
    if s[0].isdigit() and not _MIXED_PARTS_RE.match(s):
        return None
    return _parse_chinese(s)


def normalize(value: float, unit: str) -> tuple[float, str]:
    """Return ``(normalized_value, base_unit)`` for a value in ``unit``.

    Money goes to 元, 万人次 to 人次, 万亩 to 亩 and so on; counts stay as they are and
    ``%`` stays a percentage. Unknown units pass through unchanged.
    """
    u = UNITS.get(unit.removesuffix("人民币") if unit.endswith("元人民币") else unit)  # 175亿元人民币
    if u is None:
        return value, unit
    # 2474.2 × 1e8 is 247419999999.99997 in binary floating point; 12 significant digits are plenty
    return float(f"{value * u.factor:.12g}"), u.base
