"""Benchmark: full-text search and export on a ~1,000-document, ~100,000-annotation project.

Run on purpose:  .venv/bin/python benchmarks/bench_search_export.py [--docs 1000] [--annotations 100000]
Prints figures; targets: search <= 50 ms median / <= 200 ms worst, export <= 10 s and <= 300 MB.
Each export runs in a child process so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models import ops, paths  # noqa: E402
from models.folding import fold_text  # noqa: E402
from models.ingest import parse_file  # noqa: E402
from models.ingest.outline import build_outline  # noqa: E402
from models.search import count_occurrences, search_text  # noqa: E402
from models.store import Store  # noqa: E402
from models.types import Metadata, ParsedDocument  # noqa: E402

QUERIES = [
    # two characters (plain instr() scan)
    "基站",
    "企业",
    "5G",
    "项目",
    "园区",
    "电力",
    "工业",
    "投资",
    "税收",
    "融合",
    "规划",
    "培训",
    "专利",
    "物流",
    "煤炭",
    "旅游",
    "扶贫",
    "招商",
    "创新",
    "安全",
    # three and more (trigram narrowing)
    "5G基站",
    "两化融合",
    "工业园区",
    "规模以上",
    "高新技术企业",
    "固定资产投资",
    "主营业务收入",
    "工业增加值",
    "招商引资",
    "营商环境",
    "新型基础设施",
    "产业链",
    "大数据",
    "信息化",
    "电子商务",
    "科技创新",
    "节能减排",
    "安全生产",
    "疫情防控",
    "复工复产",
    "中小企业",
    "技术改造",
    "数字经济",
    "智能制造",
    "知识产权",
    "量子引力波",
    "不存在的词语",
    "乡村振兴战略",
    "同比增长",
    "工作总结",
]


def varied_texts(n: int) -> list[tuple[str, str]]:
    """``n`` (title, text) pairs: the seeds with shuffled paragraphs and altered figures."""
    seeds = [parse_file(p) for p in paths.seed_files()]
    out = []
    for k in range(n):
        seed = seeds[k % len(seeds)]
        rng = random.Random(k)
        paras = seed.display_text.split("\n")
        head, body = paras[:3], paras[3:]
        rng.shuffle(body)
        text = "\n".join(head + body[: max(10, int(len(body) * rng.uniform(0.6, 1.0)))])
        mul, add = 1 + k % 7, k % 13
        text = re.sub(r"\d+", lambda m, mul=mul, add=add: str(int(m.group()) * mul + add), text)
        out.append((f"{seed.metadata.title or seed.source_name}（样本{k}）", text + f"\n样本编号{k}。"))
    return out


def build(path: Path, n_docs: int, n_annotations: int) -> None:
    store = ops.open_project(path)
    tags = [t.id for t in store.tags.all()]
    t0 = time.perf_counter()
    per_doc = max(1, n_annotations // n_docs)
    for title, text in varied_texts(n_docs):
        parsed = ParsedDocument.plain(
            text, title + ".txt", Metadata(title=title, issuer="某局", date="2021-01-18"), build_outline(text)
        )
        doc = store.documents.add(parsed)
        rng = random.Random(doc.id)
        items = []
        for i in range(per_doc):
            start = rng.randrange(0, max(1, len(text) - 20))
            end = start + rng.randint(2, 20)
            if not text[start:end].strip():
                continue
            attrs = {}
            if i % 3 == 0:
                attrs = {
                    "name": rng.choice(["5G基站", "工业增加值", "固定资产投资", "专利授权"]),
                    "value": rng.randint(1, 5000),
                    "unit": "个",
                    "normalized_value": rng.randint(1, 5000),
                }
            items.append(
                {
                    "document_id": doc.id,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "tag_id": rng.choice(tags),
                    "note": '备注, "含引号"' if i % 10 == 0 else "",
                    "attributes": attrs,
                    "author": "基准",
                }
            )
        store.annotations.add_many(items)
    print(
        f"built {store.documents.count()} documents, {store.annotations.count()} annotations "
        f"in {time.perf_counter() - t0:.1f} s; text {sum(d.text_length for d in store.documents.all()):,} chars; "
        f"file {path.stat().st_size / 1e6:.0f} MB"
    )
    store.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_search(path: Path) -> None:
    store = Store.open(path)
    store.search.ensure()
    search_text(store, "预热")
    wall, cpu, count_wall, scan_t, fts_t = [], [], [], [], []
    for q in QUERIES:
        t0, c0 = time.perf_counter(), time.process_time()
        hits = search_text(store, q, limit=500)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        total = count_occurrences(store, q)
        count_wall.append(time.perf_counter() - t0)
        folded = fold_text(q)
        t0 = time.perf_counter()
        scanned = store.search.scan_documents(folded)
        scan_t.append(time.perf_counter() - t0)
        if len(folded) >= 3:
            t0 = time.perf_counter()
            ids = store.search.matching_document_ids(folded)
            fts_t.append(time.perf_counter() - t0)
            assert ids == scanned, q
        print(
            f"  {q:<10} hits={len(hits):>4} total={total:>6}  search {ms(wall[-1]):>9} (cpu {ms(cpu[-1]):>9})  "
            f"count {ms(count_wall[-1]):>9}  instr-scan {ms(scan_t[-1]):>8}"
        )
    print(
        f"search_text (limit 500) over {len(QUERIES)} queries: median {ms(statistics.median(wall))}, "
        f"worst {ms(max(wall))}; CPU median {ms(statistics.median(cpu))}, worst {ms(max(cpu))}"
    )
    print(f"count_occurrences: median {ms(statistics.median(count_wall))}, worst {ms(max(count_wall))}")
    print(f"document ids by plain instr() scan: median {ms(statistics.median(scan_t))}, worst {ms(max(scan_t))}")
    print(
        f"document ids by FTS5 trigram MATCH (>=3 chars): median {ms(statistics.median(fts_t))}, worst {ms(max(fts_t))}"
    )
    print(f"load average now: {os.getloadavg()}")
    store.close()


def export_child(path: Path, fmt: str, out: Path) -> None:
    from models.export import export_annotations

    store = Store.open(path, readonly=True)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    n = export_annotations(store, out, fmt=fmt)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "fmt": fmt,
                "rows": n,
                "seconds": elapsed,
                "cpu": cpu,
                "rss_before_mb": rss_before,
                "rss_mb": rss_mb,
                "size_mb": out.stat().st_size / 1e6,
            }
        )
    )


def bench_export(path: Path, workdir: Path) -> None:
    for fmt in ("csv", "xlsx"):
        out = workdir / f"export.{fmt}"
        res = subprocess.run(
            [sys.executable, __file__, "--export-child", fmt, "--db", str(path), "--out", str(out)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(
            f"export {fmt}: {r['rows']:,} rows in {r['seconds']:.2f} s (CPU {r['cpu']:.2f} s), "
            f"peak RSS {r['rss_mb']:.0f} MB "
            f"(after imports, before export: {r['rss_before_mb']:.0f} MB), "
            f"file {r['size_mb']:.1f} MB"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None, help="project to reuse (built there if missing)")
    ap.add_argument("--export-child", default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    if args.export_child:
        export_child(args.db, args.export_child, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        path = args.db or workdir / "bench.reportmark"
        if not path.exists():  # --db names a project to reuse, built there on the first run
            build(path, args.docs, args.annotations)
        bench_search(path)
        bench_export(path, workdir)


if __name__ == "__main__":
    main()
