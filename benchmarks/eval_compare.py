"""Score comparing two real reports side by side (section and indicator alignment) against gold written by reading.

    PYTHONPATH=. .venv/bin/python benchmarks/eval_compare.py          # figures per pair and overall
    PYTHONPATH=. .venv/bin/python benchmarks/eval_compare.py -v       # with the wrong and missed pairs
    PYTHONPATH=. .venv/bin/python benchmarks/eval_compare.py --json   # machine-readable

Gold: tests/compare_gold/compare18_pairs.json (its rules at the top). Each side is read as the import path
reads it (``parse_file``) and its indicators are those the suggester finds (as the compare window does for a
report nobody has tagged yet); then ``align_sections`` and ``match_indicators`` run as ``compare_documents`` runs
them. Precision is over the pairs the program makes, recall over the gold pairs; ``reachable`` counts only the gold
pairs whose two sides the reading found (a heading the outline missed is the outline's miss, not the comparison's).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "compare_gold" / "compare18_pairs.json"
REPORT_DIRS = (ROOT / "tests" / "corpus" / "reports",)
_NOISE = re.compile(r"[\s\W_]+")


def norm(text: str) -> str:
    """A heading without blanks and punctuation, width folded: what gold and program headings are compared by."""
    from models.compare.synonyms import _fold_width

    return _NOISE.sub("", _fold_width(text))


def report_file(doc: str) -> Path | None:
    for d in REPORT_DIRS:
        found = sorted(d.glob(f"{doc}_*"))
        if found:
            return found[0]
    return None


def _read(doc: str) -> tuple[str, tuple[Any, ...], list[Any]] | None:
    from models.compare.indicators import indicator_from_annotation
    from models.compare.pairing import with_context
    from models.ingest import parse_file
    from models.suggest import suggest
    from models.types import Annotation, AnnotationStatus

    path = report_file(doc)
    if path is None:
        return None
    parsed = parse_file(path)
    text, sections = parsed.display_text, tuple(parsed.sections)
    inds = []
    for s in suggest(text, sections):
        if s.kind != "指标":
            continue
        ann = Annotation(0, 0, s.start, s.end, s.text, 0, attributes=s.attributes, status=AnnotationStatus.SUGGESTED)
        ind = indicator_from_annotation(ann)
        if ind is not None:
            inds.append(ind)
    return text, sections, with_context(inds, text)


def _walk(sections: Any) -> list[Any]:
    out = []
    for s in sections:
        out.append(s)
        out.extend(_walk(s.children))
    return out


def _heading(s: Any) -> str:
    return norm(s.label + s.title)


def _find_section(all_sections: list[Any], gold: str) -> tuple[int, int] | None:
    g = norm(gold)
    for s in all_sections:
        if _heading(s).startswith(g):
            return (s.start, s.end)
    return None


def _indicator_spans(text: str, indicators: list[Any], snippets: list[str]) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for snip in snippets:
        pos = text.find(snip)
        if pos < 0:
            continue
        end = pos + len(snip)
        out.update((i.start, i.end) for i in indicators if i.start < end and pos < i.end)
    return out


def _pr(good: int, made: int, gold: int) -> dict[str, Any]:
    return {"good": good, "made": made, "gold": gold}


def evaluate_pair(pair: dict[str, Any]) -> dict[str, Any]:
    """Figures for one gold pair of reports."""
    from models.compare import align_sections, match_indicators

    out: dict[str, Any] = {"left": pair["left"], "right": pair["right"], "kind": pair["kind"]}
    left, right = _read(pair["left"]), _read(pair["right"])
    if left is None or right is None:
        out["skipped"] = "report not found"
        return out
    (lt, ls, li), (rt, rs, ri) = left, right
    t0 = time.perf_counter()
    lkeys: dict[int, list[str]] = {}
    rkeys: dict[int, list[str]] = {}
    for ind in li:
        lkeys.setdefault(ind.start, []).append(ind.key)
    for ind in ri:
        rkeys.setdefault(ind.start, []).append(ind.key)
    alignment = align_sections(lt, ls, rt, rs, left_indicators=lkeys, right_indicators=rkeys)
    ipairs, _, _ = match_indicators(li, ri)
    out["seconds"] = time.perf_counter() - t0

    lall, rall = _walk(ls), _walk(rs)
    gold = [(_find_section(lall, a), _find_section(rall, b), a, b) for a, b in pair["sections"]]
    maybe = {(_find_section(lall, a), _find_section(rall, b)) for a, b in pair.get("sections_maybe", [])}
    gold_set = {(a, b) for a, b, _, _ in gold if a and b}
    made = {((p.left.start, p.left.end), (p.right.start, p.right.end)): p for p in alignment.pairs}
    counted = [k for k in made if k not in maybe or k in gold_set]
    good = [k for k in counted if k in gold_set]
    out["sections"] = _pr(len(good), len(counted), len(gold)) | {"reachable": len(gold_set)}
    by_span_l = {(s.start, s.end): s for s in lall}
    by_span_r = {(s.start, s.end): s for s in rall}
    out["sections_wrong"] = [
        f"{by_span_l[a].label}{by_span_l[a].title[:24]} <-> {by_span_r[b].label}{by_span_r[b].title[:24]}"
        for a, b in counted
        if (a, b) not in gold_set
    ]
    out["sections_missed"] = [
        f"{ga} <-> {gb}" + ("" if a and b else " (not in outline)") for a, b, ga, gb in gold if (a, b) not in made
    ]

    if pair.get("indicators") is not None:
        gold_ind = [
            (_indicator_spans(lt, li, a), _indicator_spans(rt, ri, b), a[0], b[0]) for a, b in pair["indicators"]
        ]
        made_ind = [p for p in ipairs if p.left is not None and p.right is not None]
        good_ind, wrong = 0, []
        hit = set()
        for p in made_ind:
            lk, rk = (p.left.start, p.left.end), (p.right.start, p.right.end)
            g = next((n for n, (a, b, _, _) in enumerate(gold_ind) if lk in a and rk in b), None)
            if g is None:
                wrong.append(f"{p.left.text[:20]} <-> {p.right.text[:20]}")
            else:
                good_ind += 1
                hit.add(g)
        reachable = sum(1 for a, b, _, _ in gold_ind if a and b)
        out["indicators"] = _pr(good_ind, len(made_ind), len(gold_ind)) | {"reachable": reachable}
        out["indicators_wrong"] = wrong
        out["indicators_missed"] = [
            f"{ga} <-> {gb}" + ("" if a and b else " (not read as an indicator)")
            for n, (a, b, ga, gb) in enumerate(gold_ind)
            if n not in hit
        ]
    return out


def overall(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged precision and recall of section and indicator pairs over the scored pairs."""
    out: dict[str, Any] = {"pairs": sum(1 for r in results if "skipped" not in r)}
    for part in ("sections", "indicators"):
        rs = [r[part] for r in results if part in r]
        good, made, gold = (sum(r[k] for r in rs) for k in ("good", "made", "gold"))
        reach = sum(r["reachable"] for r in rs)
        out[part] = {
            "precision": round(good / made, 4) if made else 1.0,
            "recall": round(good / gold, 4) if gold else 1.0,
            "recall_reachable": round(good / reach, 4) if reach else 1.0,
            "good": good,
            "made": made,
            "gold": gold,
        }
    out["seconds_max"] = round(max((r.get("seconds", 0.0) for r in results), default=0.0), 3)
    return out


def evaluate(gold_path: Path = GOLD) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    results = [evaluate_pair(p) for p in gold["pairs"]]
    return results, overall(results)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed pairs")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    results, total = evaluate()
    if args.json:
        print(json.dumps({"pairs": results, "overall": total}, ensure_ascii=False, indent=1))
        return 0
    for r in results:
        if "skipped" in r:
            print(f"{r['left']}/{r['right']}: skipped ({r['skipped']})")
            continue
        s = r["sections"]
        line = f"{r['left']:>4}/{r['right']:<4} sections {s['good']}/{s['made']} made, {s['good']}/{s['gold']} gold"
        if "indicators" in r:
            i = r["indicators"]
            line += f"; indicators {i['good']}/{i['made']} made, {i['good']}/{i['gold']} gold"
        print(line + f"  ({r['kind']})")
        if args.verbose:
            for key in ("sections_wrong", "sections_missed", "indicators_wrong", "indicators_missed"):
                for item in r.get(key, []):
                    print(f"      {key.replace('_', ' ')}: {item}")
    for part in ("sections", "indicators"):
        t = total[part]
        print(
            f"{part}: P {t['precision']:.3f} R {t['recall']:.3f} (reachable {t['recall_reachable']:.3f}; "
            f"{t['good']} right of {t['made']} made, {t['gold']} in gold)"
        )
    print(f"slowest pair: {total['seconds_max']:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
