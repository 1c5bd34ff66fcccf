"""Unnumbered heading candidates: short lines standing alone as titles of what follows, with their evidence."""

from __future__ import annotations

import re

from models.ingest.outline_asides import headline_deck, is_aside
from models.ingest.outline_cuts import goes_on, runs_on_to_stop, wrapped_lines
from models.ingest.outline_headlines import headline_series, paragraph_piece
from models.ingest.outline_leads import lead_lines
from models.ingest.outline_lines import (
    BODY_MIN_CHARS,
    DOCUMENT_TITLE,
    FRONT_MATTER,
    HEADING_WORDS,
    PLAIN,
    Candidate,
    Line,
    has_sentence_end,
    is_body,
    squeeze,
)
from models.ingest.outline_lost import (
    LOST_LEFTOVER,
    PLAIN_BASE,
    in_gap,
    lost_first,
    lost_labels,
    mark_gaps,
    mark_leftovers,
)
from models.ingest.outline_notes import NOTES, opens_notes
from models.ingest.outline_opening import opening_headings
from models.ingest.outline_paragraphs import runs_on_in_paragraph
from models.ingest.outline_plain_context import (
    PAIRS,
    after_notice,
    between_paragraphs,
    copied_before,
    cut_short,
    first_section_title,
    glued,
    introduced,
    issues_itself,
    opens_document,
    opens_long_line,
    over_first_subhead,
    review_over_period,
    short_annex_over_name,
    two_clause_headlines,
    year_headline,
)
from models.ingest.outline_plain_cut import cut_last_heading
from models.ingest.outline_plain_shape import (
    ANNEX_LABEL,
    ANNEX_TITLED,
    FARM_SUFFIX,
    FRONT_BACK,
    NAMED,
    NO_LINE_START,
    QUALIFIER,
    TAKES_OBJECT,
    WORD,
    annex_title_shape,
    colon_head,
    opens_run,
    plain_shape,
    retitle_shape,
)
from models.ingest.outline_quoted import quoted_before, quoted_names
from models.ingest.outline_rows import unpaged
from models.ingest.outline_sidebars import bracketed_heads, bulleted_heads

PLAIN_WORDING = 1.3  # ends with a heading word (…情况, …问题, …打算)
PLAIN_NAMED = 3.0  # 名词解释, 附件1, 附录
PLAIN_OPENS_NUMBERING = 1.0  # the next line is numbered 1
PLAIN_PROSE_AROUND = 0.3  # each of: prose ends just before it, prose follows it
PLAIN_AFTER_HEADING = 0.8  # right under a heading alone on its line, prose after: its first subheading
PLAIN_FRAGMENT = -1.5  # the line before stops mid-sentence: a phrase cut out of a paragraph
PLAIN_CUT = -3.0  # the next line goes on with 、 or ， or a bracket stays open: a phrase cut out of a sentence
PLAIN_AFTER_TITLE_LINE = -1.5  # the line before is a short line of no prose that opens nothing: a title goes on
PLAIN_NO_NUMBERING = 1.0
PLAIN_OPENER = 1.0  # an excerpt opening at a part of a report with the part's title (2022年工作回顾 ⏎ prose)
PLAIN_HEADLINE = 1.3  # a paper's year-and-result headline under the report's title: worded as a part's title
PLAIN_DASHED = 2.0  # ——… alone on its line with no final punctuation, a paragraph after: a dash-led sub-head
_DASHED = re.compile(r"[—－-]{2,}(?=[\u4e00-\u9fff])")
# a title's subtitle naming the document (——某街道办事处工作报告, ——在…会议上的讲话): a cover line, no sub-head
_SUBTITLE = re.compile(r"[—－-]{2,}(?:在|[^。，,；;：:]{2,40}(?:报告|讲话|发言|致辞|总结)\s*$)")
PLAIN_ANNEX_TITLE = 2.0  # right under 附件1 alone on its line: the attachment's own title, whatever follows it
PLAIN_RETITLED = 2.0  # a contents entry's title again without its label, opening the body: that part's heading
PLAIN_LEAD_IN = 0.3  # 工会工作： the colon announces the paragraphs after it
PLAIN_REPEATED = -2.0  # the same line came before: the report's title repeated by a web page


def plain_candidates(text: str, lines: list[Line], numbered: list[Candidate], prose_at: int) -> list[Candidate]:
    """Unnumbered heading candidates: short standalone lines with prose before and prose or a heading after."""
    by_line: dict[int, Candidate] = {}
    for c in numbered:
        if c.start == lines[c.line].start:
            by_line.setdefault(c.line, c)
    title_lines = {c.line + 1 for c in numbered if c.title_start >= lines[c.line].end}
    any_numbered = any(c.score > 1.0 for c in numbered)
    alone = {c.line: c.heading_end == lines[c.line].end and not is_body(text, lines[c.line]) for c in numbered}
    out: list[Candidate] = []
    last = len(lines) - 1
    earlier: set[str] = set()
    sub_heads: set[str] = set()  # titles of earlier candidates over a paragraph
    # names quoted in the text (关于印发《…》的通知): a line that is one of them titles the document it introduces
    quoted = quoted_names(text)
    joined_to: int | None = None
    opener = first_section_title(text, lines, prose_at)
    headline = opener is not None and year_headline(text, lines, opener)
    annex_alone: set[int] = set()
    # titles of labelled lines (第一部分 某局2022年部门预算编制说明 in a package's contents list): the same title on
    # a line of its own further on is that part's heading in the body, even before any prose
    # (not a content farm's 第一篇：<title> over the essay it strings in: the title again under it is the essay's)
    wrapped = wrapped_lines(text, lines)
    # (keyed on the title the label's candidate read, and on the whole entry after its label: a title the candidate
    # cut at its colon, 1.2023“两会”解读…要点之一:2022年工作回顾 2, comes again whole)
    labelled: dict[str, int] = {}
    for c in numbered:
        if c.start == lines[c.line].start and not (c.style == "di_篇" and text[c.label_end : c.label_end + 1] in "：:"):
            labelled.setdefault(squeeze(unpaged(c.title(text))), c.line)
            labelled.setdefault(squeeze(unpaged(text[c.label_end : lines[c.line].end].strip())), c.line)
    headlines = two_clause_headlines(text, lines)
    # bullet-led heads (★ …, two or more alike): the short line right over the first titles their run
    bullets = bulleted_heads(text, lines, set(by_line))
    bullet_lines = {c.line for c in bullets}
    bullet_first = bullet_lines - {c.line + 1 for c in bullets}
    deck = 1 if headline_deck(text, lines) else None  # 旅游产业发展喜获佳绩 ⏎ ——卓尼县获得…: the headline's deck
    for i, line in enumerate(lines):
        if i > 0:
            earlier.add(text[lines[i - 1].start : lines[i - 1].end])
        # a dash-led sub-head may open the text right under its title (a speech's ——在…会议上 subtitle is no sub-head)
        early_dash = not line.split and _DASHED.match(text, line.start, line.end) is not None
        early_dash = early_dash and not _SUBTITLE.match(text[line.start : line.end])
        retitled = labelled.get(squeeze(text[line.start : line.end]), i) < i
        # 重点工作： alone on its line under the title, the numbered items from 1 after it: a sub-head with its colon
        # (in a report run together, a piece between blanks, the first item the next piece: 重点工作:  一、…)
        early_colon = i > 0 and colon_head(text, line) and opens_run(by_line.get(i + 1))
        # 前言 / 结束语 alone on its line (letter-spaced as a title often is): a part of the document by its name
        front = not line.split and FRONT_BACK.fullmatch(squeeze(text[line.start : line.end])) is not None
        # the name its notice's title quotes, the first article or chapter right under it: the text lost the
        # notice's own paragraphs and the document it issues starts here
        # (or the title of a document a page reprints after its lead-in: …详情如下： ⏎ 某市人民政府关于…的函)
        reprinted = not line.split and introduced(text, lines, i)
        issued = not line.split and i > 0 and (opens_document(text, lines, i, quoted) or reprinted)
        early = early_dash or retitled or early_colon or front or issued
        if i >= last or (line.start <= prose_at and i != opener and not early):
            continue
        if i in by_line or i in title_lines or i == joined_to or i in bullet_lines:
            continue
        if line.split and runs_on_in_paragraph(text, line):
            continue  # 主导产业多点开花。 优化发展…: a run-in lead of a paragraph written on its line (322)
        s = text[line.start : line.end]
        if is_aside(s) or i == deck:
            continue  # 新闻发布会现场(通讯员供图), 首先，我简要报告…: a caption or a speaker's turn, no heading
        nxt = lines[i + 1]
        if short_annex_over_name(text, line, nxt, quoted):  # 附: 关于…的通报, one heading in a one-line copy
            out.append(Candidate(i, PLAIN, DOCUMENT_TITLE, line.start, line.start + 1, nxt.start, nxt.end))
            out[-1].score, joined_to = PLAIN_BASE + PLAIN_NAMED, i + 1
            continue
        # a quoted title written over two lines, or two pieces of a one-line report: 常州市发展和改革委员会  2020年…
        two_lines = i + 2 <= last and not has_sentence_end(text, line) and not has_sentence_end(text, lines[i + 1])
        joined = (
            two_lines
            and not re.search(r"[：:]", s)  # 责任单位：某厅 ⏎ 《…》's name: a field line, not the name's author
            and WORD.search(s) is not None  # — 1 — 珠海市…计划: a page number's dash is no half of a title
            and s[0]
            not in "(（"  # (此件公开发布) ⏎ the document's title: the notice's closing note, not its first half
            and quoted_before(quoted, text, line.start, lines[i + 1].end)
        )
        if joined and not quoted_before(quoted, text, line.start, line.end):
            cand = Candidate(i, PLAIN, DOCUMENT_TITLE, line.start, line.start, line.start, lines[i + 1].end)
            cand.score = PLAIN_BASE + PLAIN_NAMED
            # 附件1 alone on its line over the attachment's title written over two lines: its child
            cand.annex_title = i - 1 in annex_alone
            out.append(cand)
            joined_to = i + 1
            continue
        head = line
        if line.split and s.endswith("。") and "。" not in s[:-1]:
            # a one-sentence piece of a one-line report standing before its paragraph: 科技申报项目有成效。
            head = Line(line.start, line.end - 1, True)
            s = s[:-1]
        elif not line.split and s.endswith("。") and "。" not in s[:-1] and lost_first(numbered, i, alone):
            # (一) lost: one sentence right under a heading line, a (二) after it (372 镇域经济平稳增长，…。)
            head = Line(line.start, line.end - 1)
            s = s[:-1]
        elif not line.split and s.endswith("。") and "。" not in s[:-1] and in_gap(text, lines, numbered, i):
            # (二) lost between (一) and (三): its title alone on its line as one short sentence (机构设置。)
            head = Line(line.start, line.end - 1)
            s = s[:-1]
        elif (not line.split or early_colon) and colon_head(text, line):
            # 工会工作： alone on its line, its paragraphs after: a sub-head written with a lead-in colon
            head = Line(line.start, line.end - 1)
            s = s[:-1]
        # ——坚持改进作风,自身建设不断加强 alone on its line, no final punctuation: the title of the paragraph after
        dashed = _DASHED.match(s)  # (a piece of a report run together as well: a line of the copy)
        if dashed is not None and (text[line.end - 1] in "。！？；：:，," or "会议" in s):
            dashed = None
        if dashed is not None and not plain_shape(text, Line(line.start + dashed.end(), head.end), True):
            dashed = None
        named = (NAMED.match(s) is not None and line.end - line.start <= 60) or front
        # 附件：<title> over the attachment's own sections, numbered afresh from 一、: the attachment printed after
        # its notice, not the notice's list of attachment names
        named = named or (ANNEX_TITLED.match(s) is not None and opens_run(by_line.get(i + 1)))
        note = NOTES.match(text, line.start, line.end) if opens_notes(text, lines, i) else None
        if note is not None:  # 注释： / 注:1.本公报…: the notes section of a bulletin, its colon dropped
            head, s, named = Line(line.start, note.end(1)), note.group(1), True
        # (or a document's title its preamble names: 特制定本行动计划, the notice quoting it lost in a cut copy)
        is_quoted = quoted_before(quoted, text, line.start, head.end) or issues_itself(text, head, nxt) or reprinted
        named = named or is_quoted
        under = bool(alone.get(i - 1)) and is_body(text, nxt)
        one_comma = under or head is not line or i in headlines
        # (an attachment's own title under its 附件1 line may be as long as a document's title)
        annex_child = i - 1 in annex_alone and annex_title_shape(text, head)
        shaped = plain_shape(text, head, one_comma) or (retitled and retitle_shape(text, head))
        if not named and dashed is None and not annex_child and not shaped:
            continue
        if FARM_SUFFIX.search(s):
            continue  # …工作总结(通用5篇), …计划范文: a content farm's label of a whole document, never a section
        if (
            line.split
            and not named
            and not s.endswith(HEADING_WORDS)
            and not under
            and i - 1 not in annex_alone  # 附件1 某县重点工作任务清单: the attachment's title after its label
            and dashed is None  # (——在推进“放管服”改革上精准发力 alone between blanks: its own line's shape, 717)
            and i not in headlines  # (a series of two-clause headlines, pieces as they are lines)
            and not between_paragraphs(text, lines, i)
        ):
            continue  # a piece of a one-line report is an unnumbered heading by its wording or right under a heading
        prev = lines[i - 1]
        if line.split and prev.split and i - 1 not in annex_alone and glued(text, prev):
            continue  # (附件1 ends with its number: a label, not a phrase going on)
        nxt_num = by_line.get(i + 1)
        # (a paragraph's first line in a hard-wrapped copy: its words run on to the next line, its stop further on)
        nxt_body = is_body(text, nxt) or i + 1 in wrapped or opens_long_line(text, nxt) or i + 1 in bullet_first
        # (a piece of a report run together: its paragraph may run on past a stray blank, …关于学徒学习的 ​ 期限、…)
        nxt_body = nxt_body or (line.split and paragraph_piece(text, lines, i + 1))
        # (or a line a wrap cut inside its sentence where the copy's widths vary: …开启新局面、 ⏎ 城市综合竞争力…)
        nxt_body = nxt_body or (not line.split and goes_on(text, nxt))
        # (or a paragraph wrapped at uneven widths, its first line running on to a stop a few lines down)
        nxt_body = nxt_body or (not line.split and runs_on_to_stop(text, lines, i + 1))
        # (the last line of a copy cut short, no sentence end: the paragraph it began, under the last of a series)
        nxt_body = nxt_body or (i + 1 == last and any(c.style == PLAIN for c in out) and cut_short(text, nxt))
        # (under 附件1 alone on its line the attachment's own title heads whatever follows: a table's first cells)
        # (or a part's title right over its first sub-head: 2025年全市预算执行情况 ⏎ 一般公共预算 ⏎ prose)
        over_sub = not line.split and nxt_num is None and not nxt_body and over_first_subhead(text, lines, i, by_line)
        if nxt_num is None and not nxt_body and not named and not annex_child and not over_sub:
            continue
        if nxt_num is not None and line.split and head is not line and not early_colon:
            continue  # 为实现上述目标，重点抓好以下八个方面工作。 （一）…: a sentence leading into numbered items
        score = PLAIN_BASE
        # (an attachment's title under its 附件 line repeats the 附件： list of the notice: no copy)
        if retitled:
            score += PLAIN_RETITLED
        elif (
            i - 1 not in annex_alone
            and not after_notice(text, prev)
            and (s in earlier or (not is_quoted and copied_before(s, earlier)))
            # (a sub-head read before over its own paragraph, again over a paragraph: the same series under another
            # part, 一般公共预算 under 2025年执行情况 and under 2026年预算, no page's copy of a title)
            and not (nxt_body and not line.split and s in sub_heads)
        ):
            score += PLAIN_REPEATED
        if named:
            score += PLAIN_NAMED
        elif s.endswith(HEADING_WORDS) and (
            head is line or not line.split or early_colon
        ):  # a sentence piece needs a series
            score += PLAIN_WORDING + (PLAIN_LEAD_IN if head is not line else 0.0)
        if nxt_num is not None and nxt_num.value == 1:
            score += PLAIN_OPENS_NUMBERING
        if nxt_body:
            score += PLAIN_PROSE_AROUND
        if i == opener == 0:  # (an excerpt opening at a part: no title above it, its prose under it)
            score += PLAIN_OPENER
        elif i == opener and headline:
            score += PLAIN_HEADLINE
        prev_last = text[prev.end - 1]
        opens_nothing = i - 1 not in alone and i - 1 != joined_to and (not out or out[-1].line != i - 1)
        # (a contents entry's title again: the line before closes the contents, no title going on)
        if opens_nothing and i != opener and not retitled and not is_body(text, prev) and not after_notice(text, prev):
            score += 0.0 if review_over_period(text, line, nxt) else PLAIN_AFTER_TITLE_LINE
        if i - 1 in annex_alone:
            score += PLAIN_ANNEX_TITLE
        if dashed is not None:
            score += PLAIN_DASHED
        if under:
            score += PLAIN_AFTER_HEADING
        elif prev_last in "。！？!?：:；;”":
            score += PLAIN_PROSE_AROUND
        elif prev.end - prev.start >= BODY_MIN_CHARS and i - 1 not in by_line:
            score += PLAIN_FRAGMENT
        if (
            text[nxt.start] in NO_LINE_START
            or any(s.count(a) > s.count(b) for a, b in PAIRS)
            or TAKES_OBJECT.search(s) is not None
        ):
            score += PLAIN_CUT
        if not any_numbered:
            score += PLAIN_NO_NUMBERING
        # an unnumbered subheading right under a heading may be a first item whose label was lost: value 1
        value = DOCUMENT_TITLE if is_quoted else FRONT_MATTER if front else 1 if under else 0
        label_end = title_at = line.start
        annex = ANNEX_LABEL.match(text, line.start, head.end)
        if annex is not None:  # 附件1：部门决算公开表: the label as written, the attachment's title after it
            label_end, title_at = annex.end(1), annex.end()
        elif dashed is not None:
            title_at = line.start + dashed.end()  # the dash is no label
        elif (left := LOST_LEFTOVER.match(text, line.start)) is not None:
            title_at = left.end()  # 、经济建设… / ()水旱…: the leftover of a label whose numeral was lost
        end = head.end
        while end > title_at + 1 and text[end - 1] in "：:":
            end -= 1  # 《政府工作报告》全文： over the text it names: the title without its lead-in colon
        cand = Candidate(i, PLAIN, value, line.start, label_end, title_at, end)
        if end == line.end and text[line.end : nxt.start] == "\n" and QUALIFIER.fullmatch(text, nxt.start, nxt.end):
            cand.gaps, cand.heading_end = ((line.end, nxt.start),), nxt.end  # …发展规划纲要 ⏎ （2006—2010年）
        cand.score = score
        if nxt_body and not line.split:
            sub_heads.add(s)
        cand.under = under
        cand.named = named and not is_quoted
        # 附件1 alone on its line, the attachment's own title on the next: that title is its child
        cand.annex_title = i - 1 in annex_alone
        if annex is not None and title_at >= head.end:
            annex_alone.add(i)
        out.append(cand)
    # (the text's last line, a heading the excerpt's end cut: 2020年工作计 under a title naming 2020年工作计划)
    cut = cut_last_heading(text, lines, prose_at) if last not in by_line and last not in bullet_lines else None
    out.extend([cut] if cut is not None else [])
    opened = frozenset(c.line for c in opening_headings(text, lines, {}))  # (the first part's, where it runs in)
    out.extend(headline_series(text, lines, by_line, prose_at, {c.line for c in out}, opened))
    out.extend(lead_lines(text, lines, set(by_line), prose_at, {c.line for c in out}))
    out.extend(lost_labels(text, lines, set(by_line), prose_at, {c.line for c in out}))
    out.extend(opening_headings(text, lines, {c.start: c for c in [*numbered, *out]}))
    out.extend(bracketed_heads(text, lines, {c.line for c in out} | set(by_line)))
    out.extend(c for c in bullets if c.line not in {o.line for o in out})
    mark_leftovers(text, out)
    out.sort(key=lambda c: c.start)
    mark_gaps(text, lines, numbered, out)
    return out
