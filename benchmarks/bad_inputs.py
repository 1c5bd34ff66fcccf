"""Bad-input sweep: 120+ hostile or broken files through `main.py import` (and .qdpx through the REFI-QDA import).

Each input must be imported or refused with one clear line, within bounded time (60 s) and peak memory
(500 MB), and a refusal must leave the project unchanged (documents, tags, annotations). Prints a table and
the summary "refused cleanly / imported / unexpected / hung / over 500 MB"; exit 1 if any input misbehaves.
The inputs are written by ``bad_input_files.py``; its hostile generators live in ``tests/hostile/``
(issue 15), shared with the tests.

Run: .venv/bin/python benchmarks/bad_inputs.py [--quick]
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine
from bad_input_files import SEED, hostile_inputs, make_inputs

TIME_LIMIT_S = 60
MEMORY_LIMIT_MB = 2048  # address-space guard that stops a runaway child
PEAK_LIMIT_MB = 500  # peak resident memory allowed per input


# The child reports its own peak memory (RUSAGE_CHILDREN would count the parent's pages at fork).
CHILD = (
    "import resource, sys\n"
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "import main\n"
    "rc = main.main(sys.argv[1:])\n"
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


CHILD_QDPX = (
    "import resource, sys\n"
    f"sys.path.insert(0, {str(ROOT)!r})\n"
    "from models import ops\n"
    "from models.errors import ReportMarkError\n"
    "from models.export import import_qdpx\n"
    "from models.terminal import printable\n"
    "path, project = sys.argv[1], sys.argv[2]\n"
    "store = ops.open_project(project)\n"
    "try:\n"
    "    changes = import_qdpx(store, path)\n"
    "    print(printable(f'已导入：{path}（{len(changes.documents)} 篇文档）'))\n"
    "    rc = 0\n"
    "except ReportMarkError as e:\n"
    "    print(printable(f'已拒绝：{path}：{e.user_message}'))\n"
    "    rc = 1\n"
    "print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def content_dump(project: Path) -> str:
    """Documents, tags and annotations of the project (read-only), to see that a refusal changed nothing."""
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        parts = [
            conn.execute("SELECT group_concat(id || ':' || content_hash) FROM documents").fetchone()[0],
            conn.execute("SELECT group_concat(id || ':' || name || ':' || IFNULL(parent_id, '')) FROM tags").fetchone()[
                0
            ],
            conn.execute("SELECT count(*), max(id) FROM annotations").fetchone(),
        ]
    finally:
        conn.close()
    return repr(parts)


def _leaked(project: Path) -> bool:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return bool(conn.execute("SELECT 1 FROM document_texts WHERE display_text LIKE '机密：%'").fetchone())
    finally:
        conn.close()


def limit_memory() -> None:
    limit = MEMORY_LIMIT_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main() -> int:
    quick = "--quick" in sys.argv
    print("machine:", machine())
    tmp = Path(tempfile.mkdtemp(prefix="rm-bad-"))
    inputs_dir = tmp / "inputs"
    inputs_dir.mkdir()
    (tmp / "hostile").mkdir()
    project = tmp / "project.reportmark"
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(SEED), "--project", str(project)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    inputs = make_inputs(inputs_dir, quick) + hostile_inputs(tmp / "hostile", quick)
    print(f"{len(inputs)} inputs; bounds per file: {TIME_LIMIT_S} s wall time, {PEAK_LIMIT_MB} MB peak memory")
    print(f"{'input':<42} {'result':<9} {'exit':>4} {'secs':>6} {'MB':>6}  message")
    bad = 0
    counts = {"imported": 0, "duplicate": 0, "refused": 0, "crashed": 0, "hung": 0, "over 500 MB": 0}
    for path in inputs:
        before = content_dump(project)
        t0 = time.perf_counter()
        try:
            args = (
                [sys.executable, "-c", CHILD_QDPX, str(path), str(project)]
                if path.suffix == ".qdpx"
                else [sys.executable, "-c", CHILD, "import", str(path), "--project", str(project)]
            )
            proc = subprocess.run(
                args,
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=TIME_LIMIT_S,
                preexec_fn=limit_memory,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            secs = time.perf_counter() - t0
            rss = [ln for ln in proc.stderr.splitlines() if ln.startswith("MAXRSS ")]
            usage = int(rss[-1].split()[1]) / 1024 if rss else 0.0
            line = (proc.stdout.strip().splitlines() or [""])[-1]
            if "Traceback" in proc.stdout + proc.stderr or proc.returncode not in (0, 1):
                result = "crashed"
            elif line.startswith("已导入"):
                result = "imported"
            elif line.startswith("已存在"):
                result = "duplicate"
            elif line.startswith("已拒绝"):
                result = "refused"
            else:
                result = "crashed"
            if result == "refused" and content_dump(project) != before:
                result = "crashed"
                line += "  [project changed by a refusal!]"
            if result in ("imported", "duplicate") and _leaked(project):
                result = "crashed"
                line += "  [a file outside the folder was imported!]"
            if "\x1b" in proc.stdout + proc.stderr or "\x9b" in proc.stdout + proc.stderr:
                result = "crashed"
                line += "  [raw terminal controls printed!]"
            if usage > PEAK_LIMIT_MB and result != "hung":
                result = "over 500 MB"
        except subprocess.TimeoutExpired:
            secs, usage, result, line = time.perf_counter() - t0, 0.0, "hung", ""
        counts[result] += 1
        if result in ("crashed", "hung", "over 500 MB"):
            bad += 1
        message = line.split("：", 2)[-1] if result == "refused" else ""
        print(
            f"{path.name[:42]:<42} {result:<9} {'' if result == 'hung' else proc.returncode:>4} {secs:>6.2f} "
            f"{usage:>6.0f}  {message[:80]}"
        )
    print(json.dumps(counts, ensure_ascii=False))
    print(
        f"refused cleanly {counts['refused']} / imported {counts['imported'] + counts['duplicate']} "
        f"(of which already present {counts['duplicate']}) / unexpected ({counts['crashed']}) / "
        f"hung ({counts['hung']}) / over {PEAK_LIMIT_MB} MB ({counts['over 500 MB']})"
    )
    print("(MB column: peak resident memory of the import process for that file)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
