"""A doc store's page-break dashes set inside a clause (inline_breaks.page_dash_spans): 1784 ``均可————超额``,
``8————摊``, ``突————破``. A 破折号 is two dashes between phrases; four or more inside a word are no punctuation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.inline_breaks import page_dash_spans

_LINE = (
    "全镇各项主要经济指标均可————超额完成县委、县政府下达的任务。对全镇10家停产企业进行了改造,"
    "6————家闲置厂房得以盘活。养殖业有了进一步的突————破;蔬菜、苗木也有了新的进展。"
)


def _cut(line: str) -> str:
    spans = page_dash_spans(line)
    for s, e in reversed(spans):
        line = line[:s] + line[e:]
    return line


def test_dashes_cutting_words_of_one_line_are_taken_out() -> None:
    assert _cut(_LINE) == _LINE.replace("————", "")


def test_other_places_dashes_and_lengths() -> None:
    line = "今年西城街道的工作取得新突―――――破,社区服务进一步完——————善,群众满意度达到95%以上。"
    assert _cut(line) == "今年西城街道的工作取得新突破,社区服务进一步完善,群众满意度达到95%以上。"


def test_cleaning_shows_the_clause_whole() -> None:
    text = "2023年工作总结\n\n" + _LINE + "\n"
    assert "均可超额完成" in clean(text).display_text
    assert "突破;蔬菜" in clean(text).display_text


def test_a_dash_between_phrases_stays() -> None:
    # a 破折号 (two dashes), a delivery line's dash, a lead dash, dashes closing a phrase
    for line in (
        "我们坚持一个目标——建设美丽乡村,推动各项工作落到实处。",
        "——2023年1月5日在县第十八届人民代表大会第三次会议上",
        "———综合实力大幅提升,全年生产总值增长8%。",
        "主要经济指标————全部完成。",
        "附件:————",
    ):
        assert page_dash_spans(line) == []


def test_no_word_cut_in_the_line_abstains() -> None:
    # four dashes, but no word parted anywhere in the line: a blank to fill, a long dash typed twice
    line = "在————的领导下,全乡干部群众团结一心,各项工作均可————超额完成。"
    assert page_dash_spans(line) == []


@given(st.text(alphabet="突破均可超额完成。,—8摊 ", max_size=40))
def test_spans_are_dashes_only(line: str) -> None:
    for s, e in page_dash_spans(line):
        assert 0 <= s < e <= len(line)
        assert set(line[s:e]) <= set("—―")
