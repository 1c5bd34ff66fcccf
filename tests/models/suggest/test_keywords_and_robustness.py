"""Keywords with the domain dictionary, and every suggester's robustness on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.suggest import suggest
from models.suggest.keywords import domain_words, keywords
from models.suggest.policies import parse_doc_number
from tests.models.suggest.evaluate import display_text, load


def test_domain_dictionary_has_the_core_terms() -> None:
    words = domain_words()
    assert len(words) >= 300
    assert {"规上工业", "两化融合", "万企上云", "专精特新", "关改搬转", "县域经济", "5G基站"} <= words


def test_keywords_of_a_seed_are_topical_and_clean() -> None:
    text = display_text(load("seed_shijingxin.json"))
    got = keywords(text, topk=15)
    words = [w for w, _ in got]
    assert len(got) == 15
    assert [w for w, _ in sorted(got, key=lambda p: -p[1])] == words
    assert {"两化融合", "万企上云"} & set(words)
    assert not any(w.isdigit() or w in {"我局", "全市", "工作"} for w in words)


def test_keywords_of_empty_text() -> None:
    assert keywords("   ") == []


def test_parse_doc_number_variants() -> None:
    assert parse_doc_number("宣人社文[2020]5号") == {
        "doc_number": "宣人社文[2020]5号",
        "issuer_code": "宣人社文",
        "year": 2020,
        "serial": 5,
    }
    got = parse_doc_number("按照鄂经信企业函〔2020〕16号")
    assert got is not None and got["issuer_code"] == "鄂经信企业函"
    assert parse_doc_number("2020年工作") is None


_ALPHABET = list(
    '0123456789.%万亿元个家《》()（）〔〕[]号“”"、，。；：\n一二三四五六七八九十是存在的主要问题不足短板困难计划力争增长下降'
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=120))
def test_suggest_never_raises_and_spans_are_exact(text: str) -> None:
    for s in suggest(text):
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
        assert 0.0 <= s.confidence <= 1.0
        assert s.kind in {"指标", "政策", "问题"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_suggest_on_any_unicode(text: str) -> None:
    for s in suggest(text):
        assert s.text == text[s.start : s.end] and s.text


def test_keywords_leave_out_greetings_spelled_out_percentages_and_person_names() -> None:
    # a speech's opening and closing words, a share spelled out in characters, the speaker's name
    text = (
        "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。张建国同志强调，"
        + "全市工业增加值增长百分之十三点五，社会消费品零售总额增长百分之九。" * 3
        + "两化融合深入推进，万企上云取得实效，规上工业企业达到120家。" * 3
    )
    words = [w for w, _ in keywords(text, topk=10)]
    assert {"工业增加值", "社会消费品零售总额"} & set(words)
    assert not {"各位", "请予", "张建国"} & set(words)
    assert not any(w.startswith("百分之") for w in words)
