"""Load hand-labelled fixtures and score suggestions against them (overlap matching)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
LABELS = ROOT / "tests" / "fixtures" / "labels"
_PINYIN = re.compile(r"\(\w*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]\w*\)")


def display_text(label: dict[str, Any]) -> str:
    """The display text a labelled source turns into (t2s + pinyin stripped for traditional seeds)."""
    path = ROOT / label["source"]
    text = path.read_text(encoding="utf-8")
    if label.get("convert"):
        from opencc import OpenCC

        text = _PINYIN.sub("", OpenCC("t2s").convert(text))
    return text


def locate(text: str, quoted: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(quoted, pos + 1)
        if pos < 0:
            raise AssertionError(f"label text not found: {quoted!r} (nth={nth})")
    return pos, pos + len(quoted)


@dataclass
class Score:
    labelled: int
    found: int
    true_labels: int
    true_found: int
    missed: list[str]
    spurious: list[str]

    @property
    def recall(self) -> float:
        return self.true_labels / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.true_found / self.found if self.found else 1.0


def score(spans: list[tuple[int, int]], labels: list[tuple[int, int, str]], text: str) -> Score:
    def hit(a: int, b: int, c: int, d: int) -> bool:
        return a < d and c < b

    missed = [q for s, e, q in labels if not any(hit(s, e, a, b) for a, b in spans)]
    spurious = [text[a:b] for a, b in spans if not any(hit(s, e, a, b) for s, e, _ in labels)]
    return Score(len(labels), len(spans), len(labels) - len(missed), len(spans) - len(spurious), missed, spurious)


def load(name: str) -> dict[str, Any]:
    return json.loads((LABELS / name).read_text(encoding="utf-8"))
