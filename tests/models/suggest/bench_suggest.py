"""Timing of suggest() on ~300 KB of report text (run by hand: python -m tests.models.suggest.bench_suggest)."""

from __future__ import annotations

import random
import re
import time

from models.ingest.outline import build_outline
from models.suggest import suggest
from models.suggest.keywords import get_jieba
from tests.models.suggest.evaluate import display_text, load


def corpus(size: int = 300_000, seed: int = 7) -> str:
    """Seeds and own reports repeated with their figures changed, until ``size`` characters."""
    rng = random.Random(seed)
    names = ["seed_shijingxin.json", "seed_xiankejing.json", "own_1.json", "own_2.json", "own_3.json"]
    texts = [display_text(load(n)) for n in names]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        text = rng.choice(texts)
        parts.append(re.sub(r"\d+(?:\.\d+)?", lambda m: str(round(float(m.group(0)) * rng.uniform(0.5, 2), 1)), text))
    return "\n\n".join(parts)[:size]


def main() -> None:
    text = corpus()
    t0 = time.process_time()
    get_jieba()
    t1 = time.process_time()
    sections = build_outline(text)
    found = suggest(text, sections)
    t2 = time.process_time()
    found = suggest(text, sections)
    t3 = time.process_time()
    kinds = {k: sum(1 for s in found if s.kind == k) for k in ("指标", "政策", "问题")}
    print(f"{len(text)} chars (CPU time): jieba load {t1 - t0:.2f} s,", end=" ")
    print(f"first suggest {t2 - t1:.2f} s, again {t3 - t2:.2f} s, {kinds}")


if __name__ == "__main__":
    main()
