"""Session 22, reader: a bilingual page that glued each English copy onto the end of its Chinese paragraph or heading
(1983 ``五、推动地方人大工作完善发展5. We facilitated…``, ``…完善发展。The work of local people's congresses…``):
the English tail is English text too, marked and masked like an English line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest import parse_raw
from models.ingest.english_lines import english_ranges, mask_english
from models.ingest.read import RawText
from models.suggest import suggest
from models.types import walk_sections


def _marked(text: str) -> list[str]:
    return [text[s:e] for s, e in english_ranges(text)]


def test_an_english_copy_glued_after_its_chinese_heading_is_marked() -> None:
    text = "五、推动地方人大工作完善发展5. We facilitated improvements in the work of local people's congresses."
    assert _marked(text) == ["5. We facilitated improvements in the work of local people's congresses."]


def test_an_english_copy_glued_after_its_chinese_paragraph_is_marked() -> None:
    # other shapes and places: a province's report, a Roman-numbered heading, a bracketed label
    zh = "全省地区生产总值增长6.1%,城镇新增就业62万人。"
    en = "The province's GDP grew by 6.1 percent, and 620,000 new urban jobs were created."
    assert _marked(f"{zh}{en}\n") == [en]
    assert _marked("一、2019年工作回顾I. Review of Our Work in 2019") == ["I. Review of Our Work in 2019"]
    # after a bracketed Chinese source label (1982 ``[中国网] Zhang Dejiang, chairman of …``)
    assert _marked("会议在南宁召开。(广西新闻网) The session opened in Nanning on January 12, 2021.") == [
        "The session opened in Nanning on January 12, 2021."
    ]
    assert _marked("(二)深化财税体制改革(2) We deepened reform of the fiscal and tax systems.") == [
        "(2) We deepened reform of the fiscal and tax systems."
    ]


def test_latin_words_inside_a_chinese_sentence_are_not_english_text() -> None:
    for line in (
        "全市pm2.5浓度37微克/立方米,GDP增长5%,PPP项目10个。",
        "据World Health Organization统计,全球疫情形势依然严峻。",
        "深入实施Made in China 2025 Action Plan",  # no sentence of its own, no numbered label
        "我市获评中国十佳旅游城市(Top Ten Tourist Cities of China)。",
        "网址:www.jiangyin.gov.cn,电话:0510-86861234",
    ):
        assert english_ranges(line) == [], line


def test_the_english_tail_is_not_read_by_the_outline_or_the_suggestions() -> None:
    text = (
        "政府工作报告\n"
        "一、2019年工作回顾I. Review of Our Work in 2019\n"
        "全省地区生产总值增长6.1%。The province's GDP grew by 6.1 percent, reaching 10.8 trillion yuan.\n"
        "二、2020年主要任务II. Major Tasks for 2020\n"
        "城镇新增就业62万人。620,000 new urban jobs will be created.\n"
    )
    doc = parse_raw(RawText(text=text, source_format="txt", encoding="utf-8", content_hash="x"), "t.txt")
    ranges = english_ranges(doc.display_text)
    titles = [s.title for s in walk_sections(doc.sections)]
    assert all(not any(c.isascii() and c.isalpha() for c in t) for t in titles), titles
    for s in suggest(doc.display_text, doc.sections):
        assert not any(s.start < e and b < s.end for b, e in ranges), s.text


@given(st.text(alphabet="发展报告。,、5 .WeIabc(2)\n", max_size=60))
def test_masking_keeps_every_offset(text: str) -> None:
    masked = mask_english(text)
    assert len(masked) == len(text)
    assert all(m == c or m == " " for m, c in zip(masked, text, strict=True))
