"""Does a learned line model find the chrome today's rules leave? Leave-set-out cross-validation over the corpus.

    PYTHONPATH=. .venv/bin/python benchmarks/chrome_cv.py               # fold table, threshold sweep
    PYTHONPATH=. .venv/bin/python benchmarks/chrome_cv.py --disc DIR    # also: fit on all, score another set

A set is the ``SOURCES_holdoutNN.md`` collection a report came in (reports of the shared SOURCES.md or of none:
number blocks of 10); the sets are dealt into ``-k`` folds of whole sets (``corpus_folds`` order). For each fold
the model is fitted on the other folds (``train_chrome.fit``) and the fold's reports are scored by the scorer's
own ``score_body``: chrome lines left in the display text and body characters missing from it, (a) with today's
cleaning alone and (b) with the lines the model calls chrome (probability ≥ threshold, the guard of
``chrome_learned.may_remove`` passed) taken out too. ``wrong`` counts lines (b) took out that the gold does not
call chrome (a header or title line costs no body characters but is still a wrong cut).
Today's rules were written looking at every fold, so (a) is optimistic; (b) wins only if it beats (a) on the
folds without costing body characters. Reading the corpus is cached (``chrome_cv_data``).

Session 18 (main 9cf4fde2, 1557 reports, 123 sets, 10 folds, ``--no-title`` as shipped), chrome/missing/wrong:
(a) 112/440; (b) p≥0.5 94/1295/193, 0.7 99/777/61, 0.8 102/506/25, 0.9 105/459/8, 0.95 108/459/5,
0.98 108/440/1 (folds 3 and 9 gain two lines each, fold 8 one wrong cut). disc18 1/0 → 1/0 at every p ≥ 0.7.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.chrome_cv_data import Record, collect  # noqa: E402
from benchmarks.reading_parts import score_body  # noqa: E402
from benchmarks.reading_score import norm  # noqa: E402
from benchmarks.train_chrome import chrome_keys, fit, page_rows, rows_of  # noqa: E402
from models.ingest import chrome_learned as cl  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)


def set_of(rec: Record) -> str:
    name = str(rec["collection"])
    if name in ("shared", "unknown"):
        return f"block{int(rec['doc']) // 10}"
    return name


def deal(recs: list[Record], k: int, seed: int = 0) -> list[list[Record]]:
    """k folds of whole sets, largest sets first into the smallest fold (a fixed shuffle breaks ties)."""
    by_set: dict[str, list[Record]] = {}
    for r in recs:
        by_set.setdefault(set_of(r), []).append(r)
    names = sorted(by_set)
    random.Random(seed).shuffle(names)
    names.sort(key=lambda n: -len(by_set[n]))
    out: list[list[Record]] = [[] for _ in range(k)]
    for name in names:
        min(out, key=len).extend(by_set[name])
    return out


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given lines (and their newline) taken out."""
    parts, pos = [], 0
    for s, e in spans:
        parts.append(text[pos:s])
        pos = e + 1
    parts.append(text[pos:])
    return "".join(parts)


def score_report(rec: Record, model: cl.Model) -> dict[str, Any]:
    """Figures (a) and (b) for one report, (b) at every threshold of the sweep."""
    found, (slots, labels) = page_rows(rec["display"], rec["title"], rec)
    probs = [model.probability(f) for f in slots]
    a = score_body(rec["body"], rec["source"], rec["display"])
    out: dict[str, Any] = {"doc": rec["doc"], "a": (len(a["chrome_left"]), a["missing_chars"], 0)}
    for t in THRESHOLDS:
        spans = [
            (s, e) for (s, e, x), p in zip(found, probs, strict=True) if p >= t and cl.may_remove(x.text, rec["title"])
        ]
        wrong = sum(
            1
            for (s, e, x), p, y in zip(found, probs, labels, strict=True)
            if p >= t and cl.may_remove(x.text, rec["title"]) and y == 0
        )
        if not spans:
            out[t] = out["a"]
            continue
        b = score_body(rec["body"], rec["source"], without(rec["display"], spans))
        out[t] = (len(b["chrome_left"]), b["missing_chars"], wrong)
    return out


def totals(scored: list[dict[str, Any]], key: Any) -> tuple[int, int, int]:
    return (
        sum(s[key][0] for s in scored),
        sum(s[key][1] for s in scored),
        sum(s[key][2] for s in scored),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-k", type=int, default=10, help="folds (default 10)")
    ap.add_argument("--display-only", action="store_true", help="train on display lines only (no source lines)")
    ap.add_argument("--disc", type=Path, help="also fit on the whole corpus and score this set (DIR/reports, DIR/gold)")
    ap.add_argument(
        "--no-title", action="store_true", help="features without the detected title (as cleaning sees a page)"
    )
    ap.add_argument("--pool", default="", help="also total these reports (e.g. 1526-1535,1546-1555) as one row")
    ap.add_argument("-v", action="store_true", help="list the lines (b) took out at the shipping threshold")
    args = ap.parse_args(argv)
    recs = collect()
    if args.no_title:
        for r in recs:
            r["title"] = ""
    folds = deal(recs, args.k)
    print(f"{len(recs)} reports, {len({set_of(r) for r in recs})} sets, {args.k} folds")
    print("fold  reports  (a) chrome missing | (b) at each threshold: chrome missing wrong")
    grand: list[dict[str, Any]] = []
    for i, fold in enumerate(folds):
        train = [r for j, f in enumerate(folds) if j != i for r in f]
        model = fit(rows_of(train, source=not args.display_only))
        scored = [score_report(r, model) for r in fold]
        grand.extend(scored)
        a = totals(scored, "a")
        cells = "  ".join(f"{t}: {c:>3} {m:>4} {w:>3}" for t in THRESHOLDS for c, m, w in [totals(scored, t)])
        print(f"{i:>4}  {len(fold):>7}  {a[0]:>10} {a[1]:>7} | {cells}", flush=True)
        if args.v:
            _show(fold, model)
    a = totals(grand, "a")
    cells = "  ".join(f"{t}: {c:>3} {m:>4} {w:>3}" for t in THRESHOLDS for c, m, w in [totals(grand, t)])
    print(f" all  {len(grand):>7}  {a[0]:>10} {a[1]:>7} | {cells}")
    if args.pool:
        wanted = {str(n).zfill(3) for part in args.pool.split(",") for n in _numbers(part)}
        pool = [s for s in grand if s["doc"] in wanted]
        a = totals(pool, "a")
        cells = "  ".join(f"{t}: {c:>3} {m:>4} {w:>3}" for t in THRESHOLDS for c, m, w in [totals(pool, t)])
        print(f"pool  {len(pool):>7}  {a[0]:>10} {a[1]:>7} | {cells}")
    if args.disc:
        model = fit(rows_of(recs, source=not args.display_only))
        other = collect(args.disc)
        if args.no_title:
            for r in other:
                r["title"] = ""
        t0 = time.perf_counter()
        scored = [score_report(r, model) for r in other]
        a = totals(scored, "a")
        cells = "  ".join(f"{t}: {c:>3} {m:>4} {w:>3}" for t in THRESHOLDS for c, m, w in [totals(scored, t)])
        print(f"{args.disc.name}  {len(other):>7}  {a[0]:>10} {a[1]:>7} | {cells}")
        print(f"(scoring {len(other)} reports took {time.perf_counter() - t0:.1f} s with the scorer)")
        if args.v:
            _show(other, model)
    return 0


def _numbers(part: str) -> range:
    lo, _, hi = part.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def _show(recs: list[Record], model: cl.Model) -> None:
    for rec in recs:
        chrome = chrome_keys(rec)
        for s, e in cl.chrome_spans(rec["display"], rec["title"], model):
            line = rec["display"][s:e]
            mark = "chrome" if norm(line) in chrome else "WRONG "
            print(f"      {rec['doc']:>5} {mark} {line.strip()[:60]}")


if __name__ == "__main__":
    raise SystemExit(main())
