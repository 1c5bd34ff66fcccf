"""How indicator reading degrades on copies of the corpus reports as hidden sets hold them.

Each report with indicator gold is rewritten (hard-wrapped every 40 columns, run together on one line, half-width
punctuation, traditional script, cut at 2,000 bytes in the middle of a sentence), read through the whole import
path, and its indicators scored against the report's gold (the cut copy against the gold quotes it still holds).

    PYTHONPATH=. .venv/bin/python benchmarks/indicator_variants.py [--variant wrap40 trad …] [--doc 204,309] [-v]

Prints precision, recall and all-four-fields of the originals and of each variant, and with ``-v`` the reports
that lose most recall.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.eval_reading import report_path
from benchmarks.outline_variants import half, oneline
from benchmarks.reading_parts import score_indicators
from benchmarks.reading_score import PINYIN_RE, norm
from models.ingest import parse_raw
from models.ingest.clean_script import t2s_table
from models.ingest.read import RawText, read_file

GOLD = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "gold" / "indicators"


def wrap40(text: str) -> str:
    return "\n".join(line[i : i + 40] for line in text.split("\n") for i in range(0, max(len(line), 1), 40))


def _s2t() -> dict[int, str]:
    table: dict[int, str] = {}
    for trad, simp in t2s_table().items():
        if len(simp) == 1 and chr(trad) != simp:
            table.setdefault(ord(simp), chr(trad))
    return table


_S2T = _s2t()


def trad(text: str) -> str:
    return text.translate(_S2T)


def cut2000(text: str) -> str:
    return text.encode("utf-8")[:2000].decode("utf-8", errors="ignore")


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrap40": wrap40,
    "oneline": oneline,
    "half": half,
    "trad": trad,
    "cut2000": cut2000,
}


def _score(path: Path, gold: dict[str, Any], raw: RawText, text: str) -> dict[str, Any]:
    parsed = parse_raw(replace(raw, text=text), path.name)
    if len(text) < len(raw.text):  # a cut copy: the gold quotes it still holds
        kept = norm(PINYIN_RE.sub("", text))
        gold = dict(gold, indicators=[g for g in gold["indicators"] if norm(PINYIN_RE.sub("", g["quote"])) in kept])
    return score_indicators(gold, parsed.display_text, parsed.original_text, parsed.sections)


def evaluate(variants: list[str], docs: set[str] | None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for gold_path in sorted(GOLD.glob("*.json")):
        doc = gold_path.stem
        if docs and doc not in docs:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = report_path(doc, gold)
        if path.suffix != ".txt":
            continue
        raw = read_file(path)
        out[doc] = {"original": _score(path, gold, raw, raw.text)}
        for name in variants:
            out[doc][name] = _score(path, gold, raw, VARIANTS[name](raw.text))
    return out


def _figures(rows: list[dict[str, Any]]) -> tuple[float, float, float]:
    gold = sum(r["gold"] for r in rows)
    pred = sum(r["pred"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    right = sum(r["fields"]["all"] for r in rows)
    return matched / max(pred, 1), matched / max(gold, 1), right / max(matched, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    ap.add_argument("--doc", default="", help="comma-separated report numbers")
    ap.add_argument("-v", action="store_true", help="list the reports that lose most recall")
    args = ap.parse_args(argv)
    docs = {d.strip() for d in args.doc.split(",") if d.strip()} or None
    results = evaluate(args.variant, docs)
    for name in ["original", *args.variant]:
        p, r, a = _figures([res[name] for res in results.values()])
        print(f"{name:10s} P {p:.3f}  R {r:.3f}  all4 {a:.3f}")
        if args.v and name != "original":
            loss = sorted(
                ((res["original"]["recall"] - res[name]["recall"], doc) for doc, res in results.items()),
                reverse=True,
            )
            print("   lose most:", ", ".join(f"{doc} {d:.2f}" for d, doc in loss[:8] if d > 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
