"""Cleaning by family (session 21, issue 17): a scene-only caption with no credit, a delivery caption repeating a
speaker the page names elsewhere, a "more about X" link under the text, a comment widget's disclaimer and a map
widget's Latin words in the footer, a store's 本文… field labels (disc21 1838, 1844, 1862, 1880, 1885; corpus 1215,
1120, 1287, 943, 1329)."""

from __future__ import annotations

from models.ingest.chrome_notices import scene_caption
from models.ingest.clean_site_words import site_word_count
from tests.models.ingest._reading import kept_lines as _lines

_PARA = "2023年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%,固定资产投资增长4.2%。"
_PARA2 = "今年工作的总体要求是:坚持稳中求进工作总基调,全面贯彻新发展理念,推动经济社会高质量发展,确保完成全年目标任务。"
_PARA3 = "下一步,我们将继续认真落实市委、市政府工作部署,按照稳增长、强监管、优服务的工作思路,推动各项工作再上新台阶。"


def test_a_scene_only_caption_is_told() -> None:
    for line in ("(会议现场)", "（大会现场）", "会议现场", "(会场全景)", "(开幕式现场)"):
        assert scene_caption(line), line
    for line in ("现场", "(一)现场管理", "现场办公会议现场解决问题", "加强施工现场管理", "(现场检查)", "会议现场办公"):
        assert not scene_caption(line), line


def test_a_scene_caption_between_paragraphs_leaves() -> None:
    lines = _lines("\n\n".join(["某县召开上半年工作通报会", _PARA, "(会议现场)", _PARA2, _PARA3]))
    assert "(会议现场)" not in lines
    assert _PARA in lines and _PARA2 in lines and _PARA3 in lines


def test_a_delivery_caption_repeating_the_speaker_line_leaves() -> None:
    head = ["政府工作报告", "——2024年1月30日在某某自治区第十四届人民代表大会第二次会议上", "自治区主席 李明华"]
    text = "\n\n".join([*head, "自治区主席李明华作政府工作报告。", "各位代表:", _PARA, _PARA2])
    lines = _lines(text)
    assert "自治区主席李明华作政府工作报告。" not in lines
    assert "自治区主席 李明华" in lines and _PARA in lines
    # a caption naming someone the page names nowhere else stays for the metadata to read
    alone = "\n\n".join(["市长王伟作政府工作报告。", "各位代表:", _PARA, _PARA2])
    assert "市长王伟作政府工作报告。" in _lines(alone)


def test_more_about_links_under_the_text_leave() -> None:
    text = "\n\n".join([_PARA, _PARA2, _PARA3, "更多关于 大连 的邮政新闻", "更多关于 大连 的站内信息"])
    lines = _lines(text)
    assert not any(line.startswith("更多") for line in lines)
    assert _PARA3 in lines


def test_a_comment_disclaimer_is_a_site_word() -> None:
    for line in ("评论仅代表个人意见,本网站保持中立", "网友评论仅代表网友个人观点", "本站保持中立"):
        assert site_word_count(line) >= 1, line
    for line in ("代表们一致认为报告实事求是", "坚持中立客观的原则开展第三方评估。"):
        assert site_word_count(line) == 0, line


def test_a_map_widget_under_the_comment_footer_leaves() -> None:
    text = "\n\n".join(
        [_PARA, _PARA2, _PARA3, "0条评论", "网友评论", "评论仅代表个人意见,本网站保持中立", "Baidu", "map"]
    )
    lines = _lines(text)
    assert lines[-1] == _PARA3


def test_a_stores_field_labels_over_the_text_leave() -> None:
    for line in ("某省政府工作报告 本文内容:", "本文关键词:某省,政府工作报告", "本文简介:【2011某省政府工作报告】"):
        assert site_word_count(line) >= 1, line
    assert site_word_count("本文件所称企业是指在本县登记的企业。") == 0


def test_a_gambling_title_line_with_a_chinese_brand_leaves() -> None:
    from models.ingest.chrome_spam import spam_spans

    for line in ("雷速体育_188比分直播-在线app下载", "星辰彩票_即时比分网-手机版下载"):
        assert spam_spans(line) == [(0, len(line))], line
    # a sentence holding such words keeps its own words (only a whole-line chain is taken from its start)
    sentence = "全市体育彩票_销售额增长12%"
    assert all(b - a < len(sentence) for a, b in spam_spans(sentence))


def test_an_office_banner_over_a_column_label_and_a_crumb_from_its_name_leaves() -> None:
    head = ["某某县人民政府", "政府信息公开", "您现在的位置: 某某县人民政府>信息公开>工作动态>政府工作报告"]
    text = "\n\n".join([*head, "2014年政府工作报告", "各位代表:", _PARA, _PARA2])
    assert "某某县人民政府" not in _lines(text)
    # the crumb must start from the office's own name, past chrome labels only
    from models.ingest.chrome_banner import _named_by_crumb

    roles = ["body", "chrome", "chrome"]
    assert _named_by_crumb(head, roles, 0)
    assert not _named_by_crumb(["某某县人民政府", head[1], "您现在的位置: 首页>信息公开>工作动态"], roles, 0)
    assert not _named_by_crumb([head[0], "某某县人民政府工作报告", head[2]], ["body", "body", "chrome"], 0)


def test_a_validity_badge_is_a_site_word() -> None:
    assert site_word_count("文件已失效") == 1 and site_word_count("该文件已废止") == 1
    assert site_word_count("原文件已失效的,以本通知为准。") == 0


def test_a_stores_tags_over_a_text_opening_with_its_title_leave() -> None:
    from models.ingest.chrome_heads import _tag_copy

    assert _tag_copy("2023 科技 部门 年终 工作总结 计划 范文", "区科技部门年终工作总结及方案 年区科技局在区委领导下")
    assert _tag_copy("2022 科技工作 总结", "2022年科技工作总结 今年以来我们在县委领导下")
    assert _tag_copy("2021 水利局 上半年 工作总结", "某县水利局2021年上半年工作总结 上半年以来")
    # a spaced title over a text that opens with no title of its own stays (it may be the only title)
    assert not _tag_copy("2022 科技工作 总结", "今年以来 我们在县委领导下")
    assert not _tag_copy("科技 工作", "科技工作总结 今年以来")  # two words: a title in two halves
    assert not _tag_copy("2022 农业 农村 工作", "2022年科技工作总结 今年以来")  # another report's words
