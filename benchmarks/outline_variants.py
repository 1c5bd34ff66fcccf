"""How the outline degrades on copies of the corpus reports as hidden sets hold them.

Each gold .txt report is rewritten (hard-wrapped at 80 columns, run together on one line, half-width or full-width
punctuation, traditional script, cut in the middle of its second heading, or only its first 2,000 bytes cut
mid-sentence as an excerpt), read through the whole import path, and its outline scored against the report's gold
(the cut copy against the headings after the cut, the excerpt against the headings it holds whole; label and title
only).

    PYTHONPATH=. .venv/bin/python benchmarks/outline_variants.py [--variant wrap80 oneline …] [--doc 204,309] [-v]

Prints the macro outline F1 of the originals and of each variant, and with ``-v`` the reports that lose most.
A one-line copy is scored against the original's gold, though the gold rules read a one-line text's headline
sentences as headings: part of its loss is that rule, not damage.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.eval_reading import report_path
from benchmarks.reading_parts import norm, score_outline
from models.ingest import parse_raw
from models.ingest.read import read_file
from models.ingest.rejoin import visual_width
from models.types import walk_sections

GOLD = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "gold"


def wrap80(text: str) -> str:
    out = []
    for line in text.split("\n"):
        cur, width = "", 0
        for ch in line:
            w = visual_width(ch)
            if width + w > 80:
                out.append(cur)
                cur, width = "", 0
            cur += ch
            width += w
        out.append(cur)
    return "\n".join(out)


def oneline(text: str) -> str:
    return "  ".join(line.strip() for line in text.split("\n") if line.strip())


def half(text: str) -> str:
    return text.translate(str.maketrans({"（": "(", "）": ")", "：": ":", "．": ".", "，": ",", "；": ";"}))


def full(text: str) -> str:
    return text.translate(str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"}))


def trad(text: str) -> str:
    from opencc import OpenCC  # type: ignore[import-untyped]

    return str(OpenCC("s2t").convert(text))


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrap80": wrap80,
    "oneline": oneline,
    "half": half,
    "full": full,
    "trad": trad,
}
EXCERPT_BYTES = 2000


def _titles_f1(gold: list[str], got: list[str]) -> float:
    g = [norm(x.split("|", 1)[1]) for x in gold]
    p = [norm(x) for x in got]
    if not g and not p:
        return 1.0
    matched = sum(min(g.count(x), p.count(x)) for x in set(g))
    if not matched:
        return 0.0
    precision, recall = matched / len(p), matched / len(g)
    return 2 * precision * recall / (precision + recall)


def _cut(gold: dict[str, Any], raw_text: str) -> tuple[str, list[str]] | None:
    """The text cut in the middle of its second heading's title, and the gold headings after the cut."""
    if len(gold["outline"]) < 3:
        return None
    title = gold["outline"][1].split("|", 2)[2]
    at = raw_text.find(title[:6])
    if at < 0:
        return None
    return raw_text[at + max(2, len(title) // 2) :], gold["outline"][2:]


def _excerpt(gold: dict[str, Any], raw_text: str) -> tuple[str, list[str]] | None:
    """The first ``EXCERPT_BYTES`` of the text (cut mid-character-safe), and the gold headings whose titles it holds."""
    cut = raw_text.encode("utf-8")[:EXCERPT_BYTES].decode("utf-8", errors="ignore")
    if len(cut) == len(raw_text) or any(h.split("|", 2)[2][:12] not in raw_text for h in gold["outline"]):
        return None  # no cut, or headings the raw text writes otherwise (traditional, pinyin, spaced): not checkable
    kept, at = [], 0
    for heading in gold["outline"]:
        _, label, title = heading.split("|", 2)
        probe = title[:12] or label  # a part numbered 一 with no title is found by its numeral
        found = cut.find(probe, at) if probe else -1
        if found < 0 or found + len(title) > len(cut):
            break
        kept.append(heading)
        at = found + 1
    return cut, kept


def evaluate(variants: list[str], docs: set[str] | None) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if not gold.get("outline") or (docs and path.stem not in docs):
            continue
        report = report_path(path.stem, gold)
        if report.suffix != ".txt":
            continue
        raw = read_file(report)
        row = {"original": score_outline(gold["outline"], parse_raw(raw, report.name).sections)["f1"]}
        for name in variants:
            if name in ("cut", "excerpt"):
                cut = _cut(gold, raw.text) if name == "cut" else _excerpt(gold, raw.text)
                if cut is not None:
                    sections = parse_raw(replace(raw, text=cut[0]), report.name).sections
                    row[name] = _titles_f1(cut[1], [f"{s.label}|{s.title}" for s in walk_sections(sections)])
                continue
            sections = parse_raw(replace(raw, text=VARIANTS[name](raw.text)), report.name).sections
            row[name] = score_outline(gold["outline"], sections)["f1"]
        results[path.stem] = row
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--variant", nargs="*", default=[*VARIANTS, "cut", "excerpt"], choices=[*VARIANTS, "cut", "excerpt"]
    )
    ap.add_argument("--doc", help="comma-separated report numbers")
    ap.add_argument("-v", action="store_true", help="list the reports that lose most")
    args = ap.parse_args(argv)
    results = evaluate(args.variant, set(args.doc.split(",")) if args.doc else None)
    for name in ["original", *args.variant]:
        rows = [r for r in results.values() if name in r]
        if rows:
            base = sum(r["original"] for r in rows) / len(rows)
            print(
                f"{name:9s} {len(rows):4d} reports  macro F1 {sum(r[name] for r in rows) / len(rows):.4f}"
                f"  (originals of these {base:.4f})"
            )
        if args.v and name != "original":
            worst = sorted(((r["original"] - r[name], d) for d, r in results.items() if name in r), reverse=True)
            print("   ", " ".join(f"{d}:{loss:+.2f}" for loss, d in worst[:12] if loss > 0.01))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
