"""Comparison benchmark: two different ~300 KB reports, section alignment + indicator matching, and a version diff.

Run: .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import random
import statistics
import time

from _common import base_texts, machine, peak_rss_mb, vary

from models import ops
from models.compare import compare_documents, version_diff
from models.ingest import parse_bytes
from models.store import Store
from models.types import walk_sections


def report_of_size(target_bytes: int, seed: int) -> str:
    """Varied real-looking reports concatenated until the UTF-8 text reaches ``target_bytes``."""
    rng = random.Random(seed)
    texts = base_texts()
    parts: list[str] = []
    size = 0
    serial = seed
    while size < target_bytes:
        t = vary(texts[serial % len(texts)], rng, serial)
        parts.append(t)
        size += len(t.encode("utf-8")) + 2
        serial += 1
    return "\n\n".join(parts)


def run(target_bytes: int, label: str) -> None:
    store = Store.memory()
    store.tags.ensure_defaults(ops.load_default_schema())
    ids = []
    for seed in (3, 4):
        text = report_of_size(target_bytes, seed)
        ids.append(store.documents.add(parse_bytes(text.encode("utf-8"), f"bench_{label}_{seed}.txt")).id)
    from models.suggest import run_suggestions

    for doc in ids:
        run_suggestions(store, doc)  # indicators to match, as the CLI does; not timed
    left, right = ids
    sizes = [len(store.documents.display_text(d).encode("utf-8")) // 1024 for d in ids]
    sections = [sum(1 for _ in walk_sections(store.documents.sections(d))) for d in ids]
    indicators = [store.annotations.count(d, statuses=("accepted", "suggested")) for d in ids]
    times = []
    cpu = []
    result = None
    from models.compare.tokens import _title_words

    for _ in range(3):
        _title_words.cache_clear()  # every run pays for its headings, as a first comparison would
        t0, c0 = time.perf_counter(), time.process_time()
        result = compare_documents(store, left, right)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    assert result is not None
    print(
        f"{label}: reports of {sizes[0]} KB / {sizes[1]} KB, {sections[0]} / {sections[1]} sections, "
        f"{indicators[0]} / {indicators[1]} suggestions -> {len(result.pairs)} section pairs, "
        f"{len(result.indicator_pairs)} indicator pairs; compare_documents median {statistics.median(times):.3f} s "
        f"(runs: {', '.join(f'{t:.3f}' for t in times)}; CPU time median {statistics.median(cpu):.3f} s)"
    )
    text = store.documents.display_text(left)
    edited = text.replace("。", "。新增一句测试文字。", 1)[::-1][::-1]
    edited = edited[: len(edited) // 2] + edited[len(edited) // 2 :].replace("亿元", "万元", 3)
    t0 = time.perf_counter()
    items = version_diff(text, edited)
    print(
        f"{label}: version_diff of the left report against an edited copy: {len(items)} differences in "
        f"{time.perf_counter() - t0:.3f} s"
    )


def main() -> None:
    print("machine:", machine())
    t0 = time.perf_counter()
    from models.compare.tokens import _jieba

    _jieba()
    print(f"first use in a process: jieba import + domain tokenizer {time.perf_counter() - t0:.3f} s (paid once)")
    run(345 * 1024, "300 KB")
    run(1035 * 1024, "900 KB")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
