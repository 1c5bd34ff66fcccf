"""Where the reader found an option (首行, 网页标题, 落款 …), said in the interface's language.

The reader (``models/ingest/metadata_options.py``) names its sources in plain Chinese; the words are a fixed set
plus two patterns (第N行, 页面字段“…”) and one suffix (（正式名称）), so each is listed here for the catalogue.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "InfoSources"

# every fixed source word of the reader, marked for the catalogue (the lookup itself is by value)
SOURCES = (
    QT_TRANSLATE_NOOP("InfoSources", "首行"),
    QT_TRANSLATE_NOOP("InfoSources", "首两行"),
    QT_TRANSLATE_NOOP("InfoSources", "两行标题"),
    QT_TRANSLATE_NOOP("InfoSources", "标题多行"),
    QT_TRANSLATE_NOOP("InfoSources", "文件名"),
    QT_TRANSLATE_NOOP("InfoSources", "网页标题"),
    QT_TRANSLATE_NOOP("InfoSources", "新闻标题"),
    QT_TRANSLATE_NOOP("InfoSources", "所转发的文件"),
    QT_TRANSLATE_NOOP("InfoSources", "所附文件"),
    QT_TRANSLATE_NOOP("InfoSources", "正文开头"),
    QT_TRANSLATE_NOOP("InfoSources", "讲话标题"),
    QT_TRANSLATE_NOOP("InfoSources", "阅读器选定"),
    QT_TRANSLATE_NOOP("InfoSources", "阅读器候选"),
    QT_TRANSLATE_NOOP("InfoSources", "落款"),
    QT_TRANSLATE_NOOP("InfoSources", "来源行"),
    QT_TRANSLATE_NOOP("InfoSources", "讲话人行"),
    QT_TRANSLATE_NOOP("InfoSources", "会议行"),
    QT_TRANSLATE_NOOP("InfoSources", "单位行"),
    QT_TRANSLATE_NOOP("InfoSources", "标题"),
    QT_TRANSLATE_NOOP("InfoSources", "正文（代表…政府报告）"),
    QT_TRANSLATE_NOOP("InfoSources", "正文"),
    QT_TRANSLATE_NOOP("InfoSources", "正文中的全称"),
    QT_TRANSLATE_NOOP("InfoSources", "新闻导语"),
    QT_TRANSLATE_NOOP("InfoSources", "首部"),
    QT_TRANSLATE_NOOP("InfoSources", "会议日期"),
    QT_TRANSLATE_NOOP("InfoSources", "标题下日期行"),
    QT_TRANSLATE_NOOP("InfoSources", "标题中的日期"),
    QT_TRANSLATE_NOOP("InfoSources", "成文日期"),
    QT_TRANSLATE_NOOP("InfoSources", "发文日期"),
    QT_TRANSLATE_NOOP("InfoSources", "发布日期"),
    QT_TRANSLATE_NOOP("InfoSources", "正文日期"),
)
FORMAL = "（正式名称）"
_LINE = re.compile(r"第(\d+)行")
_FIELD = re.compile(r"页面字段“(.+)”")


def source_label(source: str) -> str:
    """``source`` as the reader wrote it, in the interface's language (an unknown word is shown as it is)."""

    suffix = ""
    if source.endswith(FORMAL) and source != FORMAL:
        source, suffix = source[: -len(FORMAL)], QCoreApplication.translate("InfoSources", "（正式名称）")
    if line := _LINE.fullmatch(source):
        return QCoreApplication.translate("InfoSources", "第{0}行").format(line[1]) + suffix
    if page_field := _FIELD.fullmatch(source):  # the page's own word for the field stays as the page wrote it
        return QCoreApplication.translate("InfoSources", "页面字段“{0}”").format(page_field[1]) + suffix
    return QCoreApplication.translate(CONTEXT, source) + suffix
