"""How often the clerk's right value is among the first N options the 信息 panel offers (title, issuer, date).

Run on purpose: ``PYTHONPATH=. .venv/bin/python benchmarks/metadata_options_recall.py [N]``. For each field:
how many reports the reader got wrong, and of those how many have the gold value among the first N options.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.reading_parts import norm
from models.ingest import parse_file
from models.ingest.metadata_options import FIELDS, options_for_parsed

CORPUS = Path("tests/corpus")


def main(top: int = 3) -> None:
    wrong = dict.fromkeys(FIELDS, 0)
    offered = dict.fromkeys(FIELDS, 0)
    for gold_file in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        parsed = parse_file(CORPUS / "reports" / gold["file"])
        options = options_for_parsed(parsed)
        for name in FIELDS:
            expected = gold.get(name)
            got = getattr(parsed.metadata, name)
            if expected is None or norm(got or "") == norm(expected):
                continue
            wrong[name] += 1
            if any(norm(o.value) == norm(expected) for o in options.of(name)[:top]):
                offered[name] += 1
    for name in FIELDS:
        print(f"{name}: reader wrong on {wrong[name]}, gold among the first {top} options on {offered[name]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
