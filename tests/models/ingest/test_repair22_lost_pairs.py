"""A shifted GBK run that lost a pair inside its text (not only inside its label) reads two characters as one
merged character; the bytes do not decide the two, so the run is not repaired with the merged one."""

from __future__ import annotations

import contextlib

from models.ingest.clean import clean
from models.ingest.repair_shift import find_shifted
from models.ingest.text_views import REPAIR_CONFIDENT


def _page(original: str) -> str:
    """``original`` as a page shows it when its GBK bytes are read one byte out of step, dropping every pair GBK
    cannot decode."""
    raw = b"\xa1" + original.encode("gbk")
    out, i = [], 0
    while i < len(raw):
        if raw[i] < 0x80:
            out.append(chr(raw[i]))
            i += 1
            continue
        with contextlib.suppress(UnicodeDecodeError):
            out.append(raw[i : i + 2].decode("gbk"))
        i += 2
    return "".join(out)


def _best(text: str) -> tuple[str, float]:
    [run] = find_shifted(text, traditional=True)
    return run.repairs[0][0], run.repairs[0][1]


def test_a_pair_lost_between_two_characters_of_the_text_is_no_confident_reading() -> None:
    # where the words do not decide the two characters (session 25: ``代表`` they do, test_repair25_split_pairs)
    for original, merged in (("（二）基金收支情況。", "火"),):
        page = "黨建工作" + _page(original)
        read, score = _best(page)
        assert score < REPAIR_CONFIDENT, (original, read)
        display = clean(page).display_text
        assert merged not in display  # no invented character; the garble kept as written


def test_a_run_without_a_lost_pair_is_still_read_confidently() -> None:
    for original in ("（二）推進東部石化基地建設", "（七）抓緊推進會展中心", "（五）堅持為婦女兒童服務"):
        read, score = _best("黨建工作" + _page(original))
        assert score >= REPAIR_CONFIDENT, (original, read)
