"""Titles at first sight (session 19b): a farm compilation's piece label (第一篇:…), the compilation's own label
reprinted under it, then the piece's own title over its text: the own title is the title (142; 979, 529)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def test_own_title_under_piece_label_and_compilation_label() -> None:
    text = (
        "网站首页 个人文档 个人总结 工作总结 述职报告 心得体会 演讲稿 讲话致辞 实用文\n\n"
        "乡镇上半年宣传工作总结及下半年工作思路(精选多篇)\n\n"
        "栏目: 工作总结精选 / 发布于: / 人气:2.12W\n\n"
        "第一篇:乡镇上半年宣传工作总结及下半年工作思路\n\n"
        "乡镇上半年宣传工作总结及下半年工作思路(精选多篇)\n\n"
        "镇xx年上半年宣传思想工作总结和下半年工作思路\n\n"
        "一、上半年工作回顾\n\n"
        "今年以来,在县委宣传部的正确领导下,我镇宣传思想工作较好地完成了上半年各项任务,"
        "全镇共举办理论宣讲32场,受众5000人次。\n\n"
        "(一)围绕主线,加强理论武装工作\n\n一是深入推进学习型党组织建设。\n"
    )
    assert _read(text).title == "镇xx年上半年宣传思想工作总结和下半年工作思路"
