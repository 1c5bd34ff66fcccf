"""A live text's (文字直播) speaker tags and clock stamps are cut from its lines, the lines staying apart as the
speaker's paragraphs (session 26, body26: 1373); a text writing a time or a bracketed name now and then keeps it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean

_TURNS = (
    "各位代表:现在,我代表市人民政府向大会报告工作,请予审议。",
    "一、2023年工作回顾",
    "过去一年,全市经济持续恢复,地区生产总值增长5.2%。",
    "二、2024年工作安排",
    "今年,我们将坚持稳中求进工作总基调。(掌声)",
)


def _live(tag: str, open_: str = "[", close: str = "]") -> str:
    lines = ["3月5日9时,市第十五届人民代表大会第三次会议开幕,听取市长作政府工作报告。"]
    lines += [f"{tag}:{turn} {open_}09:{10 + k:02d}{close}" for k, turn in enumerate(_TURNS)]
    return "\n".join(lines) + "\n"


def test_the_speaker_tags_and_clock_stamps_go_and_the_turns_stay_apart() -> None:
    for tag, o, c in (("[李强]", "[", "]"), ("【张某某】", "【", "】"), ("[主持人]", "[", "]")):
        display = clean(_live(tag, o, c)).display_text
        assert display.split("\n")[1:] == list(_TURNS), tag


def test_a_time_or_a_bracketed_name_written_now_and_then_stays() -> None:
    text = "[通知]:会议定于9时开始 [09:00]\n[通知]:请准时参加会议。\n全体代表请于8时50分前入场。\n"
    assert clean(text).display_text == text.rstrip("\n")
    # stamps on three lines but a tag opening one line only, or an agenda's times in parentheses: the text's own
    for text in (
        "[公告]:今天上午召开大会。 [09:00]\n大会听取了政府工作报告。 [09:30]\n大会审查了计划报告。 [10:00]\n",
        "[主持]:开幕式(09:00)\n[主持]:听取政府工作报告(09:30)\n[主持]:审查计划报告(10:00)\n",
    ):
        assert clean(text).display_text == text.rstrip("\n")


@given(
    st.lists(st.sampled_from(["[王某]:", "[09:05]", " ", "\n", "各位代表", "。", "【李某】：", "(10:01)"]), max_size=40)
)
def test_the_offset_map_stays_exact(parts: list[str]) -> None:
    text = "".join(parts)
    c = clean(text)
    back = [c.offset_map.to_original(i) for i in range(len(c.display_text))]
    assert back == sorted(set(back))  # monotonic, each display character from its own original one
    assert all(ch.isspace() or text[j] == ch for ch, j in zip(c.display_text, back, strict=True))
