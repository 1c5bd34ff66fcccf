"""Indicators (指标): quantities in the text with name, value, unit, change, period, kind and rank.

Attributes of each ``指标`` suggestion:

* ``name``, ``value`` (as written), ``unit`` (as written: ``%``, ``亿元``, ``万人次``, ``个百分点`` …),
  ``normalized_value``/``base_unit`` (亿元 → 元 ×1e8, 万人次 → 人次 ×1e4, counts unchanged, % stays %),
  ``value_max`` for ranges (``10-15%``).
* ``change``/``change_unit``: signed; 增长/提高/上升/增加/高于 positive, 下降/减少/回落/低于 negative.
  A change of a *rate* is recorded with ``change_of`` (``降幅``/``增幅``/``增速``) and the sign says whether
  things got better: ``降幅收窄1.9个百分点`` → ``+1.9`` (the decline narrowed), ``降幅扩大`` → negative,
  ``增幅收窄`` → negative.
* ``previous_value`` for ``比去年同期56.20亿`` after the value.
* ``period`` (``全年``, ``1-9月``, ``2020年`` …), ``kind`` (``actual`` or ``target`` for 力争/计划/预计/目标…
  statements and sections titled 计划/要点/打算/工作重点), ``rank``/``rank_change``/``scope`` for rankings,
  ``ratio``/``ratio_from`` for structures such as ``10:52.6:37.4``.
* Items of a list (``分别增长20.6%、21%``) are one suggestion each, with ``name`` from the matching
  item of the subject list and ``group_name`` for the whole subject.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from models.folding import compact
from models.suggest._bases import take_base
from models.suggest._carried_subjects import carry_institutions, carry_subjects
from models.suggest._change_only import add_change_only, finish
from models.suggest._change_parts import name_change_parts
from models.suggest._context import Item, clause_start, name_for
from models.suggest._converted import conversion_at, restate
from models.suggest._crossheads import drop_crosshead_figures, drop_headline_figures
from models.suggest._deed_rates import carry_deed_rates
from models.suggest._each import share_each
from models.suggest._flat_benchmarks import flat_comparisons
from models.suggest._from_to import annual_rate_of_move
from models.suggest._gender_parts import name_sex_parts
from models.suggest._level_joins import join_ahead_of_plan, join_change, join_level_after_change, mark_flat
from models.suggest._level_pairs import join_level, join_stock_after_added
from models.suggest._lists import distribute, join_shifts, levels_after_changes, rates_of_levels, split_urban_rural
from models.suggest._money_purposes import name_money_by_purpose
from models.suggest._naming import SHARE_BASE, kind_of, named
from models.suggest._parts import name_parts
from models.suggest._passes import (
    cut_off_at,
    doubling_of_level,
    drop_restated_milestones,
    flat_statements,
    glued_change,
    prepared,
    share_figure,
    simplified,
)
from models.suggest._plan_shares import PLAN_OF_SHARE_RE, PLAN_WORD_RE, SHARE_RE, SHARE_VERB_RE
from models.suggest._plans import target_ranges
from models.suggest._project_money import carry_project_progress, carry_project_sums
from models.suggest._quantities import Qty, find_quantities
from models.suggest._sentence_subjects import carry_sentence_subjects
from models.suggest._series_verbs import carry_series_objects, carry_series_verbs
from models.suggest._shared_levels import share_half_of_list, share_level
from models.suggest._statements import Change, is_level, read_change
from models.suggest._tables import find_table_rows, flattened_tables, project_lists
from models.suggest._text import Spans, unwrap
from models.suggest.base import Suggestion
from models.suggest.keywords import without_jieba
from models.suggest.numbers import UNITS, normalize, to_halfwidth
from models.suggest.ranks import find_ranks
from models.suggest.structure import find_ratios
from models.types import Section

_PREVIOUS_GAP_RE = re.compile(r"^[,，]?\s*(?:比|较)(?:去年|上年)(?:同期)?(?:的)?$")
_PLACEHOLDER_RE = re.compile(r"[XxＸ×*＊]$")


_last_plan_spans: tuple[int, str, tuple[Section, ...], Spans] | None = None


def _plan_spans(document: str, sections: tuple[Section, ...]) -> Spans:
    """The plan sections of a document, kept for the last document: each hand tag would otherwise
    re-read the whole text (20 ms on a 700 KB report, on the keypress)."""
    global _last_plan_spans
    key = hash(document)
    cached = _last_plan_spans
    if cached is not None and cached[0] == key and cached[1] == document and cached[2] == sections:
        return cached[3]
    spans = target_ranges(to_halfwidth(document), sections)
    _last_plan_spans = (key, document, sections, spans)
    return spans


def parse_indicator_span(
    text: str, *, document: str | None = None, start: int = 0, sections: tuple[Section, ...] = ()
) -> dict[str, Any]:
    """Attributes of a span the clerk tagged 指标 by hand, read by the same parser as suggestions.

    Reads without jieba (the word lists only), so tagging on the GUI thread never waits for it to load.

    Args:
        text: the tagged span (``地区生产总值212.65亿元,同比增长3%``).
        document: the display text the span was taken from, at ``start``; with ``sections`` (its outline),
            a span inside a plan section (2024年工作计划) is a ``target`` as a suggestion there would be.

    Returns:
        ``name``, ``value``, ``unit``, ``change``, ``change_unit``, ``kind`` (and the normalised value) of the
        statement covering most of the span; ``{}`` when the span holds no figure.
    """
    in_plan = False
    if document is not None and sections:
        in_plan = _plan_spans(document, sections).contains(start)
    with without_jieba():
        found = find_indicators(text, keep_unnamed=True, in_plan=in_plan)
        if not found:
            return {}
        best = max(found, key=lambda s: (s.end - s.start, -s.start))
        attrs = dict(best.attributes)
        if len(str(attrs.get("name") or "")) < 2:
            attrs["name"] = compact(text[: best.start]).strip("，,、：:") or attrs.get("name", "")
        if document is not None:
            attrs = _in_context(attrs, document, start, start + best.start, start + best.end, in_plan)
    return attrs


def _in_context(
    attrs: dict[str, Any], document: str, start: int, b_start: int, b_end: int, in_plan: bool
) -> dict[str, Any]:
    """A hand tag read with its sentence: the suggestion for the same span, or at least its period and kind.

    The span alone misses what its sentence says before it (``2023年,全区实现…``: the period; ``力争…``: an aim),
    so a hand tag and an accepted suggestion of the same statement would export differently.
    """
    para = document.rfind("\n", max(0, start - _CONTEXT_CHARS), start) + 1
    if para == 0:
        para = max(0, start - _CONTEXT_CHARS)
    end = document.find("\n", b_end, b_end + _CONTEXT_CHARS)
    window = document[para : end if end >= 0 else min(len(document), b_end + _CONTEXT_CHARS)]
    around = find_indicators(window, keep_unnamed=True, in_plan=in_plan)
    lo, hi = b_start - para, b_end - para
    same = [s for s in around if (s.start, s.end) == (lo, hi)]
    if same:
        out = dict(same[0].attributes)
        out["name"] = out.get("name") or attrs.get("name")
        return out
    near = [s for s in around if s.start < hi and lo < s.end and s.attributes.get("value") == attrs.get("value")]
    if near:
        best = max(near, key=lambda s: min(s.end, hi) - max(s.start, lo))
        for key in ("period", "kind"):
            if key in best.attributes:
                attrs[key] = best.attributes[key]
    return attrs


_CONTEXT_CHARS = 600  # how far a hand tag's paragraph is read around it


def find_indicators(
    display_text: str, sections: tuple[Section, ...] = (), *, keep_unnamed: bool = False, in_plan: bool = False
) -> list[Suggestion]:
    """Find quantitative statements and parse them into indicator attributes.

    Args:
        display_text: a document's display text.
        sections: its outline (sections titled 计划/要点… make their figures targets).
        keep_unnamed: keep figures no name was found for (a hand-tagged span is an indicator anyway).
        in_plan: the whole text lies in a plan section (a hand-tagged span read apart from its document).

    Returns:
        One ``指标`` suggestion per statement, in text order, spans not overlapping.
    """
    original = simplified(prepared(display_text))
    t, keep = unwrap(original)
    targets = Spans.merged([(0, len(original))]) if in_plan else target_ranges(original, sections)
    if keep is not None:
        kept = keep

        def to_joined(pos: int) -> int:
            return bisect.bisect_left(kept, pos)

        targets = targets.mapped(to_joined)
    items: list[Item] = []
    taken = Spans.merged(project_lists(t))  # the cells of a project list describe the projects: nothing is read there
    find_ratios(t, items, taken, targets)
    rows = find_table_rows(t, taken, targets)
    cells = Spans.merged(flattened_tables(t))  # label/value cells of a flattened table: not read as text
    qtys = [q for q in find_quantities(t, taken) if not cells.contains(q.start)]
    heads = {q.group: q for q in qtys if q.group and q.index == 0}
    sizes = Counter(q.group for q in qtys if q.group)
    list_names: dict[str, list[str]] = {}
    pending: list[tuple[float, str, Change, Qty]] = []  # a list of changes waiting to be shared out
    for i, q in enumerate(qtys):
        if q.start and _PLACEHOLDER_RE.search(t[max(0, q.start - 1) : q.start]):
            continue
        unit = q.unit
        head = heads[q.group].start if q.group else None
        ch = Change(1, q.start, "翻番" if q.value else None) if q.grows else read_change(t, q.start, q.end, unit, head)
        if ch is not None and ch.subject_only and q.group and rates_of_levels(t, items, sizes[q.group], ch.verb_start):
            ch = replace(ch, subject_only=False)  # 分别达到27166元、10392元,增速为8.8%、10%: shared out in order
        share_at = SHARE_RE.search(t, max(0, q.start - 56), q.start) if unit == "%" and not q.group else None
        share = share_at is not None
        if ch is not None and kind_of(unit) == "points":
            unit = UNITS[unit].base  # 百分点 → 个百分点; 千分点 → 个千分点
        if ch is not None and not ch.subject_only and q.group:
            pending.append((q.value, unit, ch, q))
            last = i + 1 == len(qtys) or qtys[i + 1].group != q.group
            if not last:
                continue
            group_changes, pending = pending, []
            if distribute(t, items, [(v, u, c, g.end) for v, u, c, g in group_changes]):
                continue
            for value, u, c, g in group_changes:
                add_change_only(t, items, value, u, c, g, list_names, targets)
            continue
        if ch is None and unit == "%" and not q.group and glued_change(t, items, q.start):
            # 分别增长-4.8%6.8%6.1%: the separators were lost, each figure after the first is still a change
            ch = Change(1, q.start)
        if ch is not None and join_change(t, items, q.value, unit, ch, q.end, q.start):
            continue
        if ch is not None and not ch.subject_only:
            add_change_only(t, items, q.value, unit, ch, q, list_names, targets)
            continue
        if not q.group and (
            take_base(t, items, q.start, q.end, q.value, unit)
            or join_ahead_of_plan(t, items, q.start, q.end, q.value, unit)
            or join_stock_after_added(t, items, q.start, q.end, q.value, unit)
            or join_level(t, items, q.start, q.end, q.value, unit)
            or join_level_after_change(t, items, q.start, q.end, q.value, unit)
        ):
            continue
        attrs: dict[str, Any] = {"value": q.value, "unit": unit}
        if items and _in_note_after(t, items, q.start, unit):
            # 总收入21232.31亿元(已扣除…613亿元), 126.05亿元(县本级98.88亿元,高新区27.17亿元): a figure in a note or
            # a breakdown in brackets on the level before it; the change after the brackets is the level's
            attrs["aside"] = True
        if share and share_at is not None and not t[clause_start(t, share_at.start()) : share_at.start()].strip():
            # a share of the plan or of a total, said between a level and its change (税收占…比重84.9% names its own)
            attrs["aside"] = True
        if q.hi is not None:
            attrs["value_max"] = q.hi
        # 40.68亿,比去年同期56.20亿: last year's figure belongs to the indicator before it
        if items and not q.group and kind_of(unit) not in ("percent", "points"):
            prev = items[-1]
            if (
                prev.end <= q.start
                and prev.attrs.get("unit") == unit
                and "previous_value" not in prev.attrs
                and _PREVIOUS_GAP_RE.match(t[prev.end : q.start])
            ):
                prev.attrs["previous_value"] = q.value
                prev.end = q.end
                continue
        start, conf = named(t, items, q, attrs, list_names)
        if share_at is not None and share_at.start() < start:
            start = share_at.start()  # the span reads 完成年计划710亿元的89.4%
        base = re.fullmatch(SHARE_BASE, str(attrs["name"]))
        if share_at is not None and base:  # 一般公共预算收入完成预算的102.3%: whose share it is
            owner, _, _ = name_for(t, share_at.start(), share_at.start())
            if owner:
                attrs["name"] = f"{owner}占{base.group(0)}比例"
        if _SHORTFALL_RE.search(t, max(0, q.start - 4), q.start) and items:
            attrs["aside"] = True  # 完成21282万元,占年预算…的22.04%,短收18943万元,下降49.08%: the gap to the budget
        plan_of_share = PLAN_OF_SHARE_RE.match(t, q.end) and PLAN_WORD_RE.search(t, max(0, q.start - 4), q.start)
        if plan_of_share and items:
            attrs["aside"] = attrs["shared"] = True  # 占年预算96540万元的22.04%: the budget of a share, inside it
        if plan_of_share:
            # 占年初审计项目计划20个的135%: the plan's own span opens after the share's verb
            verb = list(SHARE_VERB_RE.finditer(t, clause_start(t, q.start), q.start))
            if verb and start < verb[-1].end():
                start = verb[-1].end()
                attrs["name"] = re.sub(r"^(?:完成|占)", "", str(attrs["name"])) or attrs["name"]
        finish(t, items, q, attrs, start, conf, targets)
        if (words := conversion_at(t, q.start, unit)) is not None:
            restate(t, items, words)  # 折合8301美元: the level before it said again in another currency
        if plan_of_share:
            items[-1].attrs["kind"] = "target"
        share_figure(t, items, q)
        share_level(t, items, q)
    doubling_of_level(t, items)
    annual_rate_of_move(t, items)
    share_each(t, items)
    share_half_of_list(t, items)
    mark_flat(t, items)
    flat_statements(t, items, targets)
    flat_comparisons(t, items, targets)
    join_shifts(t, items)
    levels_after_changes(t, items)
    drop_restated_milestones(t, items)
    drop_headline_figures(t, items)
    split_urban_rural(t, items)
    carry_subjects(t, items)
    carry_deed_rates(t, items)
    carry_project_sums(t, items)
    carry_project_progress(t, items)
    name_money_by_purpose(t, items)
    carry_series_verbs(t, items)
    carry_series_objects(t, items)
    carry_institutions(t, items)
    carry_sentence_subjects(t, items)
    name_parts(t, items)
    name_change_parts(t, items)
    name_sex_parts(t, items)
    items.extend(rows)
    find_ranks(t, items, taken, targets)
    drop_crosshead_figures(t, items, original, keep)
    cut = cut_off_at(t)
    # 除去2000年、2001年、2004年…: a list of years names no figure (read as items, they still bound the names near them)
    items = [it for it in items if it.qty_start < cut and not _year_of_list(t, it)]
    if keep is not None:
        for it in items:
            it.start, it.end, it.qty_start = keep[it.start], keep[it.end - 1] + 1, keep[it.qty_start]
    return _suggestions(display_text, items, keep_unnamed)


def _year_of_list(t: str, it: Item) -> bool:
    value = it.attrs.get("value")
    if it.attrs.get("unit") != "年" or not isinstance(value, float) or not 1900 <= value <= 2100:
        return False
    at = it.qty_start
    return bool(_YEARS_RE.match(t, at) or re.search(r"(?:19|20)\d\d年[、和及与]$", t[max(0, at - 6) : at]))


_YEARS_RE = re.compile(r"(?:19|20)\d\d年[、和及与](?:19|20)\d\d年")


_NOTE_OPENING_RE = re.compile(r"(?:已经?)?(?:扣除|剔除|不含|含|包括|包含|其中)")


def _in_note_after(t: str, items: list[Item], at: int, unit: str) -> bool:
    """Whether ``at`` lies in brackets opened right after the last level: a note (已扣除…, 其中…) or a breakdown of
    that level in its own kind of unit (126.05亿元(县本级98.88亿元,高新区27.17亿元))."""
    prev = next((it for it in reversed(items) if not it.attrs.get("aside")), items[-1])
    note = _NOTE_OPENING_RE.match(t, prev.end + 1) is not None
    return (
        prev.end < at
        and t[prev.end : prev.end + 1] in ("(", "（")
        and (note or (is_level(prev) and kind_of(str(prev.attrs.get("unit"))) == kind_of(unit)))
        and not re.search(r"[)）。；;]", t[prev.end : at])
        and bool(re.search(r"[)）]", t[at : at + 40]))
    )


_SHORTFALL_RE = re.compile(r"(?:短收|超收|欠收)$")


_LEADING_NOTE_RE = re.compile(r"[(（][^()（）\d]{1,12}[)）]\s*")


def _past_notes(t: str, start: int, qty_start: int) -> int:
    """Move a span's start past what closes before it opens: the tail of a bracket the clause start cut
    (``预计(下同)全县…`` would start at ``同)``) and a note leading the name (``(下同)全县生产总值``)."""
    if qty_start <= start:
        return start
    depth = 0
    for i in range(start, qty_start):
        if t[i] in "(（":
            depth += 1
        elif t[i] in ")）":
            if depth == 0:
                start = i + 1
            else:
                depth -= 1
    m = _LEADING_NOTE_RE.match(t, start)
    if m and qty_start - m.end() >= 2:
        start = m.end()
    return start


def _suggestions(display_text: str, items: list[Item], keep_unnamed: bool = False) -> list[Suggestion]:
    items.sort(key=lambda it: (it.start, it.end))
    out: list[Suggestion] = []
    last_end = 0
    for it in items:
        start = it.start if it.attrs.get("shared") else max(it.start, last_end)
        while start < it.qty_start and display_text[start] in " \u3000,，、:：∶—":  # ——: a list item's dash
            start += 1
        start = _past_notes(display_text, start, it.qty_start)
        if start >= it.end or (len(str(it.attrs.get("name") or "")) < 2 and not keep_unnamed):
            continue
        attrs = {
            k: v
            for k, v in it.attrs.items()
            if (v is not None or k in ("change", "change_unit"))
            and k not in ("aside", "shared", "from_value", "from_unit")
        }
        for key in ("value", "change", "value_max", "previous_value"):
            if isinstance(attrs.get(key), float):
                attrs[key] = float(f"{attrs[key]:.10g}")
        if isinstance(attrs.get("value"), float) and "ratio" not in attrs:
            attrs["normalized_value"], attrs["base_unit"] = normalize(attrs["value"], str(attrs["unit"]))
        out.append(Suggestion("指标", start, it.end, display_text[start : it.end], attrs, round(it.confidence, 2)))
        last_end = max(last_end, it.end)
    return out
