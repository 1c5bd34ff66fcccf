"""A 12 MB work report: the seed report repeated with numbered variations (for suggest, compare, re-import)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def big_report(megabytes: int = 12, variant: int = 0) -> str:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    parts = []
    size = 0
    i = 0
    while size < megabytes * 1024 * 1024:
        chunk = seed.replace("12", str(12 + (i + variant) % 7)).replace("增长", "增长" if i % 3 else "提高")
        parts.append(f"第{i}部分\n{chunk}\n")
        size += len(parts[-1].encode("utf-8"))
        i += 1
    return "".join(parts)
