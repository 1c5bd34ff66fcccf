"""Cross-validation folds of the real-report corpus, grouped by the collection each report came in.

Reports of one collection (one ``tests/corpus/SOURCES*.md`` file) share a collector, sources and habits, so a fold
holds whole collections: a model scored on a fold has seen no report of those collections, which is the nearest the
corpus comes to the hidden set of reports nobody here has seen.

    .venv/bin/python benchmarks/corpus_folds.py            # collection sizes and the folds
    .venv/bin/python benchmarks/corpus_folds.py --fold 2   # the reports of fold 2, comma-separated (for --doc)
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def collections(corpus: Path = CORPUS) -> dict[str, str]:
    """Report number (``'136'``) → the collection it came in (``'holdout46'``; ``'shared'`` for SOURCES.md)."""
    reports = sorted(p.name for p in (corpus / "reports").iterdir() if p.name[:3].isdigit())
    # a report's number is everything before the first underscore: 001–999, then 1001 on
    texts = {
        p.stem.removeprefix("SOURCES_").replace("SOURCES", "shared"): p.read_text(encoding="utf-8")
        for p in sorted(corpus.glob("SOURCES*.md"))
    }
    # a holdout file naming the report wins over the shared file, which mentions many numbers in passing
    order = sorted(texts, key=lambda n: (n == "shared", n))
    found: dict[str, str] = {}
    for name in reports:
        num = name.split("_")[0]
        named = [n for n in order if name in texts[n]]
        if not named:
            named = [n for n in order if re.search(rf"(?<!\d){num}_", texts[n])]
        found[num] = named[0] if named else "unknown"
    return found


def folds(k: int = 5, seed: int = 0, corpus: Path = CORPUS) -> list[list[str]]:
    """k lists of report numbers; each collection lies wholly in one fold, the folds as even as collections allow."""
    owner = collections(corpus)
    by_collection: dict[str, list[str]] = {}
    for num, name in owner.items():
        by_collection.setdefault(name, []).append(num)
    names = sorted(by_collection)
    random.Random(seed).shuffle(names)
    names.sort(key=lambda n: -len(by_collection[n]))  # largest first, then fill the smallest fold (stable shuffle)
    out: list[list[str]] = [[] for _ in range(k)]
    for name in names:
        min(out, key=len).extend(by_collection[name])
    return [sorted(f) for f in out]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", type=int, default=5, help="number of folds (default 5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--fold", type=int, help="print the reports of this fold (0-based), comma-separated")
    args = ap.parse_args(argv)
    parts = folds(args.k, args.seed)
    if args.fold is not None:
        print(",".join(parts[args.fold]))
        return 0
    owner = collections()
    for i, part in enumerate(parts):
        names = sorted({owner[n] for n in part})
        print(f"fold {i}: {len(part)} reports from {len(names)} collections")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
