"""Score the reader on the shapes a report reaches a clerk in, against the same gold: which shapes it is fragile to.

A seeded sample of the corpus .txt reports with gold is rewritten, family by family: the text shapes of
variant_transforms.py (traditional script, hard-wrapped at 28–42 cells as PDF copies are, run together on one line
as doc stores show it, half-width or full-width punctuation, wrapped in real page chrome from the corpus gold, GBK
bytes, Big5 bytes after s2tw, a .docx with one paragraph per line), the print shapes of variant_print.py (a PDF
copy with page numbers between pages, wraps turned into spaces, spaces around figures, indented CRLF lines) and
the cut shapes of variant_cut.py (a store's first 2,000 bytes ending mid-sentence, a copy starting inside a
heading), and the name swaps of variant_places.py (every place of the gazetteer the report writes renamed to another
real place of its level and kind, consistently; its bureaus permuted, 交通局→水利局). The gold is carried over
mechanically (joins where the wrap broke lines, the wrapper's lines and page numbers as chrome, no breaks in a
one-line copy and its paragraphs' lead sentences as headings by the gold's one-line rule, only what a cut copy
still holds, the swapped names), each variant set is written to a temp folder
laid out like tests/corpus and scored with eval_reading's measures, next to the same reports untransformed.

    PYTHONPATH=. .venv/bin/python benchmarks/eval_variants.py                      # all families, 120 reports
    PYTHONPATH=. .venv/bin/python benchmarks/eval_variants.py --only wrap,oneline --sample 40 --seed 3
    PYTHONPATH=. .venv/bin/python benchmarks/eval_variants.py --json               # figures, machine-readable
    PYTHONPATH=. .venv/bin/python benchmarks/eval_variants.py --only wrap --doc 024 --keep /tmp/v  # keep the files

Gold errors after a transformation (a join or chrome line the scorer cannot find) are flaws of the carry-over,
not of the reader: they are printed as their own figure.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import variant_cut, variant_places, variant_print, variant_transforms  # noqa: E402
from benchmarks.eval_reading import CORPUS, evaluate, evaluate_document, gold_documents, overall  # noqa: E402
from benchmarks.eval_reading import report_path as _report_path  # noqa: E402
from benchmarks.variant_transforms import Variant  # noqa: E402

__all__ = ["FAMILIES", "build_family", "main", "pick_documents", "run"]

# the text shapes (script, wraps, one line, punctuation, chrome, bytes, .docx), the print/PDF shapes, the cut shapes,
# and the same report of another place or office (names, not shapes: does a rule hold beyond the names it knows)
FAMILIES = {
    **variant_transforms.FAMILIES,
    **variant_print.FAMILIES,
    **variant_cut.FAMILIES,
    **variant_places.FAMILIES,
}

Doc = tuple[str, dict[str, Any], dict[str, Any] | None, Path]

FIGURES = (
    "outline_macro_f1",
    "metadata_right",
    "chrome_lines_left",
    "body_chars_missing",
    "joins_right",
    "joins_wrong",
    "indicator_precision",
    "indicator_recall",
    "indicator_all_right",
    "parse_errors",
    "body_gold_errors",
    "indicator_gold_errors",
)


def pick_documents(sample: int, seed: int, only: list[str] | None = None, corpus: Path = CORPUS) -> list[Doc]:
    """The corpus .txt reports with main gold (or only those in ``only``), a seeded sample of ``sample``."""
    docs: list[Doc] = []
    for doc, g, gi in gold_documents(only, corpus):
        if g is None:
            continue
        path = _report_path(doc, g, gi, corpus=corpus)
        if path.suffix == ".txt":
            docs.append((doc, g, gi, path))
    if only is None and 0 < sample < len(docs):
        docs = sorted(random.Random(seed).sample(docs, sample), key=lambda d: d[0])
    return docs


def variant_of(family: str, doc: Doc, seed: int) -> Variant | None:
    """The variant of one report in one family (the same seed gives the same variant)."""
    name, g, gi, path = doc
    text = path.read_text(encoding="utf-8")
    return FAMILIES[family](text, g, gi, random.Random(f"{seed}:{family}:{name}"))


def build_family(family: str, docs: list[Doc], folder: Path, seed: int) -> list[str]:
    """Write the family's variants to ``folder`` (reports/, gold/, gold/indicators/); the ids written."""
    (folder / "gold" / "indicators").mkdir(parents=True, exist_ok=True)
    (folder / "reports").mkdir(exist_ok=True)
    written = []
    for doc in docs:
        v = variant_of(family, doc, seed)
        if v is None:
            continue
        name = doc[3].stem + v.suffix
        (folder / "reports" / name).write_bytes(v.data)
        _dump(folder / "gold" / f"{doc[0]}.json", {**v.gold, "file": name})
        if v.ind_gold is not None:
            _dump(folder / "gold" / "indicators" / f"{doc[0]}.json", {**v.ind_gold, "file": name})
        written.append(doc[0])
    return written


def _dump(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def run(families: list[str], docs: list[Doc], seed: int, keep: Path | None = None) -> dict[str, Any]:
    """Per family: the figures of the untransformed reports, of their variants, and the reports that lost most."""
    base = {d: evaluate_document(d, g, gi, CORPUS) for d, g, gi, _ in docs}
    out: dict[str, Any] = {}
    for family in families:
        folder = Path(tempfile.mkdtemp(prefix=f"variants-{family}-"))
        try:
            written = build_family(family, docs, folder, seed)
            results, after = evaluate(None, corpus=folder)
        finally:
            if keep is None:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.rmtree(keep / family, ignore_errors=True)
                shutil.move(str(folder), keep / family)
        before = overall([base[d] for d in written])
        lost = sorted(
            ({**r, "loss": round(r["badness"] - base[r["doc"]]["badness"], 3)} for r in results),
            key=lambda r: -r["loss"],
        )
        out[family] = {
            "documents": len(written),
            # how many reports' gold scores each metadata field (a cut copy's gold leaves out a field it lost)
            "fields_scored": {
                f: (_scored(f, [base[d] for d in written]), _scored(f, results))
                for f in after["metadata_right_by_field"]
            },
            "skipped": len(docs) - len(written),
            "before": before,
            "after": after,
            "worst": [
                {
                    "doc": r["doc"],
                    "loss": r["loss"],
                    "why_after": r["why"],
                    "why_before": base[r["doc"]]["why"],
                    "carry_over_errors": _gold_errors(r) - _gold_errors(base[r["doc"]]),
                }
                for r in lost[:5]
                if r["loss"] > 0
            ],
            "results": results,
        }
    return out


def _scored(field: str, results: list[dict[str, Any]]) -> int:
    return sum(field in r.get("metadata", {}) for r in results)


def _gold_errors(result: dict[str, Any]) -> int:
    """Gold strings the scorer could not find in the file: in a variant, flaws of the carry-over."""
    return len(result.get("body", {}).get("errors", [])) + len(result.get("indicators", {}).get("gold_errors", []))


def _fmt(v: Any) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def print_report(figures: dict[str, Any]) -> None:
    for family, f in figures.items():
        b, a = f["before"], f["after"]
        print(f"== {family}: {f['documents']} reports ({f['skipped']} the family does not apply to)")
        for k in FIGURES:
            mark = "" if b[k] == a[k] else "  *"
            print(f"  {k:24} {_fmt(b[k]):>8} → {_fmt(a[k]):<8}{mark}")
        n = f["fields_scored"]
        fields = ", ".join(
            f"{k} {b['metadata_right_by_field'][k]}/{n[k][0]}→{a['metadata_right_by_field'][k]}/{n[k][1]}"
            for k in a["metadata_right_by_field"]
        )
        print(f"  metadata right by field  {fields}")
        print("  lost most")
        for w in f["worst"]:
            flaw = f" ({w['carry_over_errors']} gold strings not carried over)" if w["carry_over_errors"] > 0 else ""
            print(f"    {w['doc']} (+{w['loss']:.2f}) {w['why_after']}{flaw}   [before: {w['why_before']}]")
        print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help=f"families, comma-separated ({','.join(FAMILIES)})")
    ap.add_argument("--sample", type=int, default=120, help="reports per family, a seeded sample (0: all .txt)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--doc", help="only these reports (NNN or NNN,NNN,…), instead of a sample")
    ap.add_argument("--json", action="store_true", help="print the figures (and per-document results) as JSON")
    ap.add_argument("--keep", type=Path, help="keep the variant sets in this folder (one sub-folder per family)")
    args = ap.parse_args(argv)
    families = args.only.split(",") if args.only else list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        print(f"unknown families: {', '.join(unknown)} (known: {', '.join(FAMILIES)})", file=sys.stderr)
        return 1
    docs = pick_documents(args.sample, args.seed, args.doc.split(",") if args.doc else None)
    if not docs:
        print("no .txt report with gold to transform", file=sys.stderr)
        return 1
    figures = run(families, docs, args.seed, args.keep)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    for f in figures.values():
        del f["results"]
    print_report(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
