"""jieba with the domain dictionary, loaded lazily, and per-document keywords."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from models.jieba_import import import_jieba

_WORDS_PATH = Path(__file__).resolve().parents[2] / "resources" / "jieba_words.txt"
_lock = threading.Lock()
_jieba: ModuleType | None = None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry no topic in a work report (verbs of reporting, fillers, units).
_STOP = _words(
    """我们 我局 我市 我县 全市 全县 全州 全省 今年 全年 目前 其中 同时 进一步 积极 大力 加快 推进 推动 加强
    开展 工作 完成 实现 组织 相关 有关 方面 情况 主要 重点 进行 提供 提升 实施 落实 做好 持续 不断 全面 深入
    充分 努力 确保 力争 坚持 围绕 按照 通过 以及 一批 一是 二是 三是 四是 五是 六是 七是 同比 增长 下降 亿元
    万元 个 家 项 年度 今年以来 一步 发展 建设 企业 单位 部门 服务 支持 要求 成为 取得 开始 已经 正在 继续
    各类 各项 一系列 当前 位置 首页 发布 时间 来源 作者 字体 加大 减小 责任编辑 扫一扫 手机 打开 页面 关闭
    窗口 纠错"""
)
_NUMERIC = re.compile(r"^[\d.%０-９]+$|^[零〇一二两三四五六七八九十百千万亿]+$|^百分之")
# Parts of speech a topic is named by: nouns, places, bodies, proper and verbal nouns, idioms, abbreviations,
# and the domain words jieba tags as unknown (x). Person names (nr) and greetings, verbs and adverbs are left out.
_TOPIC_POS = ("n", "ns", "nt", "nz", "vn", "l", "j", "x")


def domain_words() -> frozenset[str]:
    """The words of ``resources/jieba_words.txt`` (read once)."""
    return _domain_words()


@lru_cache(maxsize=1)
def _domain_words() -> frozenset[str]:
    try:
        lines = _WORDS_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.split()[0] for line in lines if line.strip())


def get_jieba() -> ModuleType:
    """Import jieba and load the domain dictionary on first use (never at import time)."""
    global _jieba
    if _jieba is not None:
        return _jieba
    with _lock:
        if _jieba is None:
            import logging

            jieba = import_jieba()
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            if _WORDS_PATH.exists():
                jieba.load_userdict(str(_WORDS_PATH))
            _jieba = jieba
    return _jieba


@lru_cache(maxsize=8192)
def _cut(text: str) -> tuple[str, ...]:
    return tuple(get_jieba().cut(text, HMM=False))


def cut(text: str) -> list[str]:
    """Segment ``text`` with the domain dictionary (no HMM, so boundaries are predictable).

    Inside ``without_jieba()`` a dictionary-only segmenter is used instead, so jieba is never loaded.
    """
    if _LIGHT.get():
        return list(_light_cut(text))
    return list(_cut(text))


_LIGHT: ContextVar[bool] = ContextVar("_LIGHT", default=False)
# single letters that stand alone between words (particles, linking verbs, magnitudes)
_LIGHT_SINGLE = frozenset("的了和与及为是达约近超逾共在对将并等均都从由向比较增减降个家项名人件年月日元万亿吨亩")
_LIGHT_SUFFIX = frozenset("率量额值度")
_LIGHT_ALNUM = re.compile(r"[0-9A-Za-z.%]+")


@contextmanager
def without_jieba() -> Iterator[None]:
    """Segment with the word lists only while inside (a hand-tagged span is read on the GUI thread)."""
    token = _LIGHT.set(True)
    try:
        yield
    finally:
        _LIGHT.reset(token)


@lru_cache(maxsize=1)
def _light_dict() -> tuple[frozenset[str], int]:
    from models.suggest import _names  # its word lists mark where names stop

    words = {w for w in domain_words() | _names.BREAK | _names.TRAIL | _names.LEAD if len(w) >= 2}
    return frozenset(words), max((len(w) for w in words), default=1)


@lru_cache(maxsize=4096)
def _light_cut(text: str) -> tuple[str, ...]:
    """Forward longest match over the word lists; a run of unknown letters stays one token."""
    words, longest = _light_dict()
    out: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(text):
        m = _LIGHT_ALNUM.match(text, i)
        word = (
            m.group(0)
            if m
            else next(
                (text[i : i + n] for n in range(min(longest, len(text) - i), 1, -1) if text[i : i + n] in words), ""
            )
        )
        if not word and (text[i] in _LIGHT_SINGLE or not "\u4e00" <= text[i] <= "\u9fff"):
            word = text[i]
        if not word:
            unknown.append(text[i])
            i += 1
            continue
        if len(word) > 1 and text[i + len(word) : i + len(word) + 1] in _LIGHT_SUFFIX:
            word += text[i + len(word)]  # 覆盖率, 完成额: a verb turned into the name of a measure
        if unknown:
            out.append("".join(unknown))
            unknown = []
        out.append(word)
        i += len(word)
    if unknown:
        out.append("".join(unknown))
    return tuple(out)


def keywords(display_text: str, topk: int = 15) -> list[tuple[str, float]]:
    """Keywords of one document by TF-IDF, domain words boosted.

    Args:
        display_text: the document's display text.
        topk: how many keywords to return.

    Returns:
        ``(word, weight)`` pairs, heaviest first; stop-words and numbers left out.
    """
    if not display_text.strip() or topk <= 0:
        return []
    get_jieba()
    import jieba.analyse

    extract: Any = jieba.analyse.extract_tags
    raw = extract(display_text, topK=topk * 4, withWeight=True, allowPOS=_TOPIC_POS)
    domain = domain_words()
    scored: list[tuple[str, float]] = []
    for word, weight in raw:
        w = word.strip()
        if len(w) < 2 or w in _STOP or _NUMERIC.match(w):
            continue
        scored.append((w, float(weight) * (1.5 if w in domain else 1.0)))
    scored.sort(key=lambda p: (-p[1], p[0]))
    return scored[:topk]


# A helper process for keywords: loading jieba takes about two seconds of pure-Python work that
# would hold the GIL and freeze a GUI thread for that long; in another process it cannot.
_POOL: Any = None


def _keyword_words(display_text: str, topk: int) -> list[str]:
    return [word for word, _weight in keywords(display_text, topk)]


def keywords_in_helper_process(
    display_text: str, topk: int = 15, *, cancelled: Callable[[], bool] | None = None
) -> list[str] | None:
    """Keywords computed in a long-lived helper process (jieba stays loaded there).

    Returns:
        The words, heaviest first, or None when ``cancelled`` turned true while waiting.
    """
    global _POOL
    if _POOL is None:  # issue 15: a helper that can be cancelled (killed) and dies with the application
        from models.helper_process import HelperProcess

        _POOL = HelperProcess()
        import atexit

        atexit.register(stop_helper_process)  # before interpreter teardown, not during it
    words = _POOL.call(_keyword_words, display_text, topk, cancelled=cancelled)
    return None if words is None else list(words)


def stop_helper_process() -> None:
    """End the keyword helper process (at application exit)."""
    global _POOL
    if _POOL is not None:
        _POOL.stop()
        _POOL = None
