"""Whether a line or a line's end is a photo's credit: who took the picture (``摄``, ``摄影``, ``图/``) or supplied it.

A news page sets a credit under its picture, closing the caption or alone on its line. The shapes, however a site
writes them:

* **the photographer and ``摄``** at the end: a name, or an agency or ``记者`` and names, set off by a blank, a stop,
  a bracket or a slash (``记者 周坤 摄``, ``发布会现场(3月22日摄)。新华网 邵维岑 摄``, ``张三/摄``); two names may
  run together where a copy lost the blank (``本报记者邵国良刘心杨摄``); in brackets after a blank or the caption's
  full stop (``陈玲芳作政府工作报告 (马玉龙摄)``, ``…会议现场。(税浪 摄)``); or the whole caption in brackets
  (``(会议现场邓正可摄)``).
* **the photographer after the word**: ``摄影``/``图`` set off by a slash or colon, or ``摄影`` after the caption's
  full stop (``(图/新华社 李明)``, ``(摄影:王磊)``, ``(省工信厅厅长雷绍业。 摄影 赵持)``).
* **who supplied it**: a body's name and ``供图`` (``青岛市住房和城乡建设局 供图``, ``(县委宣传部供图)``,
  ``图/县融媒体中心供图``), alone on its line or closing a caption's sentence (``…会议在哈尔滨召开。某厅供图``).
* **a bracketed source** closing a caption line (``(通讯员供图)``, ``(记者 某某 摄)``, ``（图片来源 某台）``,
  ``(资料图)``).

Each reader asks its own question of these shapes: the cleaner whether a short line is a credit or caption
(``photo_credit``, ``supplied_credit``, ``credit_start``), re-joining whether a credit closes a paragraph
(``closes_caption``), the stamp finder whether a repeated tail is a credit (``credit_ending``), the outline whether a
line ends with a bracketed credit (``bracketed_credit``).
"""

from __future__ import annotations

import re

from models.folding import compact as _compact

_HAN = r"[\u4e00-\u9fff]"
# a photographer's name, as the credits write it (a middle dot in a minority's or a foreigner's name)
_NAME = r"[\u4e00-\u9fff·]"
# several photographers, each name set off by a list mark, a slash or a blank (张三、李四 摄)
_NAMES = rf"(?:{_NAME}{{2,5}}\s*[、/，,\s]\s*){{0,3}}"
# where a credit starts: the line's start, a blank, a stop, a bracket, a colon or a slash
_SET_OFF = r"(?:^|[\s。.)）:：/|｜\[【〔])"
# what closes a credit after 摄: a bracket, or the cell rule of a page's table row (| … 本报记者 刘涛 摄 |)
_CLOSER = r"[)）\]】〕|｜]"

# a credit at the line's end: (agency or 记者) name(s) 摄, after a blank, a sentence end or a bracket
# (two names may run together where a copy lost the blank between them: 本报记者邵国良刘心杨摄)
_CREDIT = re.compile(
    rf"{_SET_OFF}(?:{_HAN}{{0,8}}(?:记者|通讯员|摄影|网|社|报|台))?\s*{_NAMES}{_NAME}{{2,6}}\s*[/／]?\s*摄\s*{_CLOSER}?$"
)
# a credit naming its photographer after the word (…。 摄影 赵持), (图/新华社 李明), (摄影:王磊): the other order a
# caption's credit is written in; set off from the caption by a blank, a stop, a bracket or a colon
_CREDIT_AFTER = re.compile(
    r"(?:^|[\s。.)）:：/|｜(（])(?:摄影|图)(?:记者)?\s*[:：/／]?\s*(?:记者\s*)?"
    rf"{_NAMES}{_NAME}{{2,5}}\s*[)）]?$"
)
# 图 and 摄影 are words a report writes (示意图, 摄影 培训): as a credit they are set off by a slash or a colon, or
# 摄影 names a 记者, or it follows the caption's full stop (…雷绍业。 摄影 赵持)
_PICTURE_SLASH = re.compile(r"图\s*[/／:：]|摄影(?:记者|\s*[:：/／])")
# who supplied the picture, the line's only words: a name (set off by a blank, or ending as a body's name ends) and
# 供图, in brackets or after 图/ (青岛市住房和城乡建设局 供图, (县委宣传部供图)); no verb of the text's own (向媒体供图)
_SUPPLIED = re.compile(
    r"[(（]?\s*(?:图片?\s*[/／:：]\s*)?((?![^()（）]*[向为给])[\u4e00-\u9fff·]{2,20}?"
    r"(?:\s+|(?<=[局厅委办部台站社报网院馆会司府队所心处室])))供[图圖]\s*[)）]?"
)
_CAPTION_END = re.compile(r"(?:^|[。.(（])\s*$")
# the credit is set off (a blank or a slash before 摄) or names who took it (记者, an agency)
_CREDITED = re.compile(rf"[\s/／]摄\s*{_CLOSER}?$|记者|通讯员|摄影|网|社")
# a whole caption in brackets, its photographer's name glued to 摄 (…作《政府工作报告》邓正可摄)
_BRACKETED_CAPTION = re.compile(rf"[(（][^()（），。；！？]{{2,78}}{_NAME}{{2,5}}摄[)）]")
# a caption's photographer in brackets after a blank (陈玲芳作政府工作报告 (马玉龙摄)): a name and 摄 alone in the
# bracket, the bracket closing the line; or after the caption's full stop (…会议现场。(税浪 摄))
_BRACKETED_CREDIT = re.compile(rf"(?:\s|(?<=[。.]))[(（]{_NAME}{{2,5}}\s*摄[)）]$")
_CAPTION_MAX = 80  # characters: a caption is a line under a picture, not a paragraph

# a credit closing a caption's sentence (…会议在哈尔滨召开。黑龙江省工业和信息化厅供图, 记者 张目 摄) or a
# photographer set off by a blank after the caption's full stop (…作政府工作报告。 贺俊怡 摄)
_CLOSING = re.compile(
    r"(?:[。！？!?]|^)[^。！？!?，,；;]{2,20}供图$|记者[^。！？!?，,；;]{1,16}摄$"
    rf"|[。！？!?]\s+(?:[^\s。！？!?，,；;]{{1,12}}\s+)?{_NAME}{{2,6}}\s*摄$"
    # the photographer's name glued to the caption's full stop (…作政府工作报告。刘宵华摄); never 拍摄/航摄, a verb
    rf"|[。！？!?]{_NAME}{{2,4}}(?<![拍航])摄$"
)
# the word a credit ends with, before its closing bracket: 摄 or 供图
_ENDING = re.compile(r"(?:摄|供图)[)）]?$")
# a bracketed credit closing the line: (通讯员供图), (记者 某某 摄), （图片来源 某台）, (资料图)
_BRACKETED = re.compile(r"[(（][^()（）]{0,20}(?:[ \u3000]摄|摄影|供图|图片来源|图源|资料图片?)[^()（）]{0,10}[)）]$")


def photo_credit(line: str) -> bool:
    """A news page's photo caption or credit line: short, ending in the photographer's name and ``摄``, or naming
    the photographer after ``摄影``/``图/``."""
    text = line.strip()
    if len(_compact(text)) > _CAPTION_MAX:
        return False
    if not text.rstrip(")）]】〕|｜ ").endswith("摄"):
        if "摄影" not in text and "图" not in text:
            return False
        m = _CREDIT_AFTER.search(text)
        if m is None:
            return False
        word = m.start() + m.group().index("摄影" if "摄影" in m.group() else "图")
        return _PICTURE_SLASH.search(m.group()) is not None or (
            text.startswith("摄影", word) and _CAPTION_END.search(text[:word]) is not None
        )
    if _BRACKETED_CAPTION.fullmatch(text):
        return True  # a caption set wholly in brackets under its picture: (会议现场邓正可摄)
    if _BRACKETED_CREDIT.search(text):
        return True  # the caption, a blank, then its photographer in brackets
    return _CREDIT.search(text) is not None and _CREDITED.search(text) is not None


def credit_start(text: str) -> int | None:
    """Where the photographer's credit closing ``text`` starts (the blank, stop or bracket before it), else None."""
    m = _BRACKETED_CREDIT.search(text) or _CREDIT.search(text)
    return m.start() if m is not None else None


def supplied_credit(line: str) -> str | None:
    """The body a line only crediting who supplied the picture names (``青岛市住房和城乡建设局 供图`` → the bureau),
    else None: the line is the picture's, its supplier evidence for the metadata."""
    m = _SUPPLIED.fullmatch(line.strip())
    return m.group(1).strip() if m is not None else None


def closes_caption(text: str) -> bool:
    """``text`` ends with a credit that closes a caption as a full stop would: a supplier's ``供图`` after a sentence,
    a ``记者``'s ``摄``, or a photographer set off by a blank after the caption's full stop."""
    return _CLOSING.search(text) is not None


def credit_ending(text: str) -> bool:
    """``text`` ends as a credit ends (``…摄``, ``…供图``, before a closing bracket): the same photographer under
    several pictures repeats it, never a stamp."""
    return _ENDING.search(text) is not None


def bracketed_credit(text: str) -> bool:
    """``text`` ends with a credit in brackets: ``(通讯员供图)``, ``(记者 某某 摄)``, ``（图片来源 某台）``."""
    return _BRACKETED.search(text) is not None
