"""Terms that say what a stretch of report text is about: jieba words, CJK bigrams, domain words, topics."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import paths
from models.jieba_import import import_jieba

# Words of the work-report domain that carry a section's subject. The project's jieba
# word list (resources/jieba_words.txt) is added to these when present.
DOMAIN_WORDS: tuple[str, ...] = (
    "5G",
    "4G",
    "基站",
    "通信",
    "运营商",
    "铁塔",
    "宽带",
    "网络建设",
    "信息化",
    "两化融合",
    "企业上云",
    "万企上云",
    "上云",
    "工业互联网",
    "数字化",
    "智能化",
    "智能制造",
    "新基建",
    "电信普遍服务",
    "复工复产",
    "复工",
    "复产",
    "疫情防控",
    "防疫物资",
    "返岗",
    "惠企政策",
    "惠企",
    "金融服务",
    "融资",
    "贷款",
    "授信",
    "信贷",
    "补贴",
    "奖补",
    "稳岗",
    "纾困",
    "帮扶",
    "减税降费",
    "存在的问题",
    "主要问题",
    "问题",
    "不足",
    "短板",
    "差距",
    "困难",
    "瓶颈",
    "工作计划",
    "工作重点",
    "工作要点",
    "工作打算",
    "工作思路",
    "主要目标",
    "力争",
    "规上工业",
    "规模以上",
    "工业经济",
    "工业增加值",
    "工业总产值",
    "工业投资",
    "固定资产投资",
    "技术改造",
    "技改",
    "项目建设",
    "招商引资",
    "县域经济",
    "产业集群",
    "产业链",
    "园区",
    "标准厂房",
    "标准地",
    "科技创新",
    "高新技术企业",
    "专利",
    "研发",
    "专精特新",
    "小巨人",
    "中小企业",
    "企业培育",
    "电子商务",
    "电商",
    "物流",
    "外贸",
    "出口",
    "进出口",
    "社会消费品零售总额",
    "商贸",
    "限上",
    "党建",
    "营商环境",
    "安全生产",
    "关改搬转",
    "淘汰落后产能",
    "绿色",
    "节能",
)

# Words grouped by subject; each occurrence also counts as the group's topic term, so
# 惠企政策 and 金融服务企业 (or 5G and 通信) meet even when they share no word.
TOPICS: dict[str, tuple[str, ...]] = {
    "@通信": ("5G", "4G", "基站", "通信", "信息化", "运营商", "铁塔", "宽带", "网络建设", "电信普遍服务", "新基建"),
    "@两化": ("两化融合", "上云", "工业互联网", "数字化", "智能化", "智能制造", "信息化"),
    "@复工": ("复工", "复产", "返岗", "疫情防控", "防疫"),
    "@惠企": (
        "惠企",
        "金融",
        "融资",
        "贷款",
        "授信",
        "信贷",
        "补贴",
        "奖补",
        "稳岗",
        "纾困",
        "帮扶",
        "减税",
        "扶持",
        "服务企业",
    ),
    "@问题": ("存在的问题", "主要问题", "问题", "不足", "短板", "差距", "困难", "瓶颈", "有待"),
    "@计划": (
        "工作计划",
        "工作重点",
        "工作要点",
        "工作打算",
        "工作思路",
        "主要目标",
        "力争",
        "明年",
        "下一步",
    ),
    "@项目": ("项目建设", "招商引资", "工业投资", "固定资产投资", "技改", "技术改造"),
    "@科技": ("科技创新", "高新技术", "专利", "研发", "技术创新"),
    "@商贸": ("电子商务", "电商", "物流", "外贸", "出口", "商贸", "消费品零售"),
}

_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_ALNUM = re.compile(r"[A-Za-z0-9]+[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z]+")
_STOP = frozenset(
    [
        "进一步",
        "积极",
        "加强",
        "加快",
        "推进",
        "推动",
        "全面",
        "深入",
        "不断",
        "持续",
        "坚持",
        "强化",
        "开展",
        "工作",
        "情况",
        "完成",
        "实现",
        "我们",
        "我局",
        "全市",
        "全县",
        "一是",
        "二是",
        "三是",
        "四是",
        "五是",
        "六是",
        "有效",
        "大力",
        "着力",
        "切实",
        "扎实",
        "以及",
        "和的",
    ]
)

_tokenizer: Any = None
# Frequent heading words of work reports, so the small dictionary cuts them whole.
_COMMON_WORDS = (
    "推动",
    "加快",
    "加强",
    "推进",
    "落实",
    "强化",
    "完善",
    "提升",
    "建设",
    "发展",
    "工作",
    "情况",
    "完成",
    "主要",
    "企业",
    "工业",
    "服务",
    "政策",
    "经济",
    "项目",
    "产业",
    "创新",
    "融合",
    "计划",
    "重点",
    "要点",
    "问题",
    "措施",
    "机制",
    "环境",
    "优化",
    "培育",
    "支持",
    "保障",
    "运行",
    "监测",
    "基础设施",
)


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    """Built-in domain words plus the project word list, longest first."""
    words = set(DOMAIN_WORDS)
    for group in TOPICS.values():
        words.update(group)
    path = paths.RESOURCES / "jieba_words.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.split()[0] if line.split() else ""
            if len(w) >= 2 and not w.startswith("#"):
                words.add(w)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _domain_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in domain_words()))


@lru_cache(maxsize=1)
def _topic_of() -> dict[str, list[str]]:
    """Topics of every domain word: those of the topic words it contains (金融服务 -> @惠企)."""
    out: dict[str, list[str]] = {}
    for dw in domain_words():
        out[dw] = [topic for topic, words in TOPICS.items() if any(w in dw for w in words)]
    return out


def _jieba() -> Any:
    """A jieba tokenizer over the domain vocabulary, built on first use.

    jieba's full dictionary takes seconds to load; headings are segmented well enough by
    the domain words plus jieba's HMM for the rest, and a private tokenizer keeps the
    result the same whether or not another part of the program has loaded the big one.
    """
    global _tokenizer
    if _tokenizer is None:
        jieba = import_jieba()  # heavy: loaded lazily, never at import time

        jieba.setLogLevel(60)
        words = "".join(f"{w} 2000\n" for w in sorted(set(DOMAIN_WORDS) | {w for g in TOPICS.values() for w in g}))
        words += "".join(f"{w} 500\n" for w in _COMMON_WORDS)
        digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:12]
        dict_path = Path(tempfile.gettempdir()) / f"reportmark_compare_{digest}.txt"
        if not dict_path.exists():
            # Written aside and renamed, so a second process never reads half a file.
            part = dict_path.with_name(f"{dict_path.name}.{os.getpid()}.part")
            part.write_text(words, encoding="utf-8")
            os.replace(part, dict_path)
        tokenizer = jieba.Tokenizer(dictionary=str(dict_path))
        user = paths.RESOURCES / "jieba_words.txt"
        if user.exists():
            tokenizer.load_userdict(str(user))
        _tokenizer = tokenizer
    return _tokenizer


def word_terms(text: str) -> Counter[str]:
    """jieba words of a short text (titles), stop words and single characters dropped."""
    return Counter(_title_words(text))


@lru_cache(maxsize=8192)
def _title_words(text: str) -> tuple[str, ...]:
    # Headings recur (存在的问题, 2021年工作计划 …) across the documents of a project.
    words = _jieba().lcut(text, HMM=False)
    return tuple(w for w in words if len(w.strip()) >= 2 and w not in _STOP and not w.isdigit())


def bigram_terms(text: str) -> Counter[str]:
    """CJK character bigrams and Latin/number tokens such as ``5G`` of a body text."""
    c = Counter(_CJK_BIGRAM.findall(text))
    c.update(m.upper() for m in _ALNUM.findall(text))
    return c


def domain_hits(text: str) -> tuple[list[int], list[str]]:
    """Positions and words of every domain-word occurrence in ``text`` (one pass, longest match)."""
    positions: list[int] = []
    words: list[str] = []
    for m in _domain_re().finditer(text):
        positions.append(m.start())
        words.append(m.group(0))
    return positions, words


def domain_counts(words: Iterable[str]) -> Counter[str]:
    """Counts of domain words already found, with the topics they stand for.

    A topic word inside a longer domain word (金融 in 金融服务) names its topic through
    the longer word (see ``_topic_of``).
    """
    c: Counter[str] = Counter()
    topic_of = _topic_of()
    for w in words:
        c["#" + w] += 1
        for t in topic_of.get(w, ()):
            c[t] += 1
    return c


def domain_terms(text: str) -> Counter[str]:
    """Domain words found in ``text`` (longest match) and the topics they stand for."""
    return domain_counts(_domain_re().findall(text))
