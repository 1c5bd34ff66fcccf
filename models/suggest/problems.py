"""Problems (问题): items of sections that name problems, and sentences with strong problem cues."""

from __future__ import annotations

import itertools
import re

from models.suggest._text import Spans, all_sections, iter_sentences
from models.suggest.base import Suggestion
from models.types import Section

PROBLEM_HEADING_RE = re.compile(
    r"存在的(?:主要)?问题|主要问题|存在问题|困难和问题|问题和困难|困难与问题|问题与困难|问题与挑战|问题和挑战"
    r"|短板|不足之处|不足|薄弱环节|困难和挑战|面临的挑战"
)
_CUE_RE = re.compile(
    r"仍然存在|仍存在|依然存在|还存在|存在[^。；]{0,8}(?:问题|不足|短板)|不足|短板|薄弱|困难|压力较大|压力大|有待提高|有待加强"
    r"|有待进一步|差距明显|差距较大|仍有差距|制约|瓶颈|滞后|不高|较弱|偏低|偏弱|难以"
)
_NOT_PROBLEM_RE = re.compile(
    r"补短板|补齐[^。；]{0,12}短板|解决[^。；]{0,16}(?:困难|问题)|帮助[^。；]{0,16}困难|克服困难|破解|缓解|纾难解困|纾困"
    r"|困难企业|共渡难关|帮扶|协调解决|摸清"
    # difficulties the year was met with and got over: 积极应对各种困难, 战胜了种种困难, 面对重重困难和压力
    r"|(?:战胜|克服|顶住|迎着)[^。；,，]{0,6}(?:困难|压力|挑战)"
    r"|(?:应对|面对)[^。；,，]{0,6}(?:困难|压力|挑战)(?=[^。；]{0,30}(?:我们|全[县市区省]|上下|奋力|坚持|实现|取得|保持))"
)
# 困难群众, 困难家庭, 就业困难人员: who is helped, named in what was done for them; no difficulty of the report's own
_NEEDY_GROUP_RE = re.compile(
    r"困难(?=群体|群众|家庭|户|职工|学生|老人|人员|人群|居民|党员|妇女|儿童|残疾人|对象|企业|村(?!庄)|地区)"
)
_ITEM_MARK_RE = re.compile(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _children(flat: list[Section], parent: Section) -> list[Section]:
    if parent.children:
        return list(parent.children)
    inner = [s for s in flat if parent.start < s.start < parent.end and s.level > parent.level]
    if not inner:
        return []
    top = min(s.level for s in inner)
    return [s for s in inner if s.level == top]


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a body without sub-sections into 一是/二是 items, else into sentences."""
    marks = [m.start() for m in _ITEM_MARK_RE.finditer(text, start, end)]
    if len(marks) >= 2:
        bounds = [*marks, end]
        return [_trim(text, a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    return list(iter_sentences(text, start, end))


def find_problems(display_text: str, sections: tuple[Section, ...] = ()) -> list[Suggestion]:
    """Problem items of problem sections (one per item) plus cue sentences elsewhere.

    Args:
        display_text: a document's display text.
        sections: its outline; when empty, heading-like lines are used instead.

    Returns:
        ``问题`` suggestions in text order.
    """
    t = display_text
    flat = all_sections(t, sections)
    out: list[Suggestion] = []
    covered = Spans()
    for sec in flat:
        if not PROBLEM_HEADING_RE.search(sec.title) or len(sec.title) > 30:
            continue
        if covered.contains(sec.start):
            continue
        kids = _children(flat, sec)
        if kids:
            spans = [_trim(t, k.start, k.end) for k in kids]
        else:
            body = sec.heading_end
            while body < sec.end and t[body] in "。：:\n \u3000":
                body += 1
            spans = _split_items(t, body, sec.end)
        for i, (a, b) in enumerate(spans, 1):
            if b <= a:
                continue
            head = re.match(
                r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是|\d+[.．、])?([^。；;\n]{2,40})",
                t[a:b],
            )
            attrs = {"section": sec.title, "item": i, "summary": head.group(1).strip() if head else ""}
            out.append(Suggestion("问题", a, b, t[a:b], attrs, 0.85))
        covered.add(sec.start, sec.end)
    for a, b in iter_sentences(t):
        if covered.contains(a) or b - a < 6 or b - a > 300:
            continue
        sentence = t[a:b]
        cue = _CUE_RE.search(_NEEDY_GROUP_RE.sub("〇〇", sentence))
        if not cue or _NOT_PROBLEM_RE.search(sentence):
            continue
        out.append(Suggestion("问题", a, b, sentence, {"cue": cue.group(0)}, 0.4))
    out.sort(key=lambda s: (s.start, s.end))
    return out
