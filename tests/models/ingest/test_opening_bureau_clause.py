"""The bureau opening a report is a name, never a clause that runs past it (held-back 1889, 1913, session 21)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_body_names import fullest_name, opening_bureau


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("2003—2004年,市政府史志办在市地方史志编纂委员会和市政府办公室的正确领导下,完成年鉴编纂。", "史志办"),
        ("2019年,市政府档案办在市委和市政府的正确领导下,扎实推进各项工作。", "档案办"),
    ],
)
def test_an_opening_bureau_stops_before_the_preposition_that_opens_its_clause(line: str, office: str) -> None:
    found = opening_bureau([line])
    assert found is None or (found.endswith(office) and "在" not in found), found


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("张家界市城管局", "2月26日上午,张家界市城管系统召开城管务虚会暨城管局长会,深入分析当前形势。"),
        ("株洲市交通局", "2月26日上午,株洲市交通系统举行交通工作会暨交通局长会,谋划全年工作。"),
    ],
)
def test_a_fuller_name_is_never_a_sentence_about_a_meeting(name: str, line: str) -> None:
    assert fullest_name(name, [line, f"{name}在家局领导参加会议。"]) == name


def test_a_bureau_opening_its_report_is_still_found() -> None:
    assert opening_bureau(["2023年,洛阳市科技局以创新驱动为主线,扎实推进各项工作。"]) == "洛阳市科技局"
