"""Garbled spots: found conservatively, kept in the text, with ranked repairs where bytes can be rebuilt."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.repair_garble import find_garbles
from models.ingest.repair_gbk import Garbled, candidates


@pytest.mark.parametrize(
    ("text", "shown", "best"),
    [
        ("取得了工作成效?,F(xiàn)將2020年度工作情況", "?,F", "。現"),
        ("為工業(yè)發(fā)展?fàn)I造全新環(huán)境", "?fàn)I", "營"),
        ("郵政分公司勇挑重?fù)?dān),爭取省", "?fù)?dān)", "擔"),
        ("支持企業(yè)進(jìn)行設(shè)備更新?lián)Q代、質(zhì)量", "?lián)Q", "換"),
    ],
)
def test_slips_of_the_traditional_seed(text: str, shown: str, best: str) -> None:
    garbles = find_garbles(text, traditional=True)
    assert len(garbles) == 1
    g = garbles[0]
    assert text[g.start : g.end] == shown
    assert g.repairs[0].text == best
    assert g.repairs[0].score == max(r.score for r in g.repairs)
    assert abs(sum(r.score for r in g.repairs) - 1.0) < 0.05 or len(g.repairs) == 5


def test_lead_byte_is_rebuilt_from_the_shifted_reading() -> None:
    # 展 is D5B9; B9 + the lost lead A0 formed 範 (fàn); A0 + I (0x49) is 營.
    g = Garbled(body="I", shifted_reading="fàn", reading=None, prev_char="展", left="发展", right="造全")
    ranked = candidates(g, traditional=True)
    assert ranked[0].text == "營"
    assert ranked[0].lead == 0xA0


def test_trailing_reading_ranks_the_candidates() -> None:
    # No shifted reading: every lead byte before A3 AC 46 is possible; 。 wins on commonness and 現 on (xiàn).
    g = Garbled(body=",F", shifted_reading=None, reading="xiàn", prev_char="效", left="成效", right="将")
    ranked = candidates(g, traditional=True)
    assert ranked[0].text == "。現"
    assert all(c.text.endswith("現") for c in ranked)


@pytest.mark.parametrize(
    "text",
    [
        "这是为什么?我们要找原因。",  # a question mark
        "效果如何?",
        "增长?Yes",  # ASCII word after the mark
        "A股和B股",
        "GDP增长6%(5G)",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert find_garbles(text, traditional=False) == []


def test_lone_mark_between_characters_is_a_lost_character() -> None:
    garbles = find_garbles("全年完成投资?亿元", traditional=False)
    assert [("?", g.repairs) for g in garbles] == [("?", ())]


def test_lost_character_with_a_reading_gets_candidates() -> None:
    (g,) = find_garbles("为工业发展?(yíng)造全新环境", traditional=False)
    assert g.drop == ((6, 12),)
    assert g.repairs and g.repairs[0].text == "营"


def test_replacement_characters_are_suspect_without_repair() -> None:
    result = clean("工作\ufffd\ufffd总结")
    assert [(s.original, s.repairs) for s in result.suspects] == [("\ufffd\ufffd", ())]
    assert result.display_text == "工作\ufffd\ufffd总结"


def test_utf8_read_as_latin1_is_repaired() -> None:
    garbled = "工作总结".encode().decode("latin-1")
    result = clean(f"年度{garbled}如下")
    # a confident repair is written into the display text, each character mapped into the garbled run
    assert result.suspects == ()
    assert result.display_text == "年度工作总结如下"
    (r,) = result.repaired
    assert (r.start, r.end, r.original_start, r.original_end) == (2, 6, 2, 2 + len(garbled))
    arr = result.offset_map.to_array()
    assert all(2 <= arr[i] < 2 + len(garbled) for i in range(2, 6))


def test_repairs_are_only_proposed() -> None:
    result = clean("取得了工作成效?,F(xiàn)將2020年度工作情況\n")
    assert result.display_text == "取得了工作成效?,F将2020年度工作情况"
    (s,) = result.suspects
    assert s.repairs[0].text == "。现"


def test_x_not_x_question_is_not_a_lost_character() -> None:
    assert find_garbles("这样做好不好?我们再商量。", traditional=False) == []


def test_slip_whose_question_mark_was_lost_too() -> None:
    (g,) = find_garbles("為工業(yè)發(fā)展fàn)I造全新環(huán)境", traditional=True)
    assert g.repairs[0].text == "營"


def test_parenthesis_fragments_in_ordinary_text_are_not_slips() -> None:
    assert find_garbles("見附件1)A類項目和2)B類項目", traditional=False) == []
