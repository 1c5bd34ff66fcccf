"""The README's reading figures are those the corpus is held to (benchmarks/reading_floor.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_readme_quotes_the_current_corpus_and_its_figures() -> None:
    # A clerk (and the lead) read "Over the 887 reports … outline 0.960" while the corpus had 1067 reports
    # held to outline 0.968: the README had stayed two rounds behind.
    floor = json.loads((ROOT / "benchmarks" / "reading_floor.json").read_text(encoding="utf-8"))
    figures = floor["figures"]
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    m = re.search(
        r"Over the (\d+) reports of the corpus: outline macro F1 ([\d.]+), metadata ([\d.]+) % of fields, "
        r"indicators precision ([\d.]+) / recall ([\d.]+), all four fields right on ([\d.]+) %",
        text,
    )
    assert m is not None, "the README's sentence on the corpus figures changed shape"
    reports, outline, metadata, precision, recall, all_four = m.groups()
    assert int(reports) == len(floor["documents"])
    quoted = {
        "outline_macro_f1": float(outline),
        "metadata_right": float(metadata) / 100,
        "indicator_precision": float(precision),
        "indicator_recall": float(recall),
        "indicator_all_right": float(all_four) / 100,
    }
    for name, value in quoted.items():
        assert abs(value - figures[name]) <= 0.0006, (name, value, figures[name])
