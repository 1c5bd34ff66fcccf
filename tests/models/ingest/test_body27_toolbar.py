"""A farm's toolbar row and a comment widget's disclaimer (session 27: 2342, 1847): the font widget's three sizes in one
bracket with no label, a counter whose figure was lost, the site's join and submit tools; the fields stay a header."""

from __future__ import annotations

import pytest

from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean


@pytest.mark.parametrize(
    "row",
    [
        "【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【小 中 大】【加入会员】",
        "[我要投稿] 作者: 本站 来源: 网络 浏览 次 [大 中 小]",
        "【加入会员】 来源: 某某网 点击 次 【大 中 小】",
    ],
)
def test_a_farms_toolbar_row_leaves_only_its_fields(row: str) -> None:
    line = classify_line(row)
    assert line.kind == "header"
    assert "作者" in line.header or "来源" in line.header
    assert "次" not in line.header and "【" not in line.header and "[" not in line.header


@pytest.mark.parametrize("line", ["全市开展阅读 次数创新高", "大中小学生体质健康达标率提高", "【大中小企业融通发展】"])
def test_the_texts_own_words_are_no_toolbar(line: str) -> None:
    assert classify_line(line).kind == "body"


@pytest.mark.parametrize(
    "notice",
    [
        "(以下评论仅代表网友意见,与本站立场无关)",
        "网友评论仅代表个人观点,与本网立场无关",
        "评论仅代表个人意见,本网站保持中立",
    ],
)
def test_a_comment_widgets_disclaimer_is_chrome(notice: str) -> None:
    text = (
        "区卫生健康局2022年上半年工作总结\n\n今年以来,区卫生健康局不断提升医疗卫生服务水平,扎实推进卫生健康工作。\n\n"
        "下半年,我们将继续广泛征求网友意见,做好各项工作,为全区人民提供健康保障。\n\n用户评论\n\n" + notice + "\n"
    )
    shown = clean(text).display_text
    assert notice not in shown
    assert "广泛征求网友意见" in shown
