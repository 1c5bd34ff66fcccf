"""Score how well the import path reads the real-report corpus against gold written by reading.

    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py              # table, overall, five worst
    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py --doc 008 -v # the diff for one report
    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py --json       # figures, machine-readable
    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py --corpus DIR # another set: DIR/reports, DIR/gold

Gold: tests/corpus/gold/NNN.json (outline, metadata, body) and gold/indicators/NNN.json; rules in
tests/corpus/gold/README.md. A report without gold is skipped; a part missing from a gold file is not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.docx_source import docx_source_text  # noqa: E402
from benchmarks.reading_parts import (  # noqa: E402
    META_FIELDS,
    score_body,
    score_indicators,
    score_metadata,
    score_outline,
)
from benchmarks.reading_score import norm  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"

__all__ = ["FLOOR", "below_floor", "evaluate", "main", "norm"]


# ---------------------------------------------------------------- loading


def gold_documents(
    only: Collection[str] | None = None,
    corpus: Path = CORPUS,
) -> list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]]:
    """(doc id, main gold or None, indicator gold or None) for every report that has any gold."""
    gold = corpus / "gold"
    main = {p.stem: p for p in gold.glob("*.json")}
    ind = {p.stem: p for p in (gold / "indicators").glob("*.json")}
    out = []
    for doc in sorted(set(main) | set(ind)):
        if only is not None and doc not in {d.zfill(3) for d in only}:
            continue
        g = json.loads(main[doc].read_text(encoding="utf-8")) if doc in main else None
        gi = json.loads(ind[doc].read_text(encoding="utf-8")) if doc in ind else None
        out.append((doc, g, gi))
    return out


def report_path(doc: str, *golds: dict[str, Any] | None, corpus: Path = CORPUS) -> Path:
    reports = corpus / "reports"
    for g in golds:
        if g and g.get("file"):
            return reports / g["file"]
    found = sorted(reports.glob(f"{doc}_*"))
    if not found:
        raise FileNotFoundError(f"no report for gold {doc}")
    return found[0]


# ---------------------------------------------------------------- one report, the corpus


def evaluate_document(
    doc: str, gold: dict[str, Any] | None, ind_gold: dict[str, Any] | None, corpus: Path = CORPUS
) -> dict[str, Any]:
    from models.ingest import parse_file

    path = report_path(doc, gold, ind_gold, corpus=corpus)
    out: dict[str, Any] = {"doc": doc, "file": path.name}
    try:
        parsed = parse_file(path)
    except Exception as exc:  # a report the import path cannot read scores nothing, and says why
        out["parse_error"] = f"{type(exc).__name__}: {exc}"
        if gold is not None and "outline" in gold:
            out["outline"] = score_outline(gold["outline"], ())
        out["badness"], out["why"] = 10.0, f"import failed: {out['parse_error']}"
        return out
    if gold is not None:
        if "outline" in gold:
            out["outline"] = score_outline(gold["outline"], parsed.sections)
        meta = score_metadata(gold, parsed.metadata)
        if meta:
            out["metadata"] = meta
        if "body" in gold:
            # the gold is checked against the file as stored: a .docx's own XML, not the reader's repaired text
            source = docx_source_text(path) if path.suffix == ".docx" else parsed.original_text
            out["body"] = score_body(gold["body"], source, parsed.display_text)
    if ind_gold is not None:
        docx = docx_source_text(path) if path.suffix == ".docx" else None
        chrome = (gold or {}).get("body", {}).get("chrome", [])
        out["indicators"] = score_indicators(
            ind_gold, parsed.display_text, parsed.original_text, parsed.sections, source=docx, chrome=chrome
        )
    out["badness"], out["why"] = _badness(out)
    return out


def _badness(d: dict[str, Any]) -> tuple[float, str]:
    score, why = 0.0, []
    if "outline" in d and d["outline"]["f1"] < 1:
        o = d["outline"]
        score += 1 - o["f1"]
        why.append(f"outline F1 {o['f1']:.2f} ({len(o['missing'])} missing, {len(o['extra'])} extra)")
    wrong = [f for f, v in d.get("metadata", {}).items() if not v["ok"]]
    if wrong:
        score += len(wrong) / 4
        why.append("wrong " + ", ".join(wrong))
    b = d.get("body")
    if b:
        if b["chrome_left"]:
            score += min(1.0, len(b["chrome_left"]) / 5)
            why.append(f"{len(b['chrome_left'])} chrome lines left")
        if b["missing_chars"]:
            score += min(1.0, b["missing_chars"] / 100)
            why.append(f"{b['missing_chars']} body chars missing")
        if b["joins_wrong"]:
            score += min(1.0, len(b["joins_wrong"]) / 5)
            why.append(f"{len(b['joins_wrong'])} joins/breaks wrong")
    ind = d.get("indicators")
    if ind and ind["f1"] < 1:
        score += 1 - ind["f1"]
        why.append(f"indicators P {ind['precision']:.2f} R {ind['recall']:.2f}")
    if ind and ind["matched"] and ind["fields"]["all"] < ind["matched"]:
        score += 1 - ind["fields"]["all"] / ind["matched"]
        why.append(f"{ind['matched'] - ind['fields']['all']} indicators with wrong fields")
    return round(score, 3), "; ".join(why) or "all right"


def overall(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The corpus figures from per-document results."""
    outl = [d["outline"] for d in results if "outline" in d]
    meta = [v for d in results for v in d.get("metadata", {}).values()]
    bodies = [d["body"] for d in results if "body" in d]
    inds = [d["indicators"] for d in results if "indicators" in d]
    og, op, om = (sum(o[k] for o in outl) for k in ("gold", "pred", "matched"))
    ig, ip, im = (sum(i[k] for i in inds) for k in ("gold", "pred", "matched"))
    per_field = {f: sum(d["metadata"][f]["ok"] for d in results if f in d.get("metadata", {})) for f in META_FIELDS}

    def rate(n: int, total: int) -> float:
        return round(n / total, 4) if total else 1.0

    return {
        "documents": len(results),
        "outline_documents": len(outl),
        "outline_macro_f1": round(sum(o["f1"] for o in outl) / len(outl), 4) if outl else 1.0,
        "outline_micro_precision": rate(om, op),
        "outline_micro_recall": rate(om, og),
        "metadata_fields": len(meta),
        "metadata_right": rate(sum(v["ok"] for v in meta), len(meta)),
        "metadata_right_by_field": per_field,
        "body_documents": len(bodies),
        "chrome_lines_left": sum(len(b["chrome_left"]) for b in bodies),
        "body_chars_missing": sum(b["missing_chars"] for b in bodies),
        "joins_right": sum(b["joins_ok"] for b in bodies),
        "joins_wrong": sum(len(b["joins_wrong"]) for b in bodies),
        "body_gold_errors": sum(len(b["errors"]) for b in bodies),
        "indicator_documents": len(inds),
        "indicators_gold": ig,
        "indicators_pred": ip,
        "indicator_precision": rate(im, ip),
        "indicator_recall": rate(im, ig),
        **{
            f"indicator_{k}_right": rate(sum(i["fields"][k] for i in inds), im)
            for k in ("value", "unit", "change", "kind", "all", "name")
        },
        "indicator_gold_errors": sum(len(i["gold_errors"]) for i in inds),
        "parse_errors": sum("parse_error" in d for d in results),
    }


def evaluate(only: Collection[str] | None = None, corpus: Path = CORPUS) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Parse and score every report with gold (or only those in ``only``); returns (per document, overall).

    ``corpus`` is a folder laid out like ``tests/corpus``: ``reports/``, ``gold/`` and optionally
    ``gold/indicators/`` — so a set of reports kept elsewhere is scored with the same measures.
    """
    results = [evaluate_document(doc, g, gi, corpus) for doc, g, gi in gold_documents(only, corpus)]
    return results, overall(results)


# ---------------------------------------------------------------- floors (the regression guard)

FLOOR = Path(__file__).resolve().parent / "reading_floor.json"
# figures where less is better; every other figure in FLOOR_FIGURES must not fall
CEILING_FIGURES = (
    "chrome_lines_left",
    "body_chars_missing",
    "joins_wrong",
    "body_gold_errors",
    "indicator_gold_errors",
    "parse_errors",
)
FLOOR_FIGURES = (
    "outline_macro_f1",
    "metadata_right",
    "indicator_precision",
    "indicator_recall",
    "indicator_value_right",
    "indicator_unit_right",
    "indicator_change_right",
    "indicator_kind_right",
    "indicator_all_right",
    "indicator_name_right",
    *CEILING_FIGURES,
)


def write_floor(results: list[dict[str, Any]], figures: dict[str, Any]) -> None:
    floor = {
        "documents": [d["doc"] for d in results],
        "figures": {k: figures[k] for k in FLOOR_FIGURES},
    }
    FLOOR.write_text(json.dumps(floor, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def below_floor(figures: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """Figures worse than their floor, as readable lines (empty when none)."""
    worse = []
    for key, limit in floor["figures"].items():
        got = figures[key]
        if key in CEILING_FIGURES and got > limit:
            worse.append(f"{key}: {got} > {limit}")
        elif key not in CEILING_FIGURES and got < limit - 1e-9:
            worse.append(f"{key}: {got} < {limit}")
    return worse


# ---------------------------------------------------------------- printing


def _row(d: dict[str, Any]) -> str:
    o, m, b, i = d.get("outline"), d.get("metadata"), d.get("body"), d.get("indicators")
    cells = [
        d["doc"],
        f"{o['f1']:.2f} {o['matched']:>3}/{o['gold']:<3}/{o['pred']:<3}" if o else "-".ljust(16),
        f"{sum(v['ok'] for v in m.values())}/{len(m)}" if m else "- ",
        f"{len(b['chrome_left']):>3}" if b else "  -",
        f"{b['missing_chars']:>5}" if b else "    -",
        f"{b['joins_ok']}/{b['joins_ok'] + len(b['joins_wrong'])}".rjust(5) if b else "    -",
        f"{i['precision']:.2f} {i['recall']:.2f} {i['fields']['all']:>3}/{i['matched']:<3}" if i else "-",
    ]
    return "  ".join(cells)


def print_table(results: list[dict[str, Any]], figures: dict[str, Any]) -> None:
    print("doc  outline F1 m/gold/pred  meta  chrome  missing  joins  ind P    R    all4/matched")
    for d in results:
        print(_row(d))
    print()
    print("overall")
    for k, v in figures.items():
        print(f"  {k:28} {v}")
    print()
    print("five worst")
    for d in sorted(results, key=lambda d: -d["badness"])[:5]:
        print(f"  {d['doc']} ({d['badness']:.2f}) {d['why']}")


def print_diff(d: dict[str, Any]) -> None:
    print(f"== {d['doc']} {d['file']}: {d['why']}")

    def block(title: str, items: list[str]) -> None:
        if items:
            print(f"-- {title} ({len(items)})")
            for it in items:
                print(f"   {it}")

    if "outline" in d:
        o = d["outline"]
        print(f"outline: {o['matched']} of {o['gold']} gold, {o['pred']} predicted, F1 {o['f1']:.3f}")
        block("headings: - in gold, not read; + read, not in gold (level|label|title)", o["diff"])
    for f, v in d.get("metadata", {}).items():
        if not v["ok"]:
            print(f"{f}: got {v['got']!r}  expected {v['expected']!r}")
    if "body" in d:
        b = d["body"]
        block("chrome left in the display text", b["chrome_left"])
        block(f"body text missing from the display text ({b['missing_chars']} chars)", b["missing"])
        block("joins / breaks wrong", b["joins_wrong"])
        block("GOLD ERRORS (body)", b["errors"])
    if "indicators" in d:
        i = d["indicators"]
        print(f"indicators: {i['matched']} of {i['gold']} gold, {i['pred']} predicted")
        block("gold indicators not found", i["missed"])
        block("  of which lost in cleaning (in the file, not the display text)", i["lost_in_cleaning"])
        block("predicted, not in gold", i["extra"])
        block("matched with wrong fields", i["wrong_fields"])
        block("GOLD ERRORS (quote not found in the file)", i["gold_errors"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--doc", help="only these reports (NNN or NNN,NNN,…)")
    ap.add_argument("--write-floor", action="store_true", help=f"store the figures as floors in {FLOOR.name}")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the diff of each report scored")
    ap.add_argument("--json", action="store_true", help="print the figures (and per-document results) as JSON")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="score another set laid out like tests/corpus (reports/, gold/, gold/indicators/)",
    )
    args = ap.parse_args(argv)
    if not (args.corpus / "gold").is_dir():
        print(f"no gold/ folder in {args.corpus}", file=sys.stderr)
        return 1
    results, figures = evaluate(args.doc.split(",") if args.doc else None, args.corpus)
    if not results:
        print("no gold for that report", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"overall": figures, "documents": results}, ensure_ascii=False, indent=1))
        return 0
    print_table(results, figures)
    if args.write_floor:
        if args.doc or args.corpus.resolve() != CORPUS.resolve():
            print("--write-floor needs the whole corpus (no --doc, no --corpus)", file=sys.stderr)
            return 1
        write_floor(results, figures)
        print(f"floors written to {FLOOR.relative_to(ROOT)}")
    if args.verbose:
        for d in results:
            print()
            print_diff(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
