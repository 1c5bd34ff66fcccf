"""A speech's or report's lines under its title: the delivery line (——…在…会议上), a delivery line run onto the
title's line, a speech's ——subtitle, and the own title lines standing right above them."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_candidates import REPORT_END, fragment_ok, title_text

# a delivery line under a report's title (——2013年1月22日在…会议上, 二〇二一年…在…大会上, ——在…会议上)
DELIVERY_LINE = re.compile(
    r"^(?:[-—－–]{1,4}\s*)?(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{0,2}\s*日|[二〇○][〇○零一二三四五六七八九十年月日\s]{4,14})"
    r"\s*在.{2,40}?(?:会议|大会)"
    r"|^[-—－–]{1,4}\s*在.{2,40}?(?:会议|大会)"  # ——在某镇第十六届人民代表大会第一次会议上 (the date under it)
    # ——2014114日在某县…大会 (a page lost its 年 and 月: the digits run on, whatever day they read as, 1897, 156)
    r"|^[-—－–]{1,4}\s*(?:19|20)\d\d[\d\s]{2,6}日\s*在.{2,40}?(?:会议|大会)"
)
# a delivery line run onto the title's line after a space or a farm's junk marks (政府工作报告 ;;2018年2月5日在…会议上)
# (or with no date and no space after the kind or its draft note: 政府工作报告(草案)在某镇…会议上, 1448)
_GLUED_DELIVERY = re.compile(
    r"^(?P<title>[^，。,；;：:]{4,40}?)[\s;；]+(?=(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,40}?(?:会议|大会)上?$)"
    r"|^(?P<kind>[^，。,；;：:]{0,30}?报告(?:[(（](?:草案|征求意见稿|讨论稿|送审稿|代拟稿)[)）])?)"
    r"\s*(?=在[^，。,；;:：]{2,40}?(?:会议|大会)上$)"
)


def glued_delivery_title(line: str) -> str | None:
    """The title before a delivery line run onto its line (``政府工作报告 ;;2018年2月5日在…会议上`` → ``政府工作报告``),
    or None."""
    glued = _GLUED_DELIVERY.match(line.strip())
    return None if glued is None else glued["title"] or glued["kind"]


def own_lines_over_delivery(head: list[str]) -> set[str]:
    """The compacted texts of the line (or two or three lines) right above a delivery line, and of a title that
    carries its delivery line on its own line: the report's own title stands there, whatever page heading, store
    copy or portal title stands above it (701/702, 1032)."""
    own: set[str] = set()
    for d, line in enumerate(head):
        if (glued := glued_delivery_title(line)) is not None:
            own.add(_compact(title_text(glued)[0]))
        if not d or not DELIVERY_LINE.match(line.strip()):
            continue
        for j in range(d - 1, max(-1, d - 4), -1):
            own.add(_compact(title_text("".join(head[j:d]))[0]))
    return own


# a speech's subtitle under its title: ——在全国某某工作会议上的讲话 (the setting, not part of the title)
SPEECH_SUBTITLE = re.compile(
    r"^[-—－–]{1,4}在.{2,60}?上的(?:讲话|报告|工作报告|主题报告|发言|致辞|讲话提纲)$"
    # ——某高新区2007年工作总结和2008年工作安排: a subtitle naming the document under a slogan title (230)
    # (or the meeting's report it is: ——2024年全省…工作会议报告, 1541)
    # (a year opens it, never a date; the speaker may run on after it: …会议报告 某厅党组书记、厅长 某某, 1653)
    r"|^(?:—{1,2}|-{2}|－{1,2})(?![二〇○])(?!\d(?!\d{3}年))(?!\d{4}年\d)[^，。,；;！？!?:：]{4,50}?"
    r"(?:总结|安排|思路|计划|打算|要点|工作报告|会议报告)(?:[\u4e00-\u9fff、]{2,30}?(?:长|书记|主任|主席)[\u4e00-\u9fff·]{2,4})?$"
)


def over_speech_subtitle(head: list[str]) -> str | None:
    """The title lines right above a speech's ``——在…上的讲话`` subtitle, joined (a title set in two lines)."""
    for k, line in enumerate(head):
        if not k or not SPEECH_SUBTITLE.match(_compact(line)):
            continue
        above = head[k - 1].strip()
        if not fragment_ok(above):
            return None
        first = head[k - 2].strip() if k >= 2 else ""
        # (never a page's title naming the report over the slogan: 2011年全省…会议报告 / 继往开来…, 1653)
        if (
            first
            and fragment_ok(first)
            and not REPORT_END.search(_compact(first + above))
            and not REPORT_END.search(_compact(first))
        ):
            return _compact(first + above)  # 全面贯彻… / 奋力书写…新篇章: one title in two lines
        return _compact(above)
    return None


# the second line of a delivery line set in two (2012年6月27日在…会议上 / 代市长朱民作报告): the speaker and the verb
# that delivers, a caption of who spoke, never a title (a page's lone heading 市长某某作政府工作报告 is one, 1310)
_SPEAKER_DELIVERS = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:总理|省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|局长|主任|书记|厅长|主席)"
    r"[\u4e00-\u9fff·]{2,4}作了?[\u4e00-\u9fff《》]{0,12}报告$"
)


def delivery_line_goes_on(above: str, line: str) -> bool:
    """``line`` is the speaker half of the delivery line ``above`` (…在某市…会议上 / 代市长某某作报告)."""
    return (
        bool(DELIVERY_LINE.match(above.strip()))
        and _compact(above).endswith("上")
        and bool(_SPEAKER_DELIVERS.match(_compact(line)))
    )
