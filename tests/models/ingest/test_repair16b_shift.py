"""A run read out of step whose left-over lead byte and lost trail byte took the annotation's opening bracket with
them into one ``?`` (``?。ㄒ唬╉?xiàng)目`` for ``（一）項(xiàng)目``, 1475): the annotation names the last character;
the lost pair of 228's ``?。ㄒ唬?shí)施`` still reads ``（一）實``."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.repair_shift import find_shifted
from models.ingest.text_views import REPAIR_CONFIDENT


def test_a_question_mark_that_swallowed_the_annotations_bracket_leaves_the_reading_to_name_the_last_character() -> None:
    text = "一、基本情況\n?。ㄒ唬╉?xiàng)目概況\n1.根據文件安排下達資金。"
    [run] = find_shifted(text, traditional=True)
    assert text[run.start : run.end] == "。ㄒ唬╉?xiàng)"
    assert run.repairs[0][0] == "（一）項"
    assert run.repairs[0][1] >= REPAIR_CONFIDENT
    assert "(一)项目概况" in clean(text).display_text.replace("（", "(").replace("）", ")")


def test_a_lost_pair_before_a_bracketless_reading_still_reads_as_two_characters() -> None:
    text = "二、主要任務\n?。ㄒ唬?shí)施災害風險調查和重點隱患排查工程\n"
    [run] = find_shifted(text, traditional=True)
    assert run.repairs[0][0] == "（一）實"
