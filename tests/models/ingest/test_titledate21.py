"""Titles and dates, session 21: a delivery line a PDF broke one token a line; news items telling of another
body's report."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_own_dates import date_broken_under_offices
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("tokens", "session", "iso"),
    [
        (["2020", "年", "1", "月", "12"], "日在吉林省第十三届人民代表大会第三次会议上", "2020-01-12"),
        (["2019年", "2月", "3"], "日在某县第十七届人民代表大会第四次会议上", "2019-02-03"),
        (["2023", "年", "12", "月", "28", "日"], "在市第十五届人民代表大会常务委员会第七次会议上", "2023-12-28"),
    ],
)
def test_a_delivery_line_a_pdf_broke_one_token_a_line_dates_the_report(
    tokens: list[str], session: str, iso: str
) -> None:
    # 1839: ——⏎2020⏎年⏎1⏎月⏎12⏎日在吉林省…会议上 (a PDF's text, every figure on a line of its own; 1332's form)
    text = "\n".join(["2020", "年吉林省", "政府工作报告", "——", *tokens, session, "省长", "景俊海", "各位代表:"])
    assert date_broken_under_offices(text) == [(10, iso, "delivery line broken one token a line")]


@pytest.mark.parametrize(
    "lines",
    [
        ["政府工作报告", "——", "2020", "年", "1", "月"],  # no day: a date in part is none
        ["政府工作报告", "——", "12", "28", "日在某次会议上"],  # no year
        ["政府工作报告", "——", "2020", "年", "1", "月", "12", "日"],  # no session: not a delivery line
        ["统计表", "2020", "1", "12", "3.5%"],  # a column of figures, no marks
    ],
)
def test_figures_on_their_own_lines_without_a_whole_delivery_line_date_nothing(lines: list[str]) -> None:
    assert date_broken_under_offices("\n".join(lines)) == []
