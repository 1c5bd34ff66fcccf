"""Shared helpers for benchmarks: machine description, peak memory, a varied report corpus."""

from __future__ import annotations

import os
import platform
import random
import re
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))


def machine() -> str:
    return (
        f"{platform.node()} | {platform.machine()} | {os.cpu_count()} cores | "
        f"Python {platform.python_version()} | {platform.platform()}"
    )


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def base_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS + FIXTURES]


def vary(text: str, rng: random.Random, serial: int) -> str:
    """A plausible variant: numbers perturbed, a serial in the title, paragraphs shuffled a little."""

    def bump(m: re.Match[str]) -> str:
        digits = m.group(0)
        value = int(digits)
        return str(max(0, value + rng.randint(-value // 5 - 1, value // 5 + 1)))

    text = re.sub(r"(?<![\d〔\[])\d{1,4}(?![\d〕\]年])", bump, text)
    lines = text.split("\n")
    if lines:
        lines[0] = f"{lines[0]}（第{serial}号样本）"
    return "\n".join(lines)


def big_report(target_chars: int = 300_000) -> str:
    """About ``target_chars`` of report text made by concatenating varied real-looking reports."""
    rng = random.Random(7)
    texts = base_texts()
    parts: list[str] = []
    total = 0
    serial = 0
    while total < target_chars:
        t = vary(texts[serial % len(texts)], rng, serial)
        parts.append(t)
        total += len(t)
        serial += 1
    return "\n\n".join(parts)
