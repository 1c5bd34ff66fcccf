"""Varied report texts for the benchmark corpus: seed and fixture bases, their variants, encodings, files."""

from __future__ import annotations

import functools
import random
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

BASE_FILES = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "labels").glob("*.txt"))
)
PLACES = [
    *("青山县", "河西区", "临江市", "松桃县", "白水县", "东城区", "云岭县", "清源市", "石门县", "南屏县"),
    *("北川区", "安平县", "龙泉市", "枫林县", "西湖区", "长宁县", "富阳市", "红河县", "金沙县", "玉溪市"),
    *("乌江县", "宁远县", "江北区", "凤凰县"),
]
TOP_HEADING = re.compile(r"^[ \u3000]*([一二三四五六七八九十]+)、", re.M)
FIGURE = re.compile(r"(?<![\d.〔\[（(])(\d{1,6})(\.\d+)?(?=[%％万亿个家项人元台吨件次户座所名倍公里千平辆套])")
YEAR = re.compile(r"(?<!\d)(20[012]\d)(?=\s*年)")
PLACEHOLDER = re.compile(r"××[县区市縣區]|某[县区市縣區]")
NUMERALS = "一二三四五六七八九十"


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    return ("" if n < 20 else NUMERALS[n // 10 - 1]) + "十" + (NUMERALS[n % 10 - 1] if n % 10 else "")


@functools.cache
def _s2tw() -> Any:
    from opencc import OpenCC

    return OpenCC("s2tw")  # Taiwan forms (為, 群, 啟) fit Big5, unlike plain s2t's 爲, 羣, 啓


@functools.cache
def base_texts() -> tuple[tuple[str, str], ...]:
    """(file stem, text) of every seed and fixture report, plus an OpenCC s2t copy of each simplified one."""
    s2t = _s2tw()
    out = [(p.stem, p.read_text(encoding="utf-8")) for p in BASE_FILES]
    # Converted once per base: variants are made from the converted text, so no per-report conversion cost.
    out += [(f"{stem}_繁体", s2t.convert(text)) for stem, text in out if "繁体" not in stem]
    return tuple(out)


def _shuffle_sections(text: str, rng: random.Random) -> str:
    """Shuffle runs of top-level ``一、`` blocks and renumber them in their new order."""
    marks = [m.start() for m in TOP_HEADING.finditer(text)]
    if len(marks) < 3:
        return text
    head, blocks = text[: marks[0]], [text[a:b] for a, b in zip(marks, [*marks[1:], len(text)], strict=True)]
    # The last block runs to the end of the report (closing lines, signature): keep it last.
    middle, last = blocks[:-1], blocks[-1]
    rng.shuffle(middle)
    renumbered = [
        TOP_HEADING.sub(lambda m, k=k: m.group(0).replace(m.group(1), _numeral(k + 1)), b, count=1)
        for k, b in enumerate([*middle, last])
    ]
    return head + "".join(renumbered)


def vary(text: str, rng: random.Random, serial: int, *, traditional: bool = False) -> str:
    """A plausible variant: another county and year, figures perturbed, sections reordered."""
    place = rng.choice(PLACES)
    if traditional:
        place = _s2tw().convert(place)
    text = PLACEHOLDER.sub(place, text)
    lines = text.split("\n")
    for i, line in enumerate(lines[:8]):
        stripped = line.strip()
        if stripped and "局" in stripped[:12] and stripped[0] in "市县縣区區镇鎮":
            lines[i] = line.replace(stripped, place[:-1] + stripped, 1)
            break
    text = "\n".join(lines)
    shift = rng.randint(-4, 3)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)

    def bump(m: re.Match[str]) -> str:
        value = int(m.group(1))
        new = max(1, value + rng.randint(-value // 4 - 1, value // 4 + 1))
        return str(new) + (m.group(2) or "")

    text = FIGURE.sub(bump, text)
    if rng.random() < 0.6:
        text = _shuffle_sections(text, rng)
    # A serial in the closing line keeps two variants of one base apart even if every figure matched.
    return text.rstrip() + f"\n\n（{place}{'檔案編號' if traditional else '档案编号'} {serial:05d}）\n"


def encode(text: str, traditional: bool, rng: random.Random) -> tuple[bytes, str]:
    """Bytes as a file on disk might hold them: mostly UTF-8, some GB18030 / UTF-16 / Big5."""
    r = rng.random()
    if traditional and r < 0.5:
        try:
            # Big5 has no 〇 or en/em spaces; files written in Big5 use ○ and plain spaces
            return re.sub(r"[\u2002\u2003\u00a0]", " ", text).replace("〇", "○").encode("big5"), "big5"
        except UnicodeEncodeError:  # the pinyin seed (ā …) has no Big5 form
            pass
    if r < 0.72:
        return text.encode("utf-8"), "utf-8"
    if r < 0.88:
        return text.encode("gb18030"), "gb18030"
    return text.encode("utf-16"), "utf-16"


def report_text(rng: random.Random, serial: int, *, full_size: bool = True) -> tuple[str, str]:
    """(base stem, text) of one varied report; ``full_size`` pads short bases with appendices to 3,000-15,000 chars."""
    bases = base_texts()
    stem, base = bases[rng.randrange(len(bases))]
    text = vary(base, rng, serial, traditional="繁体" in stem)
    target, k = (rng.randint(3000, 15000) if full_size else 0), 0
    while len(text) < target:
        k += 1
        other = bases[rng.randrange(len(bases))]
        if ("繁体" in other[0]) == ("繁体" in stem):  # one script per report
            body = other[1]
            first = TOP_HEADING.search(body)  # an appendix has no title or header fields of its own
            body = body[first.start() :] if first else body
            text += f"\n附件{k}：\n" + vary(body, rng, serial, traditional="繁体" in stem)
    return stem, text


def write_reports(folder: str | Path, count: int, *, seed: int = 0, full_size: bool = True) -> list[Path]:
    """Write ``count`` varied report files (mixed encodings) into ``folder`` for import benchmarks and tests."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = []
    for i in range(count):
        stem, text = report_text(rng, i, full_size=full_size)
        data, _enc = encode(text, "繁体" in stem, rng)
        p = folder / f"{stem}_{i:05d}.txt"
        p.write_bytes(data)
        out.append(p)
    return out
