"""Run hostile work in a child process: its peak resident memory must stay under 500 MB (an address-space
limit of 2 GB stops a runaway child before it hurts the machine) and a wall-clock guard stops a hang."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MB = 500  # peak resident memory allowed
ADDRESS_LIMIT_MB = 2048  # hard stop for a runaway child
GUARD_S = 120  # a guard against a hang, not a timing assertion


def _limit() -> None:
    limit = ADDRESS_LIMIT_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_bounded(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (Python, ROOT importable) under the limits; asserts the peak resident memory bound."""
    code += (
        "\nimport resource as _r, sys as _s\nprint('MAXRSS', _r.getrusage(_r.RUSAGE_SELF).ru_maxrss, file=_s.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=GUARD_S,
        preexec_fn=_limit,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    peaks = [int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("MAXRSS ")]
    if peaks:
        assert peaks[-1] / 1024 < MEMORY_LIMIT_MB, f"peak memory {peaks[-1] / 1024:.0f} MB"
    return proc


def read_bounded(path: Path) -> str:
    """'ok <length>' or 'refused <message>' for reading ``path`` through the import readers."""
    proc = run_bounded(
        "import sys\n"
        "from models.errors import ReportMarkError\n"
        "from models.ingest import parse_file\n"
        "try:\n"
        f"    p = parse_file({str(path)!r})\n"
        "    print('ok', len(p.display_text), max((len(l) for l in p.display_text.split(chr(10))), default=0))\n"
        "except ReportMarkError as e:\n"
        "    print('refused', e.user_message)\n"
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.strip()


def import_qdpx_all_bounded(folder: Path, names: list[str]) -> dict[str, str]:
    """For each .qdpx in ``folder``: 'ok <documents> <control characters>' or 'refused <message>' (one child)."""
    proc = run_bounded(
        "import json\n"
        "from pathlib import Path\n"
        "from models import ops\n"
        "from models.errors import ReportMarkError\n"
        "from models.export import import_qdpx\n"
        f"folder = Path({str(folder)!r})\n"
        "out = {}\n"
        f"for name in {names!r}:\n"
        "    store = ops.open_project(folder / (name + '.reportmark'))\n"
        "    try:\n"
        "        import_qdpx(store, folder / name)\n"
        "        texts = [store.documents.display_text(d.id) for d in store.documents.all()]\n"
        "        bad = sum(1 for t in texts for c in t\n"
        "                  if (ord(c) < 32 and c not in '\\n\\t') or 0x7f <= ord(c) <= 0x9f)\n"
        "        out[name] = f'ok {len(texts)} {bad}'\n"
        "    except ReportMarkError as e:\n"
        "        out[name] = 'refused ' + e.user_message\n"
        "    except Exception as e:\n"
        "        out[name] = f'unexpected {type(e).__name__}: {e}'\n"
        "    store.close()\n"
        "print(json.dumps(out, ensure_ascii=True))\n"
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    import json

    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))
