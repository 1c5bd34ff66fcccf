"""A 文号 whose 〕 and 号 a portal's special font lost (1015 渝北府发〔20211, 1495 南兴府办函〔202058, 1979
麟政办发〔201621): read as written, alone on its line under the page's heading, or whole where the page writes the same
code, year and number whole (1979's leaked description)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

NOTICE = (
    "\n\n某县人民政府办公室\n\n关于印发2020年某县优化营商环境实施方案的通知\n\n"
    "各镇人民政府,各街道办事处:\n\n经县人民政府同意,现将《2020年某县优化营商环境实施方案》印发给你们,请认真组织实施。\n\n"
    "某县人民政府办公室\n\n2020年9月1日\n"
)


@pytest.mark.parametrize(
    ("line", "number"), [("某府办函〔202058", "某府办函〔202058"), ("某府发〔20211", "某府发〔20211")]
)
def test_a_number_without_its_marks_is_read_as_written(line: str, number: str) -> None:
    text = f"某县人民政府办公室关于印发2020年某县优化营商环境实施方案的通知\n\n日期:2020-09-16\n\n{line}{NOTICE}"
    assert extract_metadata(clean(text), (), source_name="f.txt", original=text).doc_number == number


def test_the_whole_number_the_page_writes_elsewhere_is_taken() -> None:
    text = (
        '某县人民政府办公室关于印发…的通知某政办发〔2016〕21号各镇人民政府:为了…">\n当前位置:首页 > 政府文件\n\n'
        f"某县人民政府办公室关于印发2020年某县优化营商环境实施方案的通知\n\n某政办发〔201621{NOTICE}"
    )
    assert extract_metadata(clean(text), (), source_name="f.txt", original=text).doc_number == "某政办发〔2016〕21号"


def test_a_year_alone_in_brackets_is_no_number() -> None:
    text = f"某县人民政府办公室关于印发2020年某县优化营商环境实施方案的通知\n\n日期:2020-09-16\n\n某县〔2020{NOTICE}"
    assert extract_metadata(clean(text), (), source_name="f.txt", original=text).doc_number is None
