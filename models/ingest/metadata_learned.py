"""A report's title candidates ranked by a learned model: what the rules propose, named features, P(is the title).

The rules (``metadata_title_choice``, the fallbacks of ``metadata_titles``/``metadata_pages``, ``title_rescue``)
each propose a title; here every distinct proposal becomes a candidate with named numeric features and the
logistic model ``resources/weights/metadata_title.json`` (``benchmarks/train_metadata.py``) gives the probability
that it is the report's title. The rules still choose the title: cross-validated over collections, taking the
model's best (or none below its threshold) got fewer titles right than the rules (the CV table is in the weights
file's ``about``). The ranking serves a window where a clerk picks among the candidates
(``metadata.title_options``) and the training script (``recording``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from models import weights
from models.folding import compact as _compact
from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import (
    NOT_TITLE,
    OTHER_KIND,
    REPORT_END,
    SPAM_BRAND,
    Choice,
    title_score,
    title_text,
)
from models.ingest.metadata_pages import is_farm_page, run_in_notice_title, run_in_title
from models.ingest.metadata_title_choice import head_candidates, named_document
from models.ingest.metadata_titles import after_news_lead, headline, released_document, sent_document

MODEL = "metadata_title"

# --- where a candidate comes from: each source that proposed it is a 0/1 feature (a rule's say is evidence) ---
SOURCES = (
    "rule",  # the hand rules' final choice (all their steps and second looks)
    "rule_head",  # the rules' choice among the head's lines (choose_title)
    "named",  # the page's 名称/标题 field
    "head",  # one head line read as a title
    "joined",  # head lines joined (a title split over lines)
    "fallback",  # a title found elsewhere in the text (a notice's document, a run-in title, a news lead)
    "store",  # a doc store's file name or a page's title line the cleaner set aside
)
_JOINED = ("split", "note line", "conjunction", "issuer's line")

# --- the candidate's own shape: length, kind of document named, marks of a site or a farm ---
SHAPE = (
    "length",  # characters / 20
    "short",  # under 8 characters
    "long",  # over 40 characters
    "kind_end",  # ends with a report's kind (报告, 总结, 计划 …)
    "other_kind",  # ends with another document kind (办法, 决定, 公开说明 …)
    "guanyu",  # opens with 关于 or reads 关于…的
    "place_open",  # opens with a place (某省, 某市, 某县 …) or an office
    "has_year",  # names a year
    "year_agrees",  # names the year the document dates itself with
    "year_differs",  # names another year than the document's own
    "placeholder",  # XX/xx or 某 standing for a name or year
    "line_score",  # the rules' score of the text as a title line (0 when it cannot be one)
    "not_title",  # a site toolbar's, posting line's or 文号's marks
    "spaced",  # holds spaces (phrases of a slogan, a site's words)
    "brackets",  # holds a bracketed note
)
# --- where it stands and what agrees with it ---
CONTEXT = (
    "head_pos",  # line index in the head / number of head lines (0 when not from the head)
    "head_last",  # the last line of the head, nearest the body
    "head_first",  # the first line of the text
    "n_sources",  # how many sources propose it
    "in_chrome",  # a line set aside as page chrome says the same
    "rule_none",  # the rules found no title at all (document-level)
    "farm_page",  # the page speaks as a content farm or doc store (document-level)
    "n_candidates",  # distinct candidates of the report / 10 (document-level)
    "contains_rule",  # holds the rules' choice inside it, longer
    "inside_rule",  # is held inside the rules' choice, shorter
    "best_head",  # the best score of any head line as a title / 4 (document-level: does the text title itself?)
)
# --- a page's own title line counts when the text has none of its own (gold README): source × situation ---
CROSSED = (
    "store_only",  # proposed by a page's title line alone
    "store_rule_none",  # a page's title line where the rules found no title
    "store_kind",  # a page's title line naming a report's kind
    "store_farm",  # a page's title line on a content farm's or doc store's page
    "store_contains_rule",  # a page's title line holding the rules' choice, longer
    "head_rule_none",  # a head line where the rules found no title
)
FEATURES: tuple[str, ...] = tuple(f"src_{s}" for s in SOURCES) + SHAPE + CONTEXT + CROSSED

_PLACE_OPEN = re.compile(
    r"^(?:(?:19|20)\d\d年)?[\u4e00-\u9fff]{1,8}?[省市区县州旗镇乡]|^[\u4e00-\u9fff]{2,20}?(?:局|委|办)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PLACEHOLDER = re.compile(r"[Xx×＊*]{2}|某")


@dataclass
class Candidate:
    """One proposed title: its text, the sources that propose it, and where it stood in the head."""

    text: str
    reason: str
    sources: set[str] = field(default_factory=set)
    head_index: int = -1


@dataclass(frozen=True)
class Ranked:
    """A candidate title with the model's probability that it is the report's title, and why it was proposed."""

    text: str
    probability: float
    reason: str
    rules_choice: bool = False  # the title the rules chose (the one the report is filed under)


@dataclass(frozen=True)
class Report:
    """What the features read of the whole report: its head, the page lines set aside, the rules' choice."""

    head: list[str]
    chrome: tuple[str, ...]
    year: str
    rule: str | None
    farm: bool
    candidates: list[Candidate]


def title_features(c: Candidate, r: Report) -> dict[str, float]:
    """The named features of one candidate (the names in ``FEATURES``)."""
    head, chrome, year, rule = r.head, r.chrome, r.year, r.rule
    t = c.text
    k = _compact(t)
    f: dict[str, float] = {f"src_{s}": float(s in c.sources) for s in SOURCES}
    years = set(_YEAR.findall(t))
    score = title_score(t)
    f.update(
        length=len(k) / 20,
        short=float(len(k) < 8),
        long=float(len(k) > 40),
        kind_end=float(bool(REPORT_END.search(k))),
        other_kind=float(bool(OTHER_KIND.search(k))),
        guanyu=float(bool(re.search(r"^关于|关于.+的", k))),
        place_open=float(bool(_PLACE_OPEN.match(k))),
        has_year=float(bool(years)),
        year_agrees=float(bool(year) and year in years),
        year_differs=float(bool(year) and bool(years) and year not in years),
        placeholder=float(bool(_PLACEHOLDER.search(t))),
        line_score=max(score or 0.0, 0.0),
        not_title=float(bool(NOT_TITLE.search(t) or SPAM_BRAND.search(t))),
        spaced=float(" " in t.strip()),
        brackets=float(bool(re.search(r"[(（【\[]", t))),
        head_pos=(c.head_index + 1) / len(head) if c.head_index >= 0 and head else 0.0,
        head_last=float(bool(head) and c.head_index == len(head) - 1),
        head_first=float(c.head_index == 0),
        n_sources=float(len(c.sources)),
        in_chrome=float(any(k and k in _compact(line) for line in chrome[:8])),
        rule_none=float(rule is None),
        farm_page=float(r.farm),
        n_candidates=len(r.candidates) / 10,
        contains_rule=float(rule is not None and _compact(rule) in k and _compact(rule) != k),
        inside_rule=float(rule is not None and k in _compact(rule) and _compact(rule) != k),
    )
    f["best_head"] = max((title_score(x.text) or 0.0 for x in r.candidates if x.head_index >= 0), default=0.0) / 4
    store = f["src_store"]
    f.update(
        store_only=float(c.sources == {"store"}),
        store_rule_none=store * f["rule_none"],
        store_kind=store * f["kind_end"],
        store_farm=store * f["farm_page"],
        store_contains_rule=store * f["contains_rule"],
        head_rule_none=float(c.head_index >= 0) * f["rule_none"],
    )
    return f


def title_candidates(
    *,
    rule: Choice,
    rule_head: Choice,
    named: str | None,
    head: list[str],
    year: str,
    fallbacks: list[Choice],
    stored: list[str],
) -> list[Candidate]:
    """The distinct titles the rules propose, each with every source that proposes it (first reason kept)."""
    pool: dict[str, Candidate] = {}

    def add(text: str | None, reason: str, source: str, index: int = -1) -> None:
        if not text or len(_compact(text)) < 2:
            return
        key = _compact(text)
        c = pool.setdefault(key, Candidate(text, reason))
        c.sources.add(source)
        if index >= 0 and (c.head_index < 0 or index > c.head_index):
            c.head_index = index

    add(rule.value, rule.reason, "rule")
    add(rule_head.value, rule_head.reason, "rule_head")
    if named:
        add(title_text(named)[0], "名称 field", "named")
    for _score, text, why, i in head_candidates(head, year):
        add(text, why, "joined" if any(w in why for w in _JOINED) else "head", i)
    for choice in fallbacks:
        add(choice.value, choice.reason, "fallback")
    for line in stored:
        add(title_text(line)[0], "a page's title line set aside", "store")
    return list(pool.values())


Row = tuple[Candidate, dict[str, float]]
_RECORDING: ContextVar[list[list[Row]] | None] = ContextVar("metadata_learned_recording", default=None)


@contextmanager
def recording() -> Iterator[list[list[Row]]]:
    """Rank the title candidates of every report read inside the block and collect them (each ranking: the
    candidates and their features, best first); outside such a block reading ranks nothing."""
    seen: list[list[Row]] = []
    token = _RECORDING.set(seen)
    try:
        yield seen
    finally:
        _RECORDING.reset(token)


def ranked(rows: list[Row]) -> list[Ranked]:
    """The candidates by the model's probability, best first (ties keep the order they were proposed in)."""
    model = weights.load(MODEL)
    out = [Ranked(c.text, model.probability(f), c.reason, "rule" in c.sources) for c, f in rows]
    return sorted(out, key=lambda r: -r.probability)


def rank_titles(
    rule: Choice, rule_head: Choice, named: str | None, head: list[str], lines: list[str], cleaned: CleanText, year: str
) -> None:
    """Gather and record the title candidates of one reading of a report (its rules' choice among them)."""
    seen = _RECORDING.get()
    if seen is None:
        return
    stored = [c for c in cleaned.chrome_lines[:6] if title_score(title_text(c)[0]) is not None]
    fallbacks = [named_document(lines), sent_document(lines), run_in_title(lines), after_news_lead(lines, year)]
    fallbacks.append(headline(lines))
    if (notice := run_in_notice_title(lines)) is not None:
        fallbacks.append(Choice(notice, "a 关于…的报告 title running into the first sentence"))
    if (released := released_document(lines)) is not None:
        fallbacks.append(Choice(released[0], "the document a news item's lead says was released"))
    cands = title_candidates(
        rule=rule, rule_head=rule_head, named=named, head=head, year=year, fallbacks=fallbacks, stored=stored
    )
    farm = is_farm_page(cleaned.chrome_lines + cleaned.header_lines)
    report = Report(head, cleaned.chrome_lines, year, rule.value, farm, cands)
    rows = [(c, title_features(c, report)) for c in cands]
    model = weights.load(MODEL)
    seen.append(sorted(rows, key=lambda r: -model.probability(r[1])))
