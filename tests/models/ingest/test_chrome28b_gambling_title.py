"""Session 28 (body28b): a gambling site's page title set as a whole line, its phrases joined by underscores or
dashes, whose web word stands in a middle phrase and whose last phrase is a brand with its game
(``欧洲足球锦标赛_靠谱的滚球app下载-外围体育``: 2425, a hijacked city portal; 1897 and 335 end on the web word).
Report prose never joins phrases with an underscore; a sentence holding such words keeps its own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.chrome_spam import spam_spans

_TITLES = st.sampled_from(
    [
        "欧洲足球锦标赛_靠谱的滚球app下载-外围体育",
        "世界杯足球比赛_正规的投注平台下载-星辰娱乐",
        "篮球联赛直播_最新的滚球app官网-皇冠体育",
        "亚洲杯足球_靠谱的滚球APP下载_外围体育",
    ]
)


@given(_TITLES)
def test_a_whole_line_chain_with_its_web_word_inside_is_spam(title: str) -> None:
    assert spam_spans(title) == [(0, len(title))]


def test_a_sentence_with_a_game_word_and_underscores_keeps_its_words() -> None:
    for sentence in ("全市体育彩票_销售额增长12%", "举办全民健身运动会_足球联赛等赛事活动20场"):
        assert all(b - a < len(sentence) for a, b in spam_spans(sentence)), sentence


def test_a_report_line_naming_sport_and_a_platform_stays() -> None:
    line = "建成全民健身体育场地_下载量突破10万次"
    assert all(b - a < len(line) for a, b in spam_spans(line))
