"""Benchmark corpus: a project of N varied reports and M annotations built through the real store API.

Run:  .venv/bin/python benchmarks/corpus.py /tmp/big.reportmark [--documents 1000] [--annotations 100000]

Every report is a variant (``corpus_texts``) of a seed or fixture report (seeds/, tests/fixtures/reports/,
tests/fixtures/labels/): another county and year, perturbed figures, top-level sections
shuffled and renumbered, some converted to traditional script (OpenCC s2t) and some encoded
as GB18030, UTF-16 or Big5 bytes, then parsed by ``models.ingest.parse_bytes`` (the import
path's read -> clean -> outline -> metadata) and stored with ``Store.add_document``. Every
report is parsed in full (no parse work is reused: figures change offsets). Annotations are
real indicator suggestions (``find_indicators``: name/value/unit/normalized_value/change/kind)
plus clause spans tagged 政策/问题/目标/措施, some with notes, stored with ``add_annotations``
in batches. One report in each project is a ≥ 300 KB compendium with ≥ 2,000 annotations
(``largest_report``).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus_texts import base_texts, encode, report_text, vary, write_reports  # noqa: E402
from models import ops  # noqa: E402
from models.errors import DuplicateDocument  # noqa: E402
from models.ingest import parse_bytes  # noqa: E402
from models.store import Store  # noqa: E402
from models.suggest.indicators import find_indicators  # noqa: E402
from models.suggest.numbers import normalize  # noqa: E402
from models.types import ParsedDocument  # noqa: E402

NOTES = (
    "数据待统计局核实",
    "与上年口径不一致，需说明",
    "写入年度考核台账",
    '见"十四五"规划第三章',
    "和市里通报的数字有出入，核对",
    "重点跟踪，季度调度",
    "可作为典型经验材料",
    "表述偏笼统，建议补充具体措施",
)
SPAN_TAGS = ("政策", "问题", "目标", "措施")
Progress = Callable[[str], None]


QUANTITY = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?P<verb>增长|下降|达到|完成|实现|新增|为|达)?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|亿元|万元|元|个百分点|家|个|项|万人次|人|万吨|吨|台|件|亩|万亩|户)"
)
INDICATOR_SHARE = 0.4  # at most this share of a report's annotations are indicators
REAL_SUGGESTER_EVERY = 10  # one report in ten gets find_indicators (jieba names), the rest a regex


def _clause_spans(text: str, rng: random.Random, count: int) -> Iterator[tuple[int, int]]:
    """``count`` spans of 4-40 characters inside clauses (between punctuation), at random places."""
    bounds = [m.end() for m in re.finditer(r"[。；;，,：:\n]", text)]
    if len(bounds) < 2:
        return
    made = tries = 0
    while made < count and tries < count * 4:
        tries += 1
        k = rng.randrange(len(bounds) - 1)
        lo, hi = bounds[k], bounds[k + 1] - 1
        while lo < hi and text[lo].isspace():
            lo += 1
        if hi - lo < 4:
            continue
        start = lo + rng.randrange(0, max(1, (hi - lo) // 3))
        end = min(hi, start + rng.randint(4, 40))
        if end - start >= 2 and text[start:end].strip():
            made += 1
            yield start, end


IndicatorSpans = list[tuple[int, int, dict[str, Any]]]
_ATTRIBUTES = ("name", "value", "unit", "normalized_value", "change", "kind")


def _real_indicators(parsed: ParsedDocument, rng: random.Random, count: int) -> IndicatorSpans:
    """Indicator suggestions of the real suggester (jieba names, changes, kinds), ``count`` at random."""
    found = find_indicators(parsed.display_text, parsed.sections)
    rng.shuffle(found)
    return [(s.start, s.end, {k: v for k, v in s.attributes.items() if k in _ATTRIBUTES}) for s in found[:count]]


def _quick_indicators(parsed: ParsedDocument, rng: random.Random, count: int) -> IndicatorSpans:
    """Name-verb-number-unit phrases by regex: the same attribute shape at a fraction of the cost."""
    text = parsed.display_text
    out: IndicatorSpans = []
    for m in QUANTITY.finditer(text):
        value = float(m.group("num"))
        unit = m.group("unit")
        normalized, _base = normalize(value, unit)
        attrs: dict[str, Any] = {"name": m.group("name"), "value": value, "unit": unit, "normalized_value": normalized}
        verb = m.group("verb")
        if verb in ("增长", "下降"):
            attrs["change"] = value if verb == "增长" else -value
        attrs["kind"] = (
            "target" if re.search(r"力争|计划|预计|目标", text[max(0, m.start() - 12) : m.start()]) else "actual"
        )
        out.append((m.start(), m.end(), attrs))
    rng.shuffle(out)
    return out[:count]


def annotation_items(
    doc_id: int, parsed: ParsedDocument, count: int, tags: dict[str, int], rng: random.Random
) -> list[dict[str, Any]]:
    """About ``count`` annotations: real indicator suggestions (≤ 40 %) and tagged clauses with notes."""
    text = parsed.display_text
    items: list[dict[str, Any]] = []
    real = doc_id % REAL_SUGGESTER_EVERY == 0
    for start, end, attrs in (_real_indicators if real else _quick_indicators)(
        parsed, rng, int(count * INDICATOR_SHARE)
    ):
        items.append(
            {
                "document_id": doc_id,
                "start": start,
                "end": end,
                "text": text[start:end],
                "tag_id": tags["指标"],
                "attributes": attrs,
            }
        )
    for start, end in _clause_spans(text, rng, count - len(items)):
        items.append(
            {
                "document_id": doc_id,
                "start": start,
                "end": end,
                "text": text[start:end],
                "tag_id": tags[rng.choice(SPAN_TAGS)],
                "note": rng.choice(NOTES) if rng.random() < 0.15 else "",
            }
        )
    for it in items:
        it["author"] = "基准"
    return items


def _add(store: Store, data: bytes, name: str) -> tuple[int, ParsedDocument] | None:
    parsed = parse_bytes(data, name)
    try:
        return store.documents.add(parsed).id, parsed
    except DuplicateDocument:
        return None


def _compendium(rng: random.Random, target_bytes: int) -> str:
    bases = [t for stem, t in base_texts() if "繁体" not in stem]
    parts = ["清源市各县区经济和信息化部门2016—2020年工作总结汇编\n"]
    size, serial = 0, 0
    while size < target_bytes:
        part = vary(bases[serial % len(bases)], rng, 90000 + serial)
        parts.append(part)
        size += len(part.encode("utf-8"))
        serial += 1
    return "\n".join(parts)


def largest_report(path: str | Path, *, target_bytes: int = 320_000, annotations: int = 2400, seed: int = 0) -> int:
    """Add a ≥ 300 KB compendium report with ≥ 2,000 annotations to the project at ``path``; returns its id."""
    store = ops.open_project(path)
    try:
        return _add_largest(store, target_bytes=target_bytes, annotations=annotations, seed=seed)
    finally:
        store.close()


def _add_largest(store: Store, *, target_bytes: int, annotations: int, seed: int) -> int:
    rng = random.Random(seed + 7_000_003)
    tags = {t.name: t.id for t in store.tags.all()}
    while True:
        added = _add(store, _compendium(rng, target_bytes).encode("utf-8"), "各县区工作总结汇编.txt")
        if added is not None:
            break
    doc_id, parsed = added
    store.annotations.add_many(annotation_items(doc_id, parsed, annotations, tags, rng))
    return doc_id


def build_project(
    path: str | Path,
    *,
    documents: int = 1000,
    annotations: int = 100_000,
    seed: int = 0,
    progress: Progress = print,
) -> Path:
    """Build a project of ``documents`` reports (one the largest) with about ``annotations`` annotations.

    Args:
        path: the project file to create (must not exist yet).
        documents: how many reports, including the ≥ 300 KB compendium.
        annotations: how many annotations in all (2,400 of them on the compendium).
        seed: random seed; the same seed builds the same project.
        progress: receives one line now and then.

    Returns:
        The project path.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; benchmarks build into a new file")
    rng = random.Random(seed)
    t0 = time.perf_counter()
    base_texts()  # converted once up front (OpenCC)
    store = ops.open_project(path)
    tags = {t.name: t.id for t in store.tags.all()}
    big_share = min(2400, annotations // 2)
    remaining = annotations - big_share
    encodings: dict[str, int] = {}
    misread = 0
    pending: list[dict[str, Any]] = []
    stored = 0
    largest_at = documents // 3  # not first: start-up opens the first report of the library
    serial = 0
    added = 0
    while added < documents:
        if added == largest_at:
            _add_largest(store, target_bytes=320_000, annotations=big_share, seed=seed)
            added += 1
            continue
        serial += 1
        stem, text = report_text(rng, serial)
        data, enc = encode(text, "繁体" in stem, rng)
        result = _add(store, data, f"{stem}_{serial:05d}.txt")
        if result is None:
            continue
        doc_id, parsed = result
        added += 1
        encodings[enc] = encodings.get(enc, 0) + 1
        misread += parsed.original_text != data.decode(enc)
        left = documents - added + 1 - (added <= largest_at)  # reports still to annotate, this one included
        quota = max(5, round(remaining / max(1, left) * len(parsed.display_text) / 9000))
        remaining -= quota
        pending.extend(annotation_items(doc_id, parsed, quota, tags, rng))
        if len(pending) >= 5000:
            stored += len(store.annotations.add_many(pending))
            pending = []
        if added % 100 == 0:
            progress(f"  {added} reports, {stored + len(pending)} annotations, {time.perf_counter() - t0:.0f} s")
    stored += len(store.annotations.add_many(pending))
    _top_up(store, annotations - store.annotations.count(), tags, rng)
    n_docs, n_ann = store.documents.count(), store.annotations.count()
    store.close()
    progress(
        f"built {n_docs} reports, {n_ann} annotations in {time.perf_counter() - t0:.0f} s; "
        f"encodings on the way in {encodings}, decoded differently from what was written: {misread}; "
        f"file {path.stat().st_size / 1e6:.0f} MB"
    )
    return path


def _top_up(store: Store, missing: int, tags: dict[str, int], rng: random.Random) -> None:
    """Spread the annotations still missing (quotas are estimates) over random reports."""
    docs = [d for d in store.documents.all() if d.text_length < 100_000]
    while missing > 0:
        batch: list[dict[str, Any]] = []
        for doc in rng.sample(docs, min(len(docs), 200)):
            text = store.documents.display_text(doc.id)
            for start, end in _clause_spans(text, rng, min(missing - len(batch), 10)):
                batch.append(
                    {
                        "document_id": doc.id,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "author": "基准",
                        "tag_id": tags[rng.choice(SPAN_TAGS)],
                    }
                )
            if len(batch) >= missing:
                break
        if not batch:
            return
        missing -= len(store.annotations.add_many(batch))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build a benchmark project (never commit it).")
    ap.add_argument("out", type=Path)
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--write-reports", type=int, default=0, metavar="N", help="write N report files into OUT (a folder)"
    )
    args = ap.parse_args(argv)
    if args.write_reports:
        write_reports(args.out, args.write_reports, seed=args.seed)
        return 0
    build_project(args.out, documents=args.documents, annotations=args.annotations, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
