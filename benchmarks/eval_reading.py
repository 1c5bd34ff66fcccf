"""Score how well the import path reads the real-report corpus against gold written by reading.

    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py              # table, overall, five worst
    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py --doc 008 -v # the diff for one report
    PYTHONPATH=. .venv/bin/python benchmarks/eval_reading.py --json       # figures, machine-readable

Gold: tests/corpus/gold/NNN.json (outline, metadata, body) and gold/indicators/NNN.json; rules in
tests/corpus/gold/README.md. A report without gold is skipped; a part missing from a gold file is not scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reading_score import (  # noqa: E402
    HTML_TAG_RE,
    PINYIN_RE,
    find_nth,
    heading_key,
    lcs_pairs,
    locate,
    match_spans,
    norm,
    norm_lines,
    norm_map,
    parse_heading,
    prf,
    same_number,
    same_text,
)

CORPUS = ROOT / "tests" / "corpus"
GOLD = CORPUS / "gold"
REPORTS = CORPUS / "reports"
META_FIELDS = ("title", "issuer", "date", "doc_number")
CLAUSE_SPLIT_RE = re.compile(r"[。；;！!？?,，:：]")

__all__ = ["evaluate", "main", "norm"]


# ---------------------------------------------------------------- loading


def gold_documents(only: str | None = None) -> list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]]:
    """(doc id, main gold or None, indicator gold or None) for every report that has any gold."""
    main = {p.stem: p for p in GOLD.glob("*.json")}
    ind = {p.stem: p for p in (GOLD / "indicators").glob("*.json")}
    out = []
    for doc in sorted(set(main) | set(ind)):
        if only is not None and doc != only.zfill(3):
            continue
        g = json.loads(main[doc].read_text(encoding="utf-8")) if doc in main else None
        gi = json.loads(ind[doc].read_text(encoding="utf-8")) if doc in ind else None
        out.append((doc, g, gi))
    return out


def report_path(doc: str, *golds: dict[str, Any] | None) -> Path:
    for g in golds:
        if g and g.get("file"):
            return REPORTS / g["file"]
    found = sorted(REPORTS.glob(f"{doc}_*"))
    if not found:
        raise FileNotFoundError(f"no report for gold {doc}")
    return found[0]


# ---------------------------------------------------------------- per part


def score_outline(gold_lines: list[str], sections: Any) -> dict[str, Any]:
    from models.types import walk_sections

    gold = [parse_heading(line) for line in gold_lines]
    pred = [(s.level, s.label, s.title) for s in walk_sections(sections)]
    gk = [heading_key(*h) for h in gold]
    pk = [heading_key(*h) for h in pred]
    pairs = lcs_pairs(gk, pk)
    p, r, f1 = prf(len(pairs), len(gold), len(pred))
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    return {
        "gold": len(gold),
        "pred": len(pred),
        "matched": len(pairs),
        "precision": p,
        "recall": r,
        "f1": f1,
        "missing": [f"{lv}|{lb}|{t}" for i, (lv, lb, t) in enumerate(gold) if i not in mg],
        "extra": [f"{lv}|{lb}|{t}" for j, (lv, lb, t) in enumerate(pred) if j not in mp],
    }


def score_metadata(gold: dict[str, Any], meta: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in META_FIELDS:
        if f not in gold:
            continue
        got = getattr(meta, f, None) or None
        expected = gold[f] or None
        ok = got == expected if f == "date" else (got is None) == (expected is None) and norm(got) == norm(expected)
        out[f] = {"ok": ok, "got": got, "expected": expected}
    return out


def _clean_for_lookup(text: str) -> str:
    """The original with what a cleaner rightly removes (pinyin, HTML tags) taken out, for gold checks."""
    return PINYIN_RE.sub("", HTML_TAG_RE.sub("", text))


def score_body(body: dict[str, Any], original: str, display: str) -> dict[str, Any]:
    errors: list[str] = []
    file_lines = norm_lines(original)
    disp_lines = norm_lines(display)
    disp_norm = "".join(disp_lines)
    orig_norm = norm(original)
    chrome = [norm(c) for c in body.get("chrome", [])]
    chrome_left: list[str] = []
    for c in dict.fromkeys(chrome):
        if not c:
            continue
        gold_count = chrome.count(c)
        if c in file_lines:  # a whole line: count lines
            file_count, disp_count = file_lines.count(c), disp_lines.count(c)
        elif c in orig_norm:  # a fragment of a line (one-line files): count occurrences
            file_count, disp_count = orig_norm.count(c), disp_norm.count(c)
        else:
            errors.append(f"chrome not in the file: {c}")
            continue
        left = max(0, disp_count - max(0, file_count - gold_count))
        chrome_left.extend([c] * left)

    missing: list[str] = []
    first, last = norm(body.get("first")), norm(body.get("last"))
    source = _clean_for_lookup(original)
    for pattern in body.get("drop", []):
        source = re.sub(pattern, "", source)
    src_norm, src_map = norm_map(source)
    i0 = src_norm.find(first) if first else -1
    i1 = src_norm.find(last, max(i0, 0)) if last else -1
    if first and i0 < 0:
        errors.append(f"body.first not in the file: {body.get('first')}")
    if last and i1 < 0:
        errors.append(f"body.last not in the file after body.first: {body.get('last')}")
    if i0 >= 0 and i1 >= 0:
        span = source[src_map[i0] : src_map[i1 + len(last) - 1] + 1]
        chrome_set = set(chrome)
        for line in span.split("\n"):
            nl = norm(line)
            if not nl or nl in chrome_set or nl in disp_norm:
                continue
            for clause in CLAUSE_SPLIT_RE.split(nl):
                if clause and clause not in disp_norm:
                    missing.append(clause)

    disp_keep = "\n".join(disp_lines)
    compact = "\n".join(line for line in disp_lines if line)
    joins_ok, joins_wrong = [], []
    for j in body.get("joins", []):
        if norm(j) not in orig_norm:
            errors.append(f"join not in the file: {j}")
        (joins_ok if norm(j) in disp_keep else joins_wrong).append(j)
    breaks_ok, breaks_wrong = [], []
    for a, b in body.get("breaks", []):
        if norm(a) + norm(b) not in orig_norm:
            errors.append(f"break not in the file: {a}⏎{b}")
        (breaks_ok if f"{norm(a)}\n{norm(b)}" in compact else breaks_wrong).append(f"{a}⏎{b}")
    return {
        "chrome_left": chrome_left,
        "missing": missing,
        "missing_chars": sum(len(m) for m in missing),
        "joins_ok": len(joins_ok) + len(breaks_ok),
        "joins_wrong": joins_wrong + breaks_wrong,
        "errors": errors,
    }


def score_indicators(gold: dict[str, Any], display: str, original: str, sections: Any) -> dict[str, Any]:
    from models.suggest import suggest

    preds = [s for s in suggest(display, sections) if s.kind == "指标"]
    disp_norm, disp_map = norm_map(display)
    orig_norm = norm(_clean_for_lookup(original))
    orig_raw = norm(original)
    located: list[tuple[int, int]] = []
    located_items: list[dict[str, Any]] = []
    lost: list[str] = []
    gold_errors: list[str] = []
    for item in gold.get("indicators", []):
        occurrence = int(item.get("occurrence", 1))
        # a quote copied with the file's pinyin (區(qū)) is found in a display text without it too
        forms = dict.fromkeys([item["quote"], PINYIN_RE.sub("", item["quote"])])
        span = next((s for q in forms if (s := locate(disp_norm, disp_map, q, occurrence))), None)
        if span is not None:
            located.append(span)
            located_items.append(item)
        elif any(find_nth(o, norm(q), occurrence) >= 0 for q in forms for o in (orig_norm, orig_raw)):
            lost.append(item["quote"])  # in the file, not in the display text: cleaning lost it
        else:
            gold_errors.append(item["quote"])
    pairs = match_spans(located, [(s.start, s.end) for s in preds])
    fields = {"value": 0, "unit": 0, "change": 0, "kind": 0, "all": 0}
    wrong: list[str] = []
    for gi, pi in pairs:
        g, a = located_items[gi], preds[pi].attributes
        ok = {
            "value": same_number(g.get("value"), a.get("value")),
            "unit": same_text(g.get("unit"), a.get("unit")),
            "change": same_number(g.get("change"), a.get("change"))
            and (g.get("change") is None or same_text(g.get("change_unit"), a.get("change_unit"))),
            "kind": g.get("kind") == a.get("kind"),
        }
        ok["all"] = all(ok.values())
        for k, v in ok.items():
            fields[k] += v
        if not ok["all"]:
            got = f"{a.get('value')} {a.get('unit')} Δ{a.get('change')} {a.get('change_unit')} {a.get('kind')}"
            exp = f"{g.get('value')} {g.get('unit')} Δ{g.get('change')} {g.get('change_unit')} {g.get('kind')}"
            bad = ",".join(k for k, v in ok.items() if not v and k != "all")
            wrong.append(f"{g['quote']}  [{bad}]  got {got}  expected {exp}")
    mg = {gi for gi, _ in pairs}
    mp = {pi for _, pi in pairs}
    n_gold = len(located) + len(lost)
    p, r, f1 = prf(len(pairs), n_gold, len(preds))
    return {
        "gold": n_gold,
        "pred": len(preds),
        "matched": len(pairs),
        "precision": p,
        "recall": r,
        "f1": f1,
        "fields": fields,
        "missed": [located_items[i]["quote"] for i in range(len(located)) if i not in mg] + lost,
        "lost_in_cleaning": lost,
        "extra": [
            f"{preds[i].text}  ({preds[i].attributes.get('value')} {preds[i].attributes.get('unit')})"
            for i in range(len(preds))
            if i not in mp
        ],
        "wrong_fields": wrong,
        "gold_errors": gold_errors,
    }


# ---------------------------------------------------------------- one report, the corpus


def evaluate_document(doc: str, gold: dict[str, Any] | None, ind_gold: dict[str, Any] | None) -> dict[str, Any]:
    from models.ingest import parse_file

    path = report_path(doc, gold, ind_gold)
    parsed = parse_file(path)
    out: dict[str, Any] = {"doc": doc, "file": path.name}
    if gold is not None:
        if "outline" in gold:
            out["outline"] = score_outline(gold["outline"], parsed.sections)
        meta = score_metadata(gold, parsed.metadata)
        if meta:
            out["metadata"] = meta
        if "body" in gold:
            out["body"] = score_body(gold["body"], parsed.original_text, parsed.display_text)
    if ind_gold is not None:
        out["indicators"] = score_indicators(ind_gold, parsed.display_text, parsed.original_text, parsed.sections)
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
            for k in ("value", "unit", "change", "kind", "all")
        },
        "indicator_gold_errors": sum(len(i["gold_errors"]) for i in inds),
    }


def evaluate(only: str | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Parse and score every report with gold (or only ``only``); returns (per document, overall)."""
    results = [evaluate_document(doc, g, gi) for doc, g, gi in gold_documents(only)]
    return results, overall(results)


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
        block("missing headings (level|label|title)", o["missing"])
        block("extra headings", o["extra"])
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
    ap.add_argument("--doc", help="only this report (NNN)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the diff of each report scored")
    ap.add_argument("--json", action="store_true", help="print the figures (and per-document results) as JSON")
    args = ap.parse_args(argv)
    results, figures = evaluate(args.doc)
    if not results:
        print("no gold for that report", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"overall": figures, "documents": results}, ensure_ascii=False, indent=1))
        return 0
    print_table(results, figures)
    if args.verbose:
        for d in results:
            print()
            print_diff(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
