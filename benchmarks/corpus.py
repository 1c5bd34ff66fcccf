"""Benchmark corpus: a project of N varied reports and M annotations built through the real store API.

Run:  .venv/bin/python benchmarks/corpus.py /tmp/big.reportmark [--documents 1000] [--annotations 100000]

Every report is a variant of a seed or fixture report (seeds/, tests/fixtures/reports/,
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
import functools
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

from models import ops  # noqa: E402
from models.errors import DuplicateDocument  # noqa: E402
from models.ingest import parse_bytes  # noqa: E402
from models.store import Store  # noqa: E402
from models.suggest.indicators import find_indicators  # noqa: E402
from models.suggest.numbers import normalize  # noqa: E402
from models.types import ParsedDocument  # noqa: E402

BASE_FILES = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "labels").glob("*.txt"))
)
PLACES = [
    *("青山县", "河西区", "临江市", "松桃县", "白水县", "东城区", "云岭县", "清源市", "石门县", "南屏县"),
    *("北川区", "安平县", "龙泉市", "枫林县", "西湖区", "长宁县", "富阳市", "红河县", "金沙县", "玉溪市"),
    *("乌江县", "宁远县", "江北区", "凤凰县"),
]
TOP_HEADING = re.compile(r"^[ \u3000]*([一二三四五六七八九十]+)、", re.M)
FIGURE = re.compile(r"(?<![\d.〔\[（(])(\d{1,6})(\.\d+)?(?=[%％万亿个家项人元台吨件次户座所名倍公里千平辆套])")
YEAR = re.compile(r"(?<!\d)(20[012]\d)(?=\s*年)")
PLACEHOLDER = re.compile(r"××[县区市縣區]|某[县区市縣區]")
NUMERALS = "一二三四五六七八九十"
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


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    return ("" if n < 20 else NUMERALS[n // 10 - 1]) + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")


QUANTITY = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?P<verb>增长|下降|达到|完成|实现|新增|为|达)?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>%|亿元|万元|元|个百分点|家|个|项|万人次|人|万吨|吨|台|件|亩|万亩|户)"
)
INDICATOR_SHARE = 0.4  # at most this share of a report's annotations are indicators
REAL_SUGGESTER_EVERY = 10  # one report in ten gets find_indicators (jieba names), the rest a regex


@functools.cache
def _s2tw() -> Any:
    from opencc import OpenCC

    return OpenCC("s2tw")  # Taiwan forms (為, 群, 啟) fit Big5, unlike plain s2t's 爲, 羣, 啓


@functools.cache
def base_texts() -> tuple[tuple[str, str], ...]:
    """(file stem, text) of every seed and fixture report, plus an OpenCC s2t copy of each simplified one."""
    s2t = _s2tw()
    out = [(p.stem, p.read_text(encoding="utf-8")) for p in BASE_FILES]
    # Converted once per base: variants are made from the converted text, so no per-report conversion cost.
    out += [(f"{stem}_繁体", s2t.convert(text)) for stem, text in out if "繁体" not in stem]
    return tuple(out)


def _shuffle_sections(text: str, rng: random.Random) -> str:
    """Shuffle runs of top-level ``一、`` blocks and renumber them in their new order."""
    marks = [m.start() for m in TOP_HEADING.finditer(text)]
    if len(marks) < 3:
        return text
    head, blocks = text[: marks[0]], [text[a:b] for a, b in zip(marks, [*marks[1:], len(text)], strict=True)]
    # The last block runs to the end of the report (closing lines, signature): keep it last.
    middle, last = blocks[:-1], blocks[-1]
    rng.shuffle(middle)
    renumbered = [
        TOP_HEADING.sub(lambda m, k=k: m.group(0).replace(m.group(1), _numeral(k + 1)), b, count=1)
        for k, b in enumerate([*middle, last])
    ]
    return head + "".join(renumbered)


def vary(text: str, rng: random.Random, serial: int, *, traditional: bool = False) -> str:
    """A plausible variant: another county and year, figures perturbed, sections reordered."""
    place = rng.choice(PLACES)
    if traditional:
        place = _s2tw().convert(place)
    text = PLACEHOLDER.sub(place, text)
    lines = text.split("\n")
    for i, line in enumerate(lines[:8]):
        stripped = line.strip()
        if stripped and "局" in stripped[:12] and stripped[0] in "市县縣区區镇鎮":
            lines[i] = line.replace(stripped, place[:-1] + stripped, 1)
            break
    text = "\n".join(lines)
    shift = rng.randint(-4, 3)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)

    def bump(m: re.Match[str]) -> str:
        value = int(m.group(1))
        new = max(1, value + rng.randint(-value // 4 - 1, value // 4 + 1))
        return str(new) + (m.group(2) or "")

    text = FIGURE.sub(bump, text)
    if rng.random() < 0.6:
        text = _shuffle_sections(text, rng)
    # A serial in the closing line keeps two variants of one base apart even if every figure matched.
    return text.rstrip() + f"\n\n（{place}{'檔案編號' if traditional else '档案编号'} {serial:05d}）\n"


def encode(text: str, traditional: bool, rng: random.Random) -> tuple[bytes, str]:
    """Bytes as a file on disk might hold them: mostly UTF-8, some GB18030 / UTF-16 / Big5."""
    r = rng.random()
    if traditional and r < 0.5:
        try:
            # Big5 has no 〇 or en/em spaces; files written in Big5 use ○ and plain spaces
            return re.sub(r"[\u2002\u2003\u00a0]", " ", text).replace("〇", "○").encode("big5"), "big5"
        except UnicodeEncodeError:  # the pinyin seed (ā …) has no Big5 form
            pass
    if r < 0.72:
        return text.encode("utf-8"), "utf-8"
    if r < 0.88:
        return text.encode("gb18030"), "gb18030"
    return text.encode("utf-16"), "utf-16"


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


def report_text(rng: random.Random, serial: int, *, full_size: bool = True) -> tuple[str, str]:
    """(base stem, text) of one varied report; ``full_size`` pads short bases with appendices to 3,000-15,000 chars."""
    bases = base_texts()
    stem, base = bases[rng.randrange(len(bases))]
    text = vary(base, rng, serial, traditional="繁体" in stem)
    target, k = (rng.randint(3000, 15000) if full_size else 0), 0
    while len(text) < target:
        k += 1
        other = bases[rng.randrange(len(bases))]
        if ("繁体" in other[0]) == ("繁体" in stem):  # one script per report
            body = other[1]
            first = TOP_HEADING.search(body)  # an appendix has no title or header fields of its own
            body = body[first.start() :] if first else body
            text += f"\n附件{k}：\n" + vary(body, rng, serial, traditional="繁体" in stem)
    return stem, text


def write_reports(folder: str | Path, count: int, *, seed: int = 0, full_size: bool = True) -> list[Path]:
    """Write ``count`` varied report files (mixed encodings) into ``folder`` for import benchmarks and tests."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = []
    for i in range(count):
        stem, text = report_text(rng, i, full_size=full_size)
        data, _enc = encode(text, "繁体" in stem, rng)
        p = folder / f"{stem}_{i:05d}.txt"
        p.write_bytes(data)
        out.append(p)
    return out


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
