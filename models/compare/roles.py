"""The words of a heading's subject: its period words and generic heading bigrams left out."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Words of time that say when, not what: 2017年工作回顾 and 2018年工作回顾 (or 过去一年工作回顾) open the same part.
_PERIOD_RE = re.compile(
    r"\d{2,4}\s*(?:年度|年)(?:上半年|下半年|前三季度|第[一二三四]季度|\d{1,2}(?:-\d{1,2})?月份?)?"
    r"|[一二三四五六七八九十]+五(?:时期|期间)?|过去[一二三四五六七八九十\d]+年|过去的?一年|本届政府|本届|今年|去年|明年|"
    r"上半年|下半年|前三季度|一年来|五年来|近年来"
)
_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
# Bigrams every heading of a work report may hold (verbs of effort, 工作, 发展 …): they say nothing of its subject.
_GENERIC_BIGRAMS = frozenset(
    (
        "工作",
        "发展",
        "建设",
        "推进",
        "推动",
        "加快",
        "加强",
        "强化",
        "全面",
        "深入",
        "持续",
        "不断",
        "一步",
        "聚焦",
        "发力",
        "聚力",
        "围绕",
        "全力",
        "着力",
        "大力",
        "扎实",
        "切实",
        "坚持",
        "提升",
        "提高",
        "增强",
        "促进",
        "实施",
        "实现",
        "做好",
        "抓好",
        "落实",
        "努力",
        "积极",
        "主要",
        "情况",
        "成效",
        "显著",
        "明显",
        "更加",
        "取得",
        "稳步",
        "有效",
        "水平",
        "能力",
        "质量",
        "优化",
        "完善",
        "打造",
        "构建",
        "开展",
        "助推",
        "进展",
        "步伐",
        "迈出",
    )
)


def strip_period(title: str) -> str:
    """``title`` without its words of time (2018年, 过去一年, 本届政府, 今年 …)."""
    return _PERIOD_RE.sub("", title)


@lru_cache(maxsize=8192)
def title_bigrams(title: str) -> tuple[str, ...]:
    """The character bigrams of a heading's subject: period words and generic heading bigrams left out.

    Token-level, not whole-string: 在深化改革开放上聚焦发力 and 围绕深化改革开放 meet in 深化, 改革, 开放; the small
    word list segments unknown names (三大攻坚战) into single characters, bigrams keep them.
    """
    text = strip_period(title)
    return tuple(b for b in _CJK_BIGRAM.findall(text) if b not in _GENERIC_BIGRAMS)


def title_subject_terms(title: str) -> Counter[str]:
    """Title bigrams as marked terms (``h:`` keeps them apart from body bigrams and domain words)."""
    return Counter("h:" + b for b in title_bigrams(title))
