"""Reading a report's title: the head's best line, then each fallback in order (a named or sent document, a
run-in title, a news lead's document, a doc store's file name, a portal's barred title, a headline), then the refusals
(a news site's headline, a compilation's label, a label the text rules out) and the rescues (a store's copy, a label
before the own title, a farm's template)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.ingest.clean import CleanText
from models.ingest.metadata_candidates import Choice
from models.ingest.metadata_issuers import source_is_issuer
from models.ingest.metadata_learned import rank_titles
from models.ingest.metadata_lines import display_lines
from models.ingest.metadata_page_lines import (
    line_above_body,
    lines_above_body,
    lines_set_aside_below,
    opening_line_above_body,
)
from models.ingest.metadata_pages import run_in_notice_title, run_in_title
from models.ingest.metadata_publisher import portal_furniture
from models.ingest.metadata_template_titles import dated_label_over_template, template_title
from models.ingest.metadata_title_choice import choose_title, named_document
from models.ingest.metadata_title_store import (
    compilation_label,
    first_of_compilation,
    first_of_oneline_compilation,
    own_title_after_store_copy,
    piece_of_collection,
)
from models.ingest.metadata_titles import (
    after_news_lead,
    headline,
    original_title,
    released_document,
    sent_document,
    slogan_over_subtitle,
)
from models.ingest.title_archive import archive_heading
from models.ingest.title_contradicted import label_contradicted, label_ruled_out
from models.ingest.title_edges import title_before_font_bar, without_spam_chain
from models.ingest.title_label_own import own_title_after_label
from models.ingest.title_news import (
    ANOTHER_BODY_REASON,
    bylined_headline,
    datelined_headline,
    news_site_headline,
    session_news_headline,
)
from models.ingest.title_repeated import repeated_headline
from models.ingest.title_rescue import rescue_title


def _title_at(choice: Choice, numbered: list[tuple[int, str]], cleaned: CleanText) -> list[int]:
    """Where the text's first lines equal to the chosen title start in the original."""
    if choice.value is None:
        return []
    own = re.sub(r"\s+", "", choice.value)
    return [cleaned.offset_map.to_original(pos) for pos, line in numbered[:4] if re.sub(r"\s+", "", line) == own]


@dataclass(frozen=True)
class TitleRead:
    """The title chosen with its reason, a farm's dated label set aside (it still names the issuer), the
    document a news lead says was released (``None`` when the lead says none), and a headline or label refused
    that still names the issuer (another body's 来源 telling of the body a headline names, 2176; a collection's
    label over its marked piece, 458)."""

    choice: Choice
    dated_label: str | None
    released: tuple[str, str] | None
    acting_headline: str | None = None


def read_title(
    cleaned: CleanText,
    original: str,
    numbered: list[tuple[int, str]],
    fields: dict[str, str],
    head: list[str],
    own: list[tuple[float, str, str]],
) -> TitleRead:
    """The title of a cleaned text: ``numbered`` its display lines with their offsets, ``fields`` the header's,
    ``head`` the head lines, ``own`` the document's own dates (their best year dates the candidates)."""
    lines = [line for _pos, line in numbered]
    best_own = max(own, key=lambda c: c[0])[1] if own else ""
    # (365彩票…_office365桌面应用林业局: a hijacker's keywords where the place's name stood go before titles are read)
    titled = without_spam_chain(head, original or cleaned.display_text)
    title_choice = rule_head = choose_title(fields.get("名称"), titled, year=best_own[:4])
    if title_choice.value is None:
        title_choice = named_document(lines)
    if title_choice.value is None and (sent := sent_document(lines)).value:
        title_choice = sent  # reason in _SENT_REASONS
    if title_choice.value is None and (notice := run_in_notice_title(lines)) is not None:
        title_choice = Choice(notice, "a 关于…的报告 title running into the first sentence")
    if title_choice.value is None:
        title_choice = run_in_title(lines)
    if title_choice.value is None and (lead := after_news_lead(lines, year=best_own[:4])).value:
        title_choice = lead
    if title_choice.value is None:
        # a doc store names the page after the file: its name is the report's when the text has no title
        stored = [c for c in cleaned.chrome_lines[:6] if re.search(r"\.(?:docx?|pdf|wps)$", c, re.IGNORECASE)]
        page = choose_title(None, stored, year=best_own[:4])
        title_choice = Choice(page.value, "the doc store's file name (the text has no title)") if page.value else page
    if title_choice.value is None and portal_furniture(cleaned.chrome_lines, cleaned.header_lines, lines):
        # a portal's article title set aside whole with the font-size bar glued after it (…工作要点 字号:[ ], 1787)
        barred = [t for c in cleaned.chrome_lines[:6] if (t := title_before_font_bar(c)) is not None]
        if (page := choose_title(None, barred, year=best_own[:4])).value:
            title_choice = Choice(page.value, "the portal's article title before its font-size bar")
    released = released_document(lines) if title_choice.value is None else None
    if released is not None:
        title_choice = Choice(released[0], "the document a news item's lead says was released")
    if title_choice.value is None and (head_title := headline(lines, source_is_issuer(fields.get("来源")))).value:
        title_choice = head_title
    if title_choice.value is None and (entry := archive_heading(original)) is not None:
        title_choice = Choice(entry, "a record's heading over its export's source-URL line")  # a yearbook entry (627)
    if title_choice.value is None and (repeated := repeated_headline(lines)).value:
        title_choice = repeated  # 国家统计局:X over X, X - 某市人民政府 over X: the page's headline (1380, 1430)
    if title_choice.value is None and (first_run := original_title([*lines[:8], *cleaned.chrome_lines[:12]])).value:
        title_choice = first_run  # 原标题:政府工作报告(图) under a repost's headline (2329)
    headline_read = title_choice.value
    title_choice = news_site_headline(title_choice, cleaned, lines, fields.get("来源"))  # date13: a news site's
    acting_headline = headline_read if title_choice.reason == ANOTHER_BODY_REASON else None
    first = first_of_compilation(title_choice.value, lines, cleaned.chrome_lines)
    if first is None:
        first = first_of_oneline_compilation(
            title_choice.value, lines
        )  # 目录1.某某报告2.… 某某报告各位代表: (844, 1934)
    if first is not None:
        title_choice = Choice(first, "the first document of a doc site's compilation")
    elif (own_line := own_title_after_store_copy(title_choice.value, lines)) is not None:
        title_choice = Choice(own_line, "the report's own title after a store's copy opening the body")
    elif (own_line := own_title_after_label(title_choice.value, lines)) is not None:
        title_choice = Choice(own_line, "the report's own title between a store's label and its delivery line")
    display_head = [line for _pos, line in display_lines(cleaned.display_text[:2000])[:2]]  # before unchunking
    if (slogan := slogan_over_subtitle(display_head)).value is not None:
        title_choice = slogan
    dated_label: str | None = None
    if (template := template_title(title_choice.value, lines, cleaned.chrome_lines)) is not None:
        title_choice = Choice(template, "the template's own title under a farm's dated label")
    elif dated_label_over_template(title_choice.value, lines):
        # the label's year is the farm's, its office the report's: it still names the issuer (1633)
        dated_label = title_choice.value
        title_choice = Choice(None, "a farm's dated label over a template (XX年)")
    # title_rescue: a second look when no title was found or the choice carries store debris
    start = cleaned.offset_map.to_original(numbered[0][0]) if original and numbered else 0  # the body's, in original
    above, opening = (
        (line_above_body(original, start), opening_line_above_body(original, start)) if start else (None, None)
    )
    block = tuple(lines_above_body(original, start)) if start else ()
    ends = [
        (line, cleaned.offset_map.to_original(end - 1) + 1)
        for pos, line in numbered[:4]
        if (end := cleaned.display_text.find("\n", pos)) > 0
    ]
    below = lines_set_aside_below(original, ends, cleaned.chrome_lines) if original else {}
    rescued = rescue_title(
        title_choice.value,
        lines,
        cleaned.chrome_lines,
        year=best_own[:4],
        above=above,
        opening=opening,
        block=block,
        below=below,
    )
    rescued = None if rescued and rescued.value and datelined_headline(rescued.value, lines) else rescued  # 2159
    if rescued is not None:
        title_choice = rescued
        if (template := template_title(title_choice.value, lines, cleaned.chrome_lines)) is not None:
            title_choice = Choice(template, "the template's own title under a farm's dated label")
    if title_choice.value is not None and session_news_headline(title_choice.value):
        # whichever path found it (a head line, a line the cleaner set aside, a headline): 1115, 1219, 1685
        title_choice = Choice(None, "a headline telling what a 人代会 session did is a news item's, no title")
    elif title_choice.value is not None and bylined_headline(title_choice.value, lines):
        title_choice = Choice(None, "a headline over a reporter's byline is no title")
    elif compilation_label(title_choice.value, lines, cleaned.chrome_lines):
        title_choice = Choice(None, "a farm compilation's label names no piece")
    elif piece_of_collection(
        title_choice.value, lines, cleaned.chrome_lines, original, _title_at(title_choice, numbered, cleaned)
    ):
        acting_headline = title_choice.value  # the label still names the office (民政…工作总结: 宁海县民政局, 458)
        title_choice = Choice(None, "a farm collection's label over a piece it marks, no own title of the piece")
    elif label_contradicted(title_choice.value, lines, own):
        title_choice = Choice(None, "a label the report's speaker sentence or delivery date rules out")
    elif label_ruled_out(title_choice.value, lines):
        title_choice = Choice(
            None, "a label its shape or the text's opening rules out (a domain, a township's 局, years)"
        )
    rank_titles(title_choice, rule_head, fields.get("名称"), head, lines, cleaned, best_own[:4])  # when asked
    return TitleRead(title_choice, dated_label, released, acting_headline)
