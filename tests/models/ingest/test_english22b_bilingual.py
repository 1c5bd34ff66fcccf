"""Session 22, bilingual copies (issue 17 §4): a page set as a two-column table ``中文 | English |`` keeps no
closing bar on its one-cell rows (title, delivery line), and no paragraph runs on from one language into the
other (``Fellow Deputies,`` ⏎ ``现在,我受…``; a photo caption ending in English over the Chinese title)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.english_lines import bilingual_row_edits
from tests.models.ingest.test_clean_props import check_map


def _page(title: str, delivery: str, english: str, salutation: str = "各位代表:") -> str:
    return (
        f"{title} |\n"
        f"{english} |\n"
        f"{delivery} |\n"
        f"{salutation} | Fellow Deputies, |\n"
        "现在,我受常委会委托,向大会报告工作,请予审议。 | On behalf of the Standing Committee, I now present to you"
        " the report on its work for your deliberation. |\n"
        "过去一年的主要工作 | Major Work of the Past Year |\n"
        "2013年,面对错综复杂的国际形势,常委会依法履职。\n"
    )


_PAGES = [
    _page(
        "全国人民代表大会常务委员会工作报告",
        "——2014年3月9日在第十二届全国人民代表大会第二次会议上",
        "REPORT ON THE WORK OF THE STANDING COMMITTEE OF THE NATIONAL PEOPLE'S CONGRESS",
    ),
    _page(
        "政府工作报告",
        "——2025年1月14日在北京市第十六届人民代表大会第三次会议上",
        "REPORT ON THE WORK OF THE GOVERNMENT",
    ),
    _page(
        "最高人民法院工作报告",
        "——2016年3月13日在第十二届全国人民代表大会第四次会议上",
        "Work Report of the Supreme People's Court",
        salutation="各位代表：",
    ),
]


def test_one_cell_rows_of_a_bilingual_table_lose_their_closing_bar() -> None:
    for page in _PAGES:
        shown = clean(page).display_text
        assert "|" not in shown, shown
        title = page.split(" |", 1)[0]
        assert shown.splitlines()[0] == title
        check_map(page)


def test_a_lone_closing_bar_stays_where_no_row_is_bilingual() -> None:
    # a page of Chinese cells only: its bars are no translation's table (the trailing-bar rule of inline_debris
    # decides there, not this one)
    text = "全国人民代表大会常务委员会工作报告 |\n项目名称 | 完成情况 |\n"
    assert not any(s == text.index(" |") for s, _e, _r in bilingual_row_edits(text, []))


def test_no_paragraph_runs_on_from_english_into_chinese() -> None:
    for page in _PAGES:
        lines = clean(page).display_text.splitlines()
        assert "Fellow Deputies," in lines
        assert any(line.startswith("现在,我受常委会委托") for line in lines)


_CAPTIONS = [
    "全国人大常委会委员长张德江作工作报告。 [中国网] Zhang Dejiang, chairman of the Standing Committee,"
    " delivers a work report in Beijing, March 9, 2014. [China.org.cn]",
    "市长殷勇作政府工作报告。(新华社) Yin Yong, Mayor of Beijing, delivers the government work report at the"
    " session in Beijing, January 14, 2025. (Photo/Xinhua)",
]


def test_a_caption_ending_in_english_does_not_run_into_the_chinese_title() -> None:
    for caption in _CAPTIONS:
        for title in ("全国人民代表大会常务委员会工作报告", "政府工作报告"):
            text = f"{caption}\n{title}\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n"
            lines = clean(text).display_text.splitlines()
            assert title in lines, lines
            check_map(text)


_ROW = st.sampled_from(
    [
        "全国人民代表大会常务委员会工作报告 |",
        "REPORT ON THE WORK OF THE GOVERNMENT |",
        "各位代表: | Fellow Deputies, |",
        "过去一年的主要工作 | Major Work of the Past Year |",
        "项目名称 | 完成情况 |",
        "2013年,面对错综复杂的国际形势。",
        "[中国网] Zhang Dejiang, chairman of the Standing Committee, delivers a report. [China.org.cn] |",
        "",
    ]
)


@given(st.lists(_ROW, max_size=6))
def test_bilingual_pages_keep_an_exact_map(rows: list[str]) -> None:
    check_map("\n".join(rows) + "\n")


def test_a_caption_dating_the_same_day_leaves_the_delivery_date() -> None:
    from models.ingest import parse_raw
    from models.ingest.read import RawText

    for day, iso in (("2014年3月9日", "2014-03-09"), ("2025年1月14日", "2025-01-14")):
        caption = (
            f"{day},大会在人民大会堂举行第二次全体会议。委员长作全国人民代表大会常务委员会工作报告。 [中国网]"
            " Zhang Dejiang delivers a work report in Beijing, capital of China. [China.org.cn]"
        )
        text = _PAGES[0].replace("2014年3月9日", day)
        doc = parse_raw(RawText(f"{caption}\n{text}", "utf-8", "txt", "x"), "x.txt")
        assert doc.metadata.title == "全国人民代表大会常务委员会工作报告"
        assert doc.metadata.date == iso
