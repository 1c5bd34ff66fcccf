"""Import benchmark: one ~300 KB report (parse + store) and a batch of 100 reports through ops.import_files.

Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, base_texts, big_report, machine, peak_rss_mb, vary

from models import ops
from models.ingest import parse_file


def main() -> None:
    print("machine:", machine())
    tmp = Path(tempfile.mkdtemp(prefix="rm-bench-import-"))

    big = tmp / "big_report.txt"
    big.write_text(big_report(), encoding="utf-8")
    size_kb = big.stat().st_size / 1024
    times = []
    for i in range(3):
        store = ops.open_project(tmp / f"big{i}.reportmark")
        t0 = time.perf_counter()
        outcomes, _ = ops.import_files(store, [big])
        times.append(time.perf_counter() - t0)
        assert outcomes[0].status == "imported", outcomes[0].message
        store.close()
    parsed = parse_file(big)
    print(
        f"300 KB report ({size_kb:.0f} KB, {len(parsed.display_text)} chars, "
        f"{sum(1 for _ in parsed.sections)} top sections): read+clean+outline+store "
        f"median {statistics.median(times):.3f} s (runs: {', '.join(f'{t:.3f}' for t in times)})"
    )

    rng = random.Random(11)
    texts = base_texts()
    batch = tmp / "batch"
    batch.mkdir()
    for i in range(100):
        (batch / f"report_{i:03d}.txt").write_text(vary(texts[i % len(texts)], rng, i), encoding="utf-8")
    store = ops.open_project(tmp / "batch.reportmark")
    t0 = time.perf_counter()
    outcomes, _ = ops.import_files(store, [batch])
    elapsed = time.perf_counter() - t0
    imported = sum(o.status == "imported" for o in outcomes)
    print(f"batch of 100 reports: {imported} imported in {elapsed:.2f} s = {imported / elapsed:.1f} reports/s")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")

    seed = ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0]
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import time,sys; t=time.process_time(); sys.argv=['main.py','inspect',sys.argv[1]];"
                "import main; main.main(['inspect', sys.argv[1], '--json']); "
                "print(time.process_time()-t, file=sys.stderr)",
                str(seed),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(float(out.stderr.strip().splitlines()[-1]))
    print(f"inspect of a seed: median {statistics.median(runs):.3f} s process time beyond interpreter start")


if __name__ == "__main__":
    main()
