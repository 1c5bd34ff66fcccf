"""Dates a portal wrote without the characters its CMS set in a special font (年, 月, 〕, 号): the document's own date
read back where its digits read only one way (session 17: 1495, 1508; as 919's delivery line)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_dates import repair_date_text

PARA = (
    "在县委、县政府的坚强领导下，我局坚持稳中求进工作总基调，统筹发展和安全，各项工作总体平稳，"
    "全年农业总产值完成120亿元，同比增长6%。"
)


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("202091", "2020年9月1日"),  # a signature date, 年月日 all lost (1495)
        ("202271日)", "2022年7月1日"),  # a bracketed date line, ( 年 月 lost (1508)
        ("2024327", "2024年3月27日"),
        ("202012", "202012"),  # a year and its month as much as a day: left as written
        ("2024112", "2024112"),  # 1-12 or 11-2
    ],
)
def test_a_date_line_that_lost_its_marks_reads_back_only_one_way(line: str, repaired: str) -> None:
    assert repair_date_text(line) == repaired


def test_a_signature_date_that_lost_its_marks_dates_the_notice() -> None:
    text = "某区人民政府办公室关于印发某方案的通知\n各镇人民政府:\n现将方案印发给你们,请认真贯彻执行。\n" + PARA * 2
    text += "\n某区人民政府办公室\n202091\n"
    assert extract_metadata(clean(text), (), source_name="x.txt", original=text).date == "2020-09-01"


def test_the_own_date_line_the_cleaner_set_aside_under_the_title_beats_the_pages_date() -> None:
    text = (
        "县农业农村局2022年上半年工作情况汇报\n发布时间:2022-10-31 10:21\n【字体:打印\n"
        "县农业农村局2022年上半年工作\n202271日)\n" + PARA + "\n一、主要经济指标完成情况\n" + PARA * 2
    )
    meta = extract_metadata(clean(text), (), source_name="x.txt", original=text)
    assert meta.date == "2022-07-01"
