"""After the held-back scoring of session 26 (2309, an aggregator's copy of 大理州's session item): a session's
roll call names who was due and who came (应到会代表359人,因事因病请假19人,实到会代表340人,符合法律规定); it is the
roll call whether or not it says the quorum (法定人数) was met — 1115, 1287, 2052, 2128, 2225, 1901 (roll calls, not
indicators, in their gold)."""

from __future__ import annotations

import pytest

from models.suggest import suggest


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("本次会议应到会代表359人,因事因病请假19人,实到会代表340人,符合法律规定。", ("359", "19", "340")),
        ("县十六届人大二次会议应出席代表212名,实际出席代表198名。", ("212", "198")),
        ("大會應到代表164人,實到149人。", ("164", "149")),
    ],
)
def test_a_roll_call_without_the_quorum_is_no_indicator(text: str, counts: tuple[str, ...]) -> None:
    found = {s.text for s in suggest("全市生产总值增长6.5%。" + text, [])}
    assert not any(c in q for q in found for c in counts)


def test_a_count_of_deputies_that_did_work_still_counts() -> None:
    found = {s.text for s in suggest("全年共办理代表建议212件,办结率100%。", [])}
    assert any("212件" in q for q in found)
