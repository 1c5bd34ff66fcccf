"""Properties of the number parser: Chinese numerals of any size, 万/亿 compounds, full-width digits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest.numbers import parse_number

_DIGITS = "零一二三四五六七八九"


def _below_10000(n: int, *, leading: bool) -> str:
    """``n`` (1..9999) in Chinese numerals as written in reports (一千零五, 三百二十, 十五 / 一十五 inside)."""
    out = []
    zero = False
    for value, mark in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append("零")
            zero = False
            out.append("" if (value == 10 and d == 1 and leading and not out) else _DIGITS[d])
            out.append(mark)
        elif out:
            zero = True
    return "".join(out)


def chinese(n: int) -> str:
    """Write ``n`` (0 ≤ n < 10**16) in Chinese numerals with 万 and 亿 groups."""
    if n == 0:
        return "零"
    groups = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    out = []
    gap = False
    for value, mark in groups:
        if value:
            if out and (gap or value < 1000):
                out.append("零")
            out.append(_below_10000(value, leading=not out) + mark)
            gap = False
        elif out:
            gap = True
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_number(chinese(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
def test_arabic_figure_with_a_chinese_magnitude(n: int, magnitude: tuple[str, int]) -> None:
    word, scale = magnitude
    assert parse_number(f"{n}{word}") == n * scale
    assert parse_number(f"{n / 100:g}{word}") == float(f"{n / 100 * scale:.12g}")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9))
def test_compound_of_two_magnitudes(n: int, thousands: int) -> None:
    """``1万6千``, ``3亿2千万``: a leading figure with a second written under it."""
    assert parse_number(f"{n}万{_DIGITS[thousands]}千") == n * 10**4 + thousands * 1000


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_full_width_digits_read_as_half_width(d: object) -> None:
    text = f"{d}"
    wide = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})
    assert parse_number(wide) == parse_number(text) == float(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1, max_value=99))
def test_chinese_decimals(whole: int, tenths: int) -> None:
    digits = "".join(_DIGITS[int(c)] for c in str(tenths))
    assert parse_number(f"{chinese(whole)}点{digits}") == float(f"{whole}.{tenths}")


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=9),
    st.sampled_from([("百", 100), ("千", 1000), ("万", 10**4), ("亿", 10**8)]),
)
def test_a_last_digit_after_a_magnitude_counts_in_the_magnitude_below(
    lead: int, last: int, mag: tuple[str, int]
) -> None:
    """一万六 is 16000 and 三千五 is 3500, as they are said; 一百零五 keeps its 零."""
    word, scale = mag
    assert parse_number(f"{_DIGITS[lead]}{word}{_DIGITS[last]}") == lead * scale + last * scale // 10
    assert parse_number(f"{_DIGITS[lead]}{word}零{_DIGITS[last]}") == lead * scale + last


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=99999),
    cents=st.integers(min_value=1, max_value=99),
    cut=st.integers(min_value=1, max_value=8),
)
def test_a_figure_broken_across_lines_reads_whole(whole: int, cents: int, cut: int) -> None:
    from models.suggest.indicators import find_indicators

    figure = f"{whole}.{cents:02d}"
    cut = min(cut, len(figure) - 1)
    head = "全县全年实现地区生产总值同比稳步增长，其中第三产业增加值"
    text = f"{head}{figure[:cut]}\n{figure[cut:]}亿元，同比增长3.5%。\n"
    found = find_indicators(text)
    assert [(s.attributes["value"], s.attributes["unit"]) for s in found] == [(float(figure), "亿元")]
    assert found[0].text == text[found[0].start : found[0].end]


@settings(max_examples=150, deadline=None)
@given(top=st.integers(min_value=1, max_value=98), bottom=st.integers(min_value=2, max_value=99))
def test_a_share_written_as_a_slash_fraction(top: int, bottom: int) -> None:
    from models.suggest.indicators import find_indicators

    found = find_indicators(f"园区工业产值占全市工业总产值的{top}/{bottom}。")
    expected = [round(top / bottom * 100, 2)] if top < bottom else []
    assert [s.attributes["value"] for s in found] == expected
