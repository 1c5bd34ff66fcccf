"""Titles the cleaner set aside as page chrome: a store's page title and its copy, the report's own line right
above the body (or opening the page), a title's second line, and an issuer's line over the title.

Asked by ``title_rescue`` when the head of the text gave no title (or one whose issuer line was set aside).
"""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_candidates import ORG_LINE, ORG_SUFFIX, REPORT_END, issuer_line, title_text
from models.ingest.metadata_fields import key_of
from models.ingest.metadata_title_choice import choose_title
from models.ingest.title_era import MASKED_YEAR, label_ruled_out
from models.ingest.title_speech import DELIVERY_LINE

NOTICE_FORM = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,30})?关于.{4,80}的(?:通知|意见|决定|批复|请示|通报|函|报告|规定|办法)$"
)
LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){3,}$")
_YEAR_TAG = re.compile(r"\s*[(（](?:19|20)\d\d\s*年?(?:度|版)?[)）]$")
_NOT_CHROME_TITLE = re.compile(
    r"[>/|｜:：_\[\]【】、]|https?|www\.|\.(?:com|cn|net)|^\d+\s|下载|文库|范文|模板|排行|推荐"
)
# a doc store's notice to its readers (本文档由用户上传…, 版权归属…, 网站客服…)
_STORE_NOTICE = re.compile(r"本文档由.{0,6}上传|版权归属|网站客服")
# a farm compilation's label glued before its first piece's title (第一篇:, 篇一:, 【篇一】)
_PIECE_LABEL = re.compile(
    r"^(?:(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]|【篇[一二三四五六七八九十\d]{1,3}】)\s*"
)
# a page that collects several essays under one label (七篇, 篇(1)) names none of them
_COLLECTION = re.compile(r"[\d一二三四五六七八九十两]+\s*篇|篇\s*[(（]\d+[)）]")
# a text opening as a government work report (各位代表 … 向大会报告工作)
_GOV_REPORT_OPENING = re.compile(r"各位代表.{0,120}?向(?:大会|会议)(?:作)?(?:报告|作)")
ACCOUNTS_NOTE = re.compile(r"^[^，。,；;：:！？!?]{6,60}(?:决算|预算)(?:公开)?(?:情况)?说明$")
PREVIEW_LABEL = re.compile(r"^(?:提\s*纲|目\s*录|内容提要|大\s*纲)\s*[:：]?$")
CELL = re.compile(r"^\|\s*([^|]*?)\s*\|$")


def _fragment(text: str) -> bool:
    """A piece of a title wrapped over chrome lines (``和其他财政收支的审计工作报告``) or a category."""
    return bool(re.match(r"[和及与的其]|.{0,8}的通知$", text)) or (
        "的" in text and not re.search(r"关于|在.+的|印发", text)
    )


def year_unsupported(title: str, lines: list[str], *, contradicted: bool = False) -> bool:
    """A store's label whose years the text never writes (a farm dating an undated or older text);
    with ``contradicted``, only when the text writes other years instead, in its own words: a year inside a
    cited document's name (《气象高质量发展纲要(2022-2035年)》, 1478) dates that document, not this text."""
    years = set(re.findall(r"(?:19|20)\d\d", title))
    if not years:
        return False
    rest = "\n".join(line for line in lines if _compact(line) != _compact(title))
    if any(y in rest for y in years):
        return False
    own_words = re.sub(r"《[^《》]{0,80}》", "", rest)
    return not contradicted or bool(re.search(r"(?:19|20)\d\d\s*年", own_words))


def _masked_template(label: str, lines: list[str]) -> bool:
    """A template text that masks its years (``xxxx年``) under a dated label its era does not rule out: the masks
    are no evidence against the label (265, 359, 575), the era marks are (079, 207, 213, 442; 203, 289, 776)."""
    body = "\n".join(lines[:200])
    return MASKED_YEAR.search(body) is not None and not label_ruled_out(label, body)


def _past_field_rows(lines: list[str]) -> str:
    """The text's first line past a portal's rows of fields left in it (``索  引  号 …``, ``名        称``, ``来    源
    某办公室``: a key opening the row), its bracket off (``(2023年1月10日在…会议上``: a delivery line in brackets)."""
    for line in lines[:8]:
        lead = re.match(r"[\u4e00-\u9fff\s]*", line.strip())
        opening = re.sub(r"\s+", "", lead.group() if lead else "")
        if not any(key_of(opening[:n]) for n in range(2, 6)):
            return re.sub(r"^[(（]\s*", "", line.strip())
    return ""


def from_chrome(chrome: tuple[str, ...], lines: list[str], year: str) -> str | None:
    """A report's title that the chrome rules took out near the top (a store's page title and its copy)."""
    if any(_COLLECTION.search(line) for line in [*chrome[:10], *lines[:2]]):
        return None
    gov_report = bool(_GOV_REPORT_OPENING.search("".join(lines[:4])))
    found: list[str] = []
    for k, raw in enumerate(chrome[:10]):
        text = _YEAR_TAG.sub("", raw.strip())
        if LETTER_SPACED.match(text):
            text = _compact(text)  # 政 府 工 作 报 告: a title set letter-spaced
        elif k + 1 < len(chrome) and len(chrome[k + 1].strip()) <= 3 and not REPORT_END.search(text):
            text += chrome[k + 1].strip()  # 政府工作报 / 告: a title a page broke inside its last word
        text = title_text(text)[0]  # a store's suffix or anti-copy letters after it (政府工作报告pbY)
        if not 6 <= len(text) <= 60 or _NOT_CHROME_TITLE.search(text) or not REPORT_END.search(text):
            continue
        if re.search(r"[，。,；;！？!?]", text) or (gov_report and "工作报告" not in text):
            continue  # a farm's label that calls a government work report a speech or 汇报 is not its title
        if _fragment(text) or year_unsupported(text, lines, contradicted=True):
            continue
        if choose_title(None, [text], year=year).value == text:
            found.append(text)
    if not found:
        return None
    if lines and DELIVERY_LINE.match(_past_field_rows(lines)):
        return found[-1]  # the text opens at its delivery line: the title stood right above it

    # a contents list opening the text names the document's parts, never a copy of its title
    opening = [] if lines and PREVIEW_LABEL.match(CELL.sub(r"\1", lines[0].strip())) else lines[:3]

    # a page title with its copy (or one the text's first lines repeat); a related-links list names each once
    # (a line holding a longer title found here backs that one, never the shorter words inside it: 半年工作总结
    # under 某局上半年工作总结 and its copy is the store's cut label)
    def evidence(t: str) -> int:
        def backs(line: str) -> bool:
            return t in line and not any(t in u and t != u and u in line for u in found)

        return sum(backs(_YEAR_TAG.sub("", c)) for c in chrome[:10]) + sum(backs(line) for line in opening)

    # a title in the 公文 form (关于…的通知) is no site's label: one copy is enough
    backed = [
        t for t in found if evidence(t) >= 2 or any(t in line for line in opening) or NOTICE_FORM.match(_compact(t))
    ]
    if not backed:
        return None
    return max(backed, key=lambda t: (evidence(t), -backed.index(t)))


def split_into_chrome(lines: list[str], chrome: tuple[str, ...]) -> str | None:
    """A title split over two lines whose second line (the kind of document) the chrome rules took out."""
    if not lines or not re.match(r"^(?:(?:19|20)\d\d\s*年度?)?[\u4e00-\u9fff（）()]{4,40}$", lines[0]):
        return None
    if not ORG_LINE.match(re.sub(r"^(?:19|20)\d\d\s*年度?", "", lines[0])):
        return None
    for label in chrome[:3]:
        joined = lines[0] + label.strip()
        if len(label.strip()) > 12:
            continue
        if ACCOUNTS_NOTE.match(joined) or (
            REPORT_END.search(label.strip()) and choose_title(None, [joined]).value == joined
        ):
            return joined
    return None


_CRUMB_SEP = re.compile(r"\s*(?:[>＞›»]+|&gt;)\s*")


def own_line_above(
    above: str, lines: list[str], chrome: tuple[str, ...], year: str, *, opening: bool = False
) -> str | None:
    """The report's own title standing right over its text, which the cleaner took for a copy of the page's
    heading (951): the page prints the same title before it (its heading), and the line names a report;
    never a collection label, nor a label calling a 政府工作报告 something else."""
    if _CRUMB_SEP.search(above):
        # a portal's breadcrumb (> 政务公开 > 规划计划 > 发展计划): a section's name, or a store's own label for
        # the text (首页 > 工作范文 > 《…汇报》…落实情况), never the report's own title line
        return None
    piece = _PIECE_LABEL.sub("", above)  # 第一篇:某某工作报告: a farm compilation's first piece, labelled
    labelled_here = piece != above
    above = piece
    text = title_text(above)[0]
    if _COLLECTION.search(above) or re.search(r"[，。；;！？!?]", text) or not REPORT_END.search(text):
        return None
    if _GOV_REPORT_OPENING.search("".join(lines[:4])) and "工作报告" not in text:
        return None  # 区政府工作会议的讲话 over 各位代表…向大会作工作报告: a farm's label
    copies = sum(title_text(_YEAR_TAG.sub("", c.strip()))[0] == text for c in chrome[:10])
    at = next((k for k, c in enumerate(chrome[:12]) if c.strip() == above.strip()), None)
    # a farm's piece label right before it (某某述职报告篇1): the piece's own title (406)
    labelled = at is not None and at > 0 and bool(re.search(r"篇\s*[(（]?\d{1,2}[)）]?$", chrome[at - 1].strip()))
    # or the piece label a few lines before it, the compilation's own label reprinted between (第一篇:… /
    # …(精选多篇) / the piece's own title, 142; 979's 篇一: with a store line between)
    labelled = labelled or (at is not None and any(_PIECE_LABEL.match(c.strip()) for c in chrome[max(0, at - 3) : at]))
    # a doc store's page: its upload and copyright notices set aside just before the line (846, 942)
    stored = at is not None and any(_STORE_NOTICE.search(c) for c in chrome[max(0, at - 8) : at])
    # a farm's label dating a text that never writes its year (2024年… over an undated text, or over one writing
    # other years): chrome; a template masking its years keeps the label its era does not rule out
    undated = year_unsupported(text, lines) and not _masked_template(text, lines)
    if opening and copies < 2 and (undated or year_unsupported(text, lines, contradicted=True)):
        return None
    if copies < 2 and not (labelled or labelled_here or stored or opening):
        return None  # the line is among the chrome: the page's heading is the other copy
    return text if choose_title(None, [text], year=year).value == text else None


def org_line_over(current: str, lines: list[str], above: str | None, year: str) -> str | None:
    """``镇政府`` / ``2019年工作总结及2020年工作安排``: a title split after its body's short name, the name's line
    set aside above the text; the two joined (as a split head is read)."""
    if above is None or not lines or current != lines[0].strip():
        return None
    name = above.strip()
    if re.match(r"关于", current) and len(name.split()) >= 2 and issuer_line(name):
        # 中共某省委 某省人民政府 / 关于…的意见: a red-head joint issuer line the cleaner took for a site's name (862)
        joined = name + current
        return joined if choose_title(None, [joined], year=year).value == joined else None
    about = re.fullmatch(r"(.{2,40}?)\s*关于", name)
    if about and not re.match(r"关于", current) and issuer_line(about.group(1)):
        # 国家发展改革委 市场监管总局关于 / 新时代服务业…的指导意见: the issuers' line of a 公文 title, its 关于 with it
        # (1323; 862's joint issuer line over 关于…)
        joined = name + current
        return joined if choose_title(None, [joined], year=year).value == joined else None
    if not re.match(r"(?:19|20)\d\d", current):
        return None
    if len(name) > 12 or not re.fullmatch(rf"[\u4e00-\u9fff（）()]{{1,10}}?(?:{ORG_SUFFIX})", name) or "网" in name:
        return None
    joined = name + current
    return joined if choose_title(None, [joined], year=year).value == joined else None
