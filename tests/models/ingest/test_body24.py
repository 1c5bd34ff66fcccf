"""Cleaning by family (session 24, body24): a forum jammer run whose first mark is glued to the sentence's end
(…的势头。+ c6 o( D+ h. }: 2006, the family of 1978 and 1257), a farm's offer of the text to its readers and its
plea for a tip (以下提供一篇工作报告给大家参考!: 2033; 整理文档很辛苦,赏杯茶钱您下走!: 2027), a store's reading
progress bar (已阅读5页,还剩42页未读 继续免费阅读: 2143)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_site_words import site_word_count
from models.ingest.inline_junk import trailing_junk


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


_PARA = "2023年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"
_PARA3 = "下一步,我们将继续认真落实市委、市政府工作部署,按照稳增长、强监管、优服务的工作思路,推动各项工作再上新台阶。"


def test_a_jammer_runs_glued_first_mark_goes_with_the_run() -> None:
    for mark in ("+", "/", "^", "{", "\\", "~"):
        line = f"继续保持经济较快向上发展的势头。{mark} c6 o( D+ h. }} ^0 z/ {{8 ` r, E+ d"
        assert line[: trailing_junk(line, cjk_line=True)] == "继续保持经济较快向上发展的势头。", mark
    for line in (
        '人口自然增长率控制在4‰。/ o6 X( L" d3 j$ Y',
        "全市生产总值增长8%+ k3 X. i- N Q7 M",
    ):
        assert line[trailing_junk(line, cjk_line=True) :].split()[0] in "+/", line


def test_a_text_mark_before_a_jammer_run_stays() -> None:
    """The text's own marks stay: a half-width sentence mark, a closing bracket or quote, a per cent sign."""
    for line in (
        "大会在武汉开幕! 6 p5 _3 P/ x/ p1 h",
        "增长13.6%) c6 o( D+ h. }",
        "增长13.6% c6 o( D+ h. }",
        '完成了目标任务。" g( x9 V$ y K5 o& d( a p',
    ):
        kept = line[: trailing_junk(line, cjk_line=True)]
        assert kept.endswith(("!", ")", "%", '。"')), line


def test_forum_lines_ending_in_a_glued_run_stay_apart() -> None:
    text = "\n".join(
        [
            "政府工作报告 LsMq&a-j2",
            "各位代表:",
            f"{_PARA2}+ c6 o( D+ h. }} ^0 z/ {{8 ` r, E+ d",
            f'{_PARA3}/ o6 X( L" d3 j$ Y',
            "一年来,我们主要抓了以下几项工作: ! k3 X. i- N Q7 M",
            "(一)把抓工业作为保增长的重中之重。 L+ A4 {\" h' T6 T",
        ]
    )
    lines = _lines(text)
    assert _PARA2 in lines and _PARA3 in lines, lines


def test_a_farms_offer_to_its_readers_and_its_plea_for_a_tip_are_site_words() -> None:
    for line in (
        "以下提供一篇工作报告给大家参考!",
        "下面分享一篇工作总结给大家参考。",
        "整理了一篇范文给您参考",
        "整理文档很辛苦,赏杯茶钱您下走!",
        "整理不易,请打赏支持!",
        "已阅读5页,还剩42页未读 继续免费阅读",
        "还剩 12 页未读,继续阅读",
    ):
        assert site_word_count(line) >= 1, line
    for line in (
        "为全省提供了可复制的经验",
        "将调研报告报给市政府参考",
        "给各乡镇提供参考",
        "赏罚分明",
        "持续整理文档资料,建立档案",
        "还剩3个项目未完工",
        "继续阅读推广活动",
    ):
        assert site_word_count(line) == 0, line


def test_a_farms_offer_and_plea_over_the_text_leave() -> None:
    for lead in (
        "以下提供一篇工作报告给大家参考!",
        "整理文档很辛苦,赏杯茶钱您下走!",
        "已阅读5页,还剩42页未读 继续免费阅读",
    ):
        lines = _lines("\n".join(["2021年上半年工作总结", lead, _PARA, _PARA2, _PARA3]))
        assert lead not in lines and not any("参考" in ln or "茶钱" in ln or "未读" in ln for ln in lines), lines
        assert _PARA in lines and _PARA3 in lines


def test_a_delivery_caption_with_no_full_stop_repeating_the_speaker_leaves() -> None:
    """A photo's caption under the speaker line written with no full stop (任振鹤作《政府工作报告》 under 甘肃省代省长
    任振鹤: 2008), as the one with a stop (自治区主席王莉霞作政府工作报告。: 1844) already leaves."""
    for caption in ("李明华作《政府工作报告》", "省长李明华作政府工作报告", "市长 李明华 作政府工作报告"):
        head = ["政府工作报告", "——2021年1月24日在某某省第十三届人民代表大会第五次会议上", "某某省代省长 李明华"]
        lines = _lines("\n\n".join([*head, caption, "各位代表:", _PARA, _PARA2]))
        assert caption not in lines and caption.replace(" ", "") not in lines, lines
        assert "各位代表:" in lines and _PARA in lines
    # a caption naming someone the page names nowhere else stays for the metadata to read
    alone = "\n\n".join(["市长王伟作《政府工作报告》", "各位代表:", _PARA, _PARA2])
    assert "市长王伟作《政府工作报告》" in _lines(alone)


def test_a_run_of_glyphs_between_parts_leaves() -> None:
    from models.ingest.chrome_lines import classify_line

    for line in ("☟☟☟", "👇👇👇", "↓ ↓ ↓", "★★★", "➤➤➤"):
        assert classify_line(line).kind == "chrome", line
    for line in ("□□□", "○○", "☟", "★", "□□□□□□□□", "一、☟☟☟加快项目建设"):
        assert classify_line(line).kind == "body", line
    lines = _lines("\n".join(["目标定下如何实现?", "☟☟☟", _PARA, _PARA2]))
    assert "☟☟☟" not in lines and _PARA in lines


def test_a_delivery_lines_wrapped_end_is_no_caption() -> None:
    """The delivery line wrapped after its meeting (…会议上 ⏎ 代市长朱民作报告: 1821) is the report's own head."""
    for end in ("代市长李明华作报告", "代市长李明华作政府工作报告", "代市长李明华作政府工作报告。"):
        head = ["政府工作报告", "——2012年6月27日在某某市第十五届人民代表大会第一次会议上代市长 李明华"]
        text = "\n\n".join([*head, "2012年6月27日在某某市第十五届人民代表大会第一次会议上", end, "各位代表:", _PARA])
        assert end in _lines(text), end
