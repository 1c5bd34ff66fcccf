"""Page chrome decided over blocks of lines: the page's prelude, site debris, repeated lines, doc-store pages.

``chrome_lines.classify_line`` judges one line by what it says. Real pages split their chrome over
lines (``【字体:`` / ``大`` / ``中`` / ``小`` / ``】``), use other words, and repeat the page title after the
footer, so this module weighs evidence over the whole sequence of lines:

* **the prelude**: lines before the body begins (the first salutation, numbered heading or paragraph).
  There, the report's own lines are kept (title, delivery line, speaker, date, 文号, organisation,
  headings) and the rest is chrome when it is short or says what only sites say.
* **site words**: anywhere, a line is chrome when tool words cover most of a short line, or when a
  line says two things only a web site says (``小编``, ``下载``, ``文库``, ``会员`` …).
* **repeats**: a line repeating a prelude line (the page title after the footer) is chrome; a title
  split over two lines that repeats an earlier one is chrome too.
* **neighbours**: a very short line next to chrome is chrome (``大`` / ``中`` / ``小`` of a tool bar), and a short
  prelude run between chrome lines is too (``chrome_neighbours``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from models.folding import compact as _compact
from models.ingest.chrome_banner import bullet_menus, headlines_over_title, page_title_lines, site_banners
from models.ingest.chrome_bundles import compilation_labels
from models.ingest.chrome_contacts import contact_banners
from models.ingest.chrome_copies import lead_blurbs, opening_copies, titles_over_run_in
from models.ingest.chrome_debris import is_page_debris, notice_tail, wrapped_debris
from models.ingest.chrome_full_text import full_text_headings
from models.ingest.chrome_headers import fields_glued_to_text, header_for
from models.ingest.chrome_heads import contradicted_labels, glued_blocks, titles_glued_to_text
from models.ingest.chrome_lines import IMAGE_LINE, LineClass, image_line
from models.ingest.chrome_menus import leader_directories, prelude_window
from models.ingest.chrome_neighbours import TABLE_CELL, TABLE_HEAD, between_chrome, spread_to_neighbours
from models.ingest.chrome_neighbours import TABLE_RULE as TABLE_RULE  # clean.py reads the reason from here
from models.ingest.chrome_notices import (
    captions_over_dateline,
    reader_lines,
    reader_notice,
    repeated_lead_captions,
)
from models.ingest.chrome_pages import PAGE_NUMBER, RUNNING_HEAD, page_numbers
from models.ingest.chrome_posts import posting_lines
from models.ingest.chrome_series import series_navigation
from models.ingest.chrome_tail import last_paragraph as _last_paragraph
from models.ingest.chrome_tail import page_tail
from models.ingest.chrome_titles import fuzzy_title as _fuzzy
from models.ingest.chrome_titles import (
    opening_title_copies,
    prelude_titles,
    slogans_over_title,
)
from models.ingest.chrome_wiki import wiki_furniture
from models.ingest.clean_compilation import COMPILATION, compilation_contents
from models.ingest.clean_edges import (
    licence_note_over_title,
    licence_tail,
    outline_preview,
    portal_heads,
    watermark_tail,
)
from models.ingest.clean_prelude import (
    DELIVERY,
    HEADING,
    SALUTATION,
    beside_signature,
    date_pieces,
    inside_sentence,
    keeps,
    names_report,
    place_over_title,
    running_heads,
    signed_month,
    title_pieces,
)
from models.ingest.clean_site_words import own_contact, site_word_count, tool_coverage, weak_count
from models.ingest.clean_store_notices import STORE_NOTICE, is_store_field, store_notices
from models.ingest.clean_tables import column_heads, table_lines
from models.ingest.rejoin_marks import visual_width
from models.ingest.rejoin_styles import token_lines

_SENTENCE = re.compile(r"[，,。；;！!？?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a lone 附件 line: a page's empty attachment box, or a 公文's own attachment note over its attachment's title
_ATTACHMENT = re.compile(r"^附件\s*[:：]?$")
_ITEM = re.compile(r"^\s*\d{1,2}\s*[、.．]\s*\S")  # a numbered item: a notice lists its attachments so
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)\s*$", re.IGNORECASE)
_PRELUDE_LIMIT = 40  # lines looked at for the start of the body (lines a line alone shows to be chrome not counted)
_FLAT_TEXT = 300  # characters: a line this long holding many sentences is a text set on one line
_YEAR_LED = re.compile(r"^(?:19|20)\d\d(?=\s*[\u4e00-\u9fff])")


@dataclass(frozen=True)
class BlockResult:
    """Roles of the lines (``body``, ``chrome``, ``header``) and header strings found on the way."""

    roles: list[str]
    headers: dict[int, str]  # line index -> header string read from it
    reasons: list[str]
    cuts: dict[int, list[tuple[int, int]]]  # line index -> spans to delete inside a kept line


def _body_start(lines: list[str], pre: list[LineClass]) -> int:
    flat = -1  # a text flattened onto one line opens with its title and delivery line: the body all the same
    for i, line in enumerate(lines[: prelude_window(lines, pre, _PRELUDE_LIMIT)]):
        if pre[i].kind != "body" or is_page_debris(line):
            continue
        if SALUTATION.search(line) and (i + 1 == len(lines) or len(lines[i + 1]) >= 10):
            return i  # an addressee opens the text that follows it (not 今天是: over a tool bar)
        if HEADING.match(line) and len(_CJK.findall(HEADING.sub("", line))) >= 3 and "篇" not in line[:5]:
            return i
        if len(line) >= 50 and _SENTENCE.search(line) and not DELIVERY.search(line[:60]):
            return i
        if len(line) >= 20 and line[-1] in "。！？!?：:" and not DELIVERY.search(line[:60]):
            return i
        if _wrapped_opening(lines, pre, i):
            return i
        if flat < 0 and len(line) >= _FLAT_TEXT and len(_SENTENCE.findall(line)) >= 10:
            flat = i
    return max(flat, 0)


_WRAPPED_MIN = 20  # characters: a printed line of running text (a menu's or a title's line is shorter)


def _wrapped_opening(lines: list[str], pre: list[LineClass], i: int) -> bool:
    """``lines[i]`` opens a paragraph a hard wrap cut into printed lines, none long nor ending a sentence (a PDF
    copy's ``2019年,某县高举…伟大旗帜,`` ⏎ ``切实贯彻…奋发``): it holds a clause mark and stops mid-sentence, the next
    line carries it on at the same printed width, and the two hold two marks or more and no site's words."""
    if i + 1 >= len(lines) or pre[i + 1].kind != "body":
        return False
    line, nxt = lines[i], lines[i + 1]
    if min(len(line), len(nxt)) < _WRAPPED_MIN or line[-1] in "。！？!?：:" or HEADING.match(nxt):
        return False
    if not _SENTENCE.search(line):
        return False  # a title over its text, as wide as the text's printed lines (XX区某局2022年工作总结…: 461)
    width = visual_width(line)
    if abs(visual_width(nxt) - width) > max(4, width // 8) or len(_SENTENCE.findall(line + nxt)) < 2:
        return False
    pair = line + nxt
    return not DELIVERY.search(pair[:60]) and not site_word_count(pair) and not weak_count(pair)


def _own_text_from(lines: list[str]) -> int:
    """The first line that is evidently the report's own: an addressee, a delivery line or a paragraph."""
    for i, line in enumerate(lines[:_PRELUDE_LIMIT]):
        if SALUTATION.search(line) or DELIVERY.search(line[:60]):
            return i
        if len(line) >= 50 and "。" in line and not site_word_count(line) and not weak_count(line):
            return i
    return min(len(lines), _PRELUDE_LIMIT)


_EMPTY_KEY = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]$")  # a header row's key whose value the page set a line down


# a 公开 note a 公文 prints under its last article or on its cover (公开方式：主动公开, 公开时间:…, 公开日期:…),
# one field alone
_OWN_NOTE = re.compile(r"^公开(?:方式|时间|日期)\s*[:：]\s*\S+$")


_HEADLINE_MAX = 40  # characters: a headline of two phrases, never a paragraph


def _headline(line: str) -> bool:
    """A news headline's shape: two phrases parted by one comma, no sentence end, no section label."""
    text = _compact(line)
    return (
        len(text) <= _HEADLINE_MAX
        and len(re.findall(r"[,，]", text)) == 1
        and not re.search(r"[。；;！!？?:：、]", text)
        and not HEADING.match(text)
        and min(len(p) for p in re.split(r"[,，]", text)) >= 6
    )


def classify_blocks(lines: list[str], pre: list[LineClass]) -> BlockResult:
    """Decide the role of every non-blank line of a page.

    Args:
        lines: the trimmed, simplified, non-blank lines in order.
        pre: ``classify_line`` of each (its chrome and header decisions stand).

    Returns:
        One role per line, the header strings to read as metadata, spans to cut inside kept
        lines, and the reason for each role (for ``--debug``).
    """
    n = len(lines)
    roles: list[str] = [p.kind for p in pre]
    reasons = ["line" if p.kind != "body" else "" for p in pre]
    reasons = [IMAGE_LINE if r and image_line(line) else r for r, line in zip(reasons, lines, strict=True)]
    headers: dict[int, str] = {}
    cuts: dict[int, list[tuple[int, int]]] = {}
    preview = outline_preview(lines, names_report)
    for i in preview:
        roles[i], reasons[i] = "chrome", "a doc site's outline before the title"
    for i in compilation_contents(lines, names_report):
        roles[i], reasons[i] = "chrome", COMPILATION
        preview.add(i)
    for i in store_notices(lines, roles, _own_text_from(lines)):
        roles[i], reasons[i] = "chrome", STORE_NOTICE
        preview.add(i)
    # a site's notice to its reader is a sentence, never the text's start (您将跳转至新网站进行购买,…。: 1648)
    notices = {i for i in range(min(n, _PRELUDE_LIMIT)) if reader_notice(lines[i])}
    start = _body_start(lines, [LineClass("chrome") if i in preview or i in notices else p for i, p in enumerate(pre)])
    table_head = column_heads(lines, [p.kind for p in pre], start)
    prev_keep = ""
    for i in range(start):
        if roles[i] != "body":
            continue
        if i in table_head:
            reasons[i] = TABLE_HEAD
            continue
        line = lines[i]
        header = header_for(line, prelude=True)
        if header:
            roles[i], reasons[i] = "header", "page date/source"
            headers[i] = header
            continue
        tail = watermark_tail(line)
        if tail is not None:
            cuts.setdefault(i, []).append((tail, len(line)))
            line = line[:tail].rstrip()
        after = lines[i + 1] if i + 1 < n else ""
        if (wrapped_debris(line, after) or is_store_field(line)) and not own_contact(lines, roles, i):
            roles[i], reasons[i] = "chrome", "site words"
            continue
        if i and pre[i - 1].header and _EMPTY_KEY.match(lines[i - 1]) and not names_report(line):
            roles[i], reasons[i] = "header", "a header field's value under its key"  # 发布机构： ⏎ 楚雄市财政局
            headers[i] = lines[i - 1].strip() + line
            continue
        keep = keeps(line, prev_keep)
        if not keep and place_over_title(lines, i):
            keep = "place over title"
        if not keep and inside_sentence(lines, roles, i):
            keep = "text"  # a word a PDF's text layer set on a line of its own (请 ⏎ 予审 ⏎ 议，)
        if keep:
            reasons[i] = keep
            prev_keep = keep
            continue
        # (a year opening the title is the text's, no tool's figure: 2016成绩单)
        bare = _YEAR_LED.sub("", line.rstrip(":："))
        if i == start - 1 and i > 0 and roles[i - 1] != "chrome" and not tool_coverage(bare):
            reasons[i] = "heading before the body"  # a section title standing right over the text
            continue
        roles[i], reasons[i] = "chrome", "short prelude line"
    leader_directories(lines, roles, reasons, start)
    date_pieces(lines, roles, reasons, start)
    if token_lines(lines):
        title_pieces(lines, roles, reasons, start)
    titled = [i for i in range(start) if reasons[i] == "title"]
    # split copies of a prelude line (a title printed again over two lines)
    seen = {_fuzzy(lines[i]) for i in range(start) if reasons[i] in ("title", "site words", "short prelude line")}
    for i in range(n - 1):
        if (
            roles[i] == roles[i + 1] == "body"
            and len(lines[i]) >= 4
            and _fuzzy(lines[i]) + _fuzzy(lines[i + 1]) in seen
        ):
            roles[i] = roles[i + 1] = "chrome"
            reasons[i] = reasons[i + 1] = "repeats the page head (split)"
    compilation_labels(lines, roles, reasons, start)
    posting_lines(lines, roles, reasons, start)
    site_banners(lines, roles, reasons, start)
    contact_banners(lines, roles, reasons, start)
    page_title_lines(lines, roles, reasons, start)
    headlines_over_title(lines, roles, reasons, start)
    glued_blocks(lines, roles, reasons, start)
    prelude_titles(lines[:start], roles, reasons, cuts)
    titles_glued_to_text(lines, roles, reasons, start)
    contradicted_labels(lines, roles, reasons, start)
    opening_title_copies(lines, roles, reasons, start)
    full_text_headings(lines, roles, reasons, start)
    portal_heads(lines, roles, reasons, start)
    slogans_over_title(lines, roles, reasons, titled)
    between_chrome(lines, roles, reasons, start)
    bullet_menus(lines, roles, reasons, start)
    head = {
        _fuzzy(lines[i]) for i in range(start) if (roles[i] == "chrome" and i not in preview) or reasons[i] == "title"
    }
    # a news headline of two phrases over the text (…工作重点,强化现代农业基础支撑), printed again between its
    # paragraphs: a farm's wrapper repeats its headline, no report repeats a line of its own so (1759)
    head |= {_fuzzy(lines[i]) for i in range(start) if reasons[i] == "text" and _headline(lines[i])}
    # the speaker line (office and name) printed again under the salutation: a report names its speaker once (1765)
    head |= {_fuzzy(lines[i]) for i in range(start) if reasons[i] == "speaker" and len(_fuzzy(lines[i])) >= 6}
    last_paragraph = _last_paragraph(lines, start)
    pages = page_numbers(lines, roles, start)
    for i in pages:
        roles[i], reasons[i] = "chrome", PAGE_NUMBER
    table_cells, table_rules = table_lines(lines, start, skip=pages)
    running = running_heads(lines, start)
    file_names = Counter(_fuzzy(line) for line in lines if _FILE_NAME.search(line))
    for i in range(start, n):
        line = lines[i]
        if roles[i] == "header" and line.startswith("主题词"):
            roles[i], reasons[i] = "body", "the document's own 主题词"
        if roles[i] != "body":
            continue
        if i in table_cells:
            reasons[i] = TABLE_CELL  # a flattened table's figures and names are text, however short
            continue
        if i in table_rules:
            roles[i], reasons[i] = "chrome", TABLE_RULE
            continue
        if i <= start + 2 and (row := fields_glued_to_text(line)):  # the page's fields row, the text run on
            cuts.setdefault(i, []).append((0, row[0]))
            if row[1]:
                headers[i] = row[1]
            continue
        key = _fuzzy(line)
        if _FILE_NAME.search(line) and (file_names[key] >= 2 or re.fullmatch(r"(.{6,}?)\1+", key)):
            roles[i], reasons[i] = "chrome", "a store's file name printed again (an attachment list names a file once)"
        elif i in running:
            roles[i], reasons[i] = "chrome", RUNNING_HEAD
        elif (
            key in head
            and len(key) >= 4
            and _CJK.search(key)
            and not beside_signature(lines, i)
            and not signed_month(lines, i)
        ):
            roles[i], reasons[i] = "chrome", "repeats the page head"
        elif any(len(h) >= 8 and key.endswith(h) and site_word_count(key[: -len(h)]) for h in head):
            roles[i], reasons[i] = "chrome", "repeats the page head after the site's name"
        elif (tail := watermark_tail(line)) is not None:
            cuts.setdefault(i, []).append((tail, len(line)))  # the paragraph stays, the site's mark goes
        elif (
            is_page_debris(line, edge=i > last_paragraph) or (i > last_paragraph and is_store_field(line))
        ) and not own_contact(lines, roles, i):
            if (glued := notice_tail(line)) is not None:
                cuts.setdefault(i, []).append((glued, len(line)))  # the paragraph stays, the notice glued to it goes
            else:
                roles[i], reasons[i] = "chrome", "site words"
        elif i >= n - 3 and (header := header_for(line)):
            roles[i], reasons[i] = "header", "page source"
            headers[i] = header
    text_from = next((j for j in range(n) if roles[j] == "body" and reasons[j] in ("", "heading")), n)
    for i in range(text_from + 1, n):
        if roles[i] == "header" and _OWN_NOTE.match(lines[i]):
            roles[i], reasons[i] = "body", "the document's own 公开 note (its text has begun)"
    for i in range(n - 1):
        own = roles[i + 1] == "body" and (not _FILE_NAME.search(lines[i + 1]) or bool(_ITEM.match(lines[i + 1])))
        if roles[i] == "chrome" and _ATTACHMENT.match(lines[i]) and own:
            roles[i], reasons[i] = "body", "the document's own 附件 line (its attachment's title follows)"
    reader_lines(lines, roles, reasons, start, table_cells)
    captions_over_dateline(lines, roles, reasons)
    repeated_lead_captions(lines, roles, reasons)
    licence_tail(lines, roles, reasons)
    licence_note_over_title(lines, roles, reasons)
    wiki_furniture(lines, roles, reasons)
    series_navigation(lines, roles, reasons)
    page_tail(lines, roles, reasons, last_paragraph)
    opening_copies(lines, roles, reasons, start, last_paragraph)
    lead_blurbs(lines, roles, reasons, start)
    titles_over_run_in(lines, roles, reasons, start)
    spread_to_neighbours(lines, roles, reasons)
    return BlockResult(roles, headers, reasons, cuts)
