"""Choosing a report's title among its head lines and pairs of them, each choice with its reason.

The candidates are the lines of the head (before the salutation, the first heading or paragraph), and
pairs or runs of them when a title is split over lines; each is read and scored by
``metadata_candidates.title_text``/``title_score``, and a line naming a kind of report nearest the body wins.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import chain, pairwise

from models.folding import compact as _compact
from models.ingest.clean_prelude import place_over_title
from models.ingest.metadata_candidates import (
    ADOPTION_NOTE,
    COVER_CELL,
    NOT_TITLE,
    ORG_LINE,
    ORG_SUFFIX,
    OTHER_KIND,
    REPORT_END,
    SESSION_COVER,
    SPEAKER,
    Choice,
    issuer_line,
    page_row_columns,
    title_score,
    title_text,
)
from models.ingest.metadata_dates import MONTH_ONLY_LINE, find_dates, is_date_line
from models.ingest.metadata_fields import STRONG_KEYS, WEAK_KEYS
from models.ingest.title_edges import PAGE_TAIL
from models.ingest.title_issuer_lines import issuer_block_titles
from models.ingest.title_speech import (
    delivery_line_goes_on,
    glued_delivery_title,
    over_speech_subtitle,
    own_lines_over_delivery,
)
from models.ingest.title_splits import (
    GOES_ON,
    NATIONAL_BODY,
    SENTENCE_MARK_IN,
    SUBJECTLESS_CAPTION,
    body_name_goes_on,
    closes_about,
    first_part_of,
    joined_at_conjunctions,
    menu_row,
    names_body_place,
    names_itself_below,
    runs_on_to_kind,
    under_national_body,
    with_period_line,
    wrapped_twice,
)

_PLACE_START = re.compile(
    r"^(?:(?:19|20)\d\d年)?[\u4e00-\u9fff]{1,8}?[省市区县州旗镇乡]|^[\u4e00-\u9fff]{2,20}?(?:局|委|办)"
)

# (征求意见稿) (摘要) (草案), a draft with its version (征求意见稿V2.2, 讨论稿2); never (目录), a contents list
_NOTE_LINE = re.compile(
    r"^[(（](?!目\s*录)(?:[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{1,6}稿\s*[VvＶｖ]?\s*\d{1,2}(?:\.\d{1,2}){0,2})[)）]$"
)

# the last line of a wrapped 公文 title that opens with its bracketed period: (2020—2022年)的通知
_BRACKET_TAIL = re.compile(r"^[(（][^()（）]{2,24}[)）]\s*的[\u4e00-\u9fff]{0,4}(?:通知|意见|决定|报告|批复|函)$")
# a booklet's material that goes with the report named on the line above it (参阅材料, 名词解释)
_MATERIAL_LINE = re.compile(r"^(?:参阅材料|参阅资料|名词解释|解读材料)$")


# a site's credit line (某某集团技术支持, 技术支持:某科技, 版权所有 …, ICP备…号): who builds or hosts the page, never
# half a title (1923 prints its footer first; 1031's footer line, 299's and 933's pages carry the same credits)
_SITE_CREDIT = re.compile(r"(?:技术支持|版权所有|主办单位|承办单位)(?:\s*[:：]|\s*$)|ICP备")


def _cover_copy(text: str, above: str) -> bool:
    """``text`` is a cover line repeating the end of the title line above it, without the body's name."""
    bare = re.sub(r"(?:公开|说明)$", "", _compact(text))
    own = _compact(title_text(above)[0])
    dated = re.match(r"(?:19|20)\d\d年", bare) is not None  # the year and kind alone: 2022年度部门决算公开
    return dated and len(bare) >= 6 and len(own) > len(bare) + 3 and own.endswith(bare)


def _own_line_like(named: str, head: list[str]) -> str | None:
    """The report's own title line when the page's 名称 field copies it with a slip (双牌县2022年度年政府决算公开 over
    the own 双牌县2022年度政府决算公开): the site's field counts only when the own title is absent."""
    field = _compact(named)
    for line in reversed(head):
        text = title_text(line)[0]
        own = _compact(text)
        if own == field or "〔" in own or abs(len(own) - len(field)) > 2 or len(own) < 8:
            continue
        if SequenceMatcher(None, own, field).ratio() >= 0.9 and (title_score(text) or 0) >= 4:
            return text
    return None


# a page's header key (发布时间, 来源, 浏览次数 …: the keys ``metadata_fields`` reads) with its colon
_HEADER_KEY = re.compile(
    "(?:"
    + "|".join(sorted({*chain(*STRONG_KEYS.values()), *chain(*WEAK_KEYS.values())}, key=len, reverse=True))
    + r")\s*[:：]"
)


def _page_words_after(line: str) -> str | None:
    """What a page put after the title on its line (a posting field, a counter, a toolbar, the speaker's name),
    when the line opens with a title naming its kind and nothing after it names one: the words after it."""
    line = line.strip()
    cuts = [len(re.split(r"\s+", line)[0])]  # the first word, then a field's key (…工作总结发布时间：…, 浏览次数：128)
    cuts += [m.start() for m in _HEADER_KEY.finditer(line) if m.start() > 0]
    for cut in cuts:
        head, rest = _compact(line[:cut]), line[cut:]
        if not rest.strip() or len(rest) > 40 or len(head) < 8 or not REPORT_END.search(title_text(head)[0]):
            continue
        if re.search(r"[，,。；;！？!?:：]", head):
            return None  # a sentence (…现将有关情况汇报如下：), never a title with a page's words
        if REPORT_END.search(_compact(rest)) or OTHER_KIND.search(_compact(rest)) or re.search(r"[。；;！？!?]", rest):
            return None  # a second title or a sentence after it: not a page's words
        # the page's words: a field (key and colon), a figure or date, a toolbar word, a speaker's role and name
        page = re.search(r"[\u4e00-\u9fff]{2,6}\s*[:：]|\d", rest) or NOT_TITLE.search(rest) or SPEAKER.search(rest)
        return rest if page else None
    return None


_LEAD_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,14}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号\s+")


# a line that may end the first half of a title the next line goes on with (关于, 印发, 的, a conjunction), or that
# names the place or body the title below is about (平阴县 / 2020年…统计公报, 某乡人民政府(本级) / 2020年度部门决算…)
_GOES_ON_BELOW = re.compile(r"(?:关于|印发|转发|的|和|及|与|暨|之|[省市区县州旗镇乡局委办]|政府|公司)$")


def whole_title_below(line: str, nxt: str) -> bool:
    """``nxt`` is a whole title on its own, opening as a title opens (with its year, or with the words the line above
    opens with): the line above is a page's or a store's heading, or a forum's tag, never the first half of one title
    (``[LV.3]偶尔看看II`` / ``2020年某区政府工作报告``; ``某镇2011年…工作小结`` / ``某镇二○一一年…工作总结``)."""
    if menu_row(line):
        return True  # 专 题   综合新闻   …   人文开化 / 政府工作报告(全文): the site's menu row over its title (2320)
    own = _compact(title_text(nxt)[0])
    above = re.sub(r"[(（][^()（）]{1,8}[)）]$", "", _compact(line))  # 某乡人民政府(本级): the body, its note after it
    if len(own) < 8 or not REPORT_END.search(own) or _GOES_ON_BELOW.search(above):
        return False
    return re.match(r"(?:19|20)\d\d年", own) is not None or (len(above) >= 6 and own[:2] == above[:2])


def choose_title(named: str | None, head: list[str], year: str = "") -> Choice:
    """The title: the page's 名称 field, else the best head line (or split pair) naming a report."""
    if named:
        named = _LEAD_NUMBER.sub("", named)  # 江政办〔2020〕2 号 区人民政府办公室关于…: the 文号 before the title
    if named and len(named) >= 4 and not NOT_TITLE.search(named):
        if (own := _own_line_like(named, head)) is not None:
            return Choice(own, "the report's own title line over the page's 名称 field")
        return Choice(ADOPTION_NOTE.sub("", named).strip() or named, "名称 field")
    if (speech := over_speech_subtitle(head)) is not None:
        return Choice(speech, "the title over a speech's ——在…上的 subtitle")
    best = max(head_candidates(head, year), key=lambda c: c[0], default=None)
    if best is None or best[0] < 3:
        return Choice(None, "no title line")
    return Choice(best[1], best[2])


def head_candidates(head: list[str], year: str = "") -> list[tuple[float, str, str, int]]:
    """Every reading of the head's lines (and split pairs) as a title: (score, text, why, line index), in order;
    the first of equal scores is the rules' choice."""
    found: list[tuple[float, str, str, int]] = []
    # a table's header row opens at 序号: its cells (第二季度 / 完成情况) are no title (1251, 108, 1512)
    head = head[: next((k for k, line in enumerate(head) if _compact(line) == "序号"), len(head))]
    over_delivery = own_lines_over_delivery(head)
    columns = page_row_columns(head)  # 工作计划及完成情况 under 标题-工作计划及完成情况-政务公开-某局: a column's label
    tails: set[int] = set()  # lines that end a title split over two lines: 吉林省…社会发 / 展统计公报
    for i, line in enumerate(head):
        if i and delivery_line_goes_on(head[i - 1], line):
            continue  # …在某市…会议上 / 代市长某某作报告: the delivery line's speaker half, no title (1821)
        cands: list[tuple[str, str]] = [] if i in tails or _compact(line) in columns else [(line, "head line")]
        parts = joined_at_conjunctions(line.split())
        if len(parts) > 1 and all(REPORT_END.search(p) for p in parts) and not runs_on_to_kind(parts):
            cands = [(p, "one of the titles on a line") for p in parts]
        elif (
            len(parts) > 1
            and len(parts[-1]) >= 8
            and REPORT_END.search(parts[-1])
            and not re.match(r"关于|印发", parts[-1])
            # 中共中央 国务院关于…: the second of joint issuers, not a title after a site's words
            and not re.match(rf"[\u4e00-\u9fff]{{2,20}}?(?:{ORG_SUFFIX})(?:关于|印发)", parts[-1])
            and all(len(p) <= 16 and re.search(r"[\u4e00-\u9fff]", p) for p in parts[:-1])
            # 国 务 院 关 于 加 快…业促进…的指导意见: a title set letter-spaced, its letters no site's words
            and not (len(parts) > 3 and all(len(p) == 1 for p in parts[:-1]))
            and not NATIONAL_BODY.match(parts[-2])  # 中国人民政治协商会议 某市…委员会…报告: one body's name (1741)
            and not any(REPORT_END.search(p) or (ORG_LINE.match(p) and not p.endswith("网站")) for p in parts[:-1])
        ):
            cands.append((parts[-1], "the title after a site's words on its line"))  # 内容概述 华庄街道2022年工作总结
        elif (rest := _page_words_after(line)) is not None:
            # (#2009年某县人民政府工作报告 | 来源: 网络整理| 查看: 265: the farm's tag mark glued before it goes too)
            before = re.sub(r"^#(?=[^#\s])", "", line[: len(line) - len(rest)].strip())
            cands.append((before, "the title before a page's words on its line"))
        cands += issuer_block_titles(head, i)
        if (glued := glued_delivery_title(line)) is not None:
            cands.append((glued, "the title before its delivery line on its line"))
        if i + 1 < len(head) and _NOTE_LINE.match(head[i + 1]):
            cands.append((title_text(line)[0] + head[i + 1], "title with its note line"))
        if i + 1 < len(head):
            nxt = head[i + 1]
            joined = line + nxt
            if place_over_title(head, i) and not _PLACE_START.match(nxt):
                # 三 河 市 / 2020年国民经济和社会发展统计公报: the place's line over its dated title (393, 1096)
                cands.append((_compact(line) + nxt.strip(), "title split over two lines"))
            if (
                # (和谐, 及时, 与时俱进 open a title with a word, not a conjunction)
                re.match(r"(?:以及|和(?!谐)|及(?!时)|暨|与(?!时))", nxt)
                and len(nxt) <= 30
                and REPORT_END.search(_compact(nxt))
                and REPORT_END.search(_compact(line))
            ):
                # 某局2023年工作总结 / 和2024年工作思路, …工作思路 / 和重点工作安排: a title wrapped at its conjunction
                cands.append((joined, "title split at its conjunction"))
            if body_name_goes_on(line, nxt):
                # 某县人民代表大会 / 常务委员会工作报告: the standing committee's name broken before 常务委员会
                cands.append((_compact(line) + nxt.strip(), "a body's name broken before 常务委员会"))
                tails.add(i + 1)  # 常务委员会工作报告 alone opens mid-name
            if closes_about(line, nxt):
                # 关于某市2020年全市和市本级预算执行 / 情况与2021年…预算草案的报告: a 公文 title (issuer, 关于, matter,
                # 的 and its kind) wrapped before it closed, whatever the length of its last line
                cands.append((joined, "a 关于 title split before its kind"))
                tails.add(i + 1)  # the last line alone starts the title mid-way
            if _MATERIAL_LINE.match(_compact(nxt)) and REPORT_END.search(_compact(line)) and len(_compact(line)) <= 20:
                # 财政预算报告 / 参阅材料 on a booklet's cover (1158): the material that goes with the report, one title
                cands.append((joined, "title split at its conjunction"))
            if _BRACKET_TAIL.match(nxt) and title_score(line) is not None and not SENTENCE_MARK_IN.search(line):
                # 关于印发某市…行动计划 / (2020—2022年)的通知: the bracketed period wrapped onto the last line
                cands.append((joined, "title split over two lines"))
            if line.count("《") > line.count("》") and joined.count("《") == joined.count("》"):
                # 关于印发《某县“十四五”…发展 / 规划》的通知: a title broken inside its book marks
                cands.append((joined, "title split over two lines"))
            elif (
                i + 2 < len(head)
                and line.count("《") > line.count("》")
                and (whole := joined + head[i + 2]).count("《") == whole.count("》")
                and REPORT_END.search(_compact(whole))
                and len(whole) <= 100
            ):
                # 关于印发《某州落实〈…” / …规划〉 / 实施方案》的通知 (1200; 1661 under its issuer's line)
                cands.append((whole, "title split over three lines"))
            org_then_title = (
                issuer_line(line)
                and (re.match(r"关于|印发", nxt) or (REPORT_END.search(_compact(nxt)) and not _PLACE_START.match(nxt)))
                # 某自治区某盟行政公署 / 某盟行政公署关于…: the title names its issuer itself
                and not any(nxt.startswith(line[k:]) for k in range(len(line) - 3))
                # 中大槐树街道办事处 / 中大槐树街道2022年工作总结: the title names the body by its place (2215)
                and not names_body_place(line, nxt)
                # 某县人民政府 / 2014年政府工作报告 / 某县人民政府工作报告: the own title under the portal's label
                # names the body itself, the body's line above is the site's name (1897)
                and not names_itself_below(head, i)
                and not any(first_part_of(nxt, h) for h in head[:i][-6:])  # a part's heading under the title (1809)
            )
            if _compact(nxt) not in columns and (
                org_then_title
                or (
                    not ORG_LINE.match(line)
                    # 某局预算公开 / 某局预算公开情况说明: a page's title over the own title repeating it, not one title
                    and not _compact(nxt).startswith(_compact(line))
                    # 某年某局部门整体支出绩效自评表 / 部门整体支出绩效自评表: the own title under a page heading that
                    # ends with it, a second copy, not the heading's last words (1162)
                    and not _compact(line).endswith(_compact(nxt))
                    and not whole_title_below(line, nxt)
                    and title_score(line) is not None
                    and not REPORT_END.search(_compact(title_text(line)[0]))
                    # (a kind beyond reports closes it too: …第十四个五年 / 规划和二〇三五年远景目标纲要, 1319; never
                    # under a cover's date, 2021年10月 / 某局2020年度决算公开文本, 337)
                    and (
                        REPORT_END.search(_compact(nxt))
                        or (
                            OTHER_KIND.search(_compact(nxt))
                            and not find_dates(line)
                            and not MONTH_ONLY_LINE.match(line)
                        )
                    )
                    and (len(nxt) <= 20 or re.search(r"(?:关于|印发|的)$", line))
                    # 某区第十四届人民代表大会 / 政府工作报告: a session's cover line over the title, no part of it
                    and not (SESSION_COVER.search(line) and not re.match(r"关于|第|.*会议", nxt))
                    and not PAGE_TAIL.search(line)  # …工作总结 2018-06-15 over …工作总结: a dated page title
                    and not _SITE_CREDIT.search(
                        line
                    )  # 某某集团技术支持 / 政府工作报告: the footer printed first (1923)
                    and not (COVER_CELL.search(line.strip()) or COVER_CELL.search(nxt.strip()))
                    # a slogan over the title (看你所看,想你所想 / 2011年5月份…总结): phrases, then a dated title
                    and not (len(re.split(r"[\s,，、]+", line.strip())) >= 2 and re.match(r"(?:19|20)\d\d年", nxt))
                )
            ):
                cands.append((joined, "title split over two lines"))
                if len(re.sub(r"[\[［(（]\d{1,2}[\]］)）]$", "", _compact(nxt))) <= 5:
                    tails.add(i + 1)  # 展统计公报: a kind's word with a letter of the line above is no title alone
                last = head[i + 2].strip() if i + 2 < len(head) else ""
                if 2 <= len(last) <= 6 and not _NOTE_LINE.match(last) and OTHER_KIND.search(_compact(joined + last)):
                    # 某乡人民政府 / 2021年度部门决算 / 公开说明: the kind's last words wrapped once more
                    cands.append((joined + last, "title split over three lines"))
            if (
                issuer_line(line)
                and i + 2 < len(head)
                and re.match(r"关于|印发", nxt)
                and (
                    (
                        not REPORT_END.search(_compact(nxt))
                        and REPORT_END.search(_compact(head[i + 2]))
                        and len(head[i + 2]) <= 20
                    )
                    or closes_about(nxt, head[i + 2])  # …/ 关于某市…预算执行 / 情况与…预算草案的报告, however long
                )
            ):
                # 某区人民政府办公室 / 关于印发…重点工作 / 责任分解的通知: the issuer's line and a title in two
                cands.append((joined + head[i + 2], "the issuer's line and a title split over two lines"))
        if (thrice := wrapped_twice(head, i)) is not None:
            cands.append((thrice, "title split over three lines"))
        cands = [(with_period_line(raw, head, i), why) for raw, why in cands]
        for raw, why in cands:
            text, penalty = title_text(raw)
            score = title_score(text)
            own = _compact(text) in over_delivery  # the line(s) right over the delivery line: the own title
            # (…总结 under …总结和…要点, also past the 文号 and issuer rows between them, 1809)
            if score is None or score < 1 or (i and not own and any(first_part_of(text, h) for h in head[:i][-6:])):
                continue
            if i and not own and _cover_copy(text, head[i - 1]):
                continue  # 某委2022年度部门决算 / 2022年度部门决算公开: the cover words under the title (759, 920)
            score += 0.1 * i - penalty + (0.5 if own else 0.0)  # the report's own title stands nearest the body
            if SUBJECTLESS_CAPTION.match(_compact(text)):
                score -= 1.0  # 在某镇…会议上的报告: the setting under a title, no subject; a title only when alone
            if GOES_ON.match(_compact(text)):
                score -= 1.0  # 执行情况与…的报告, 和社会发展…报告: the last lines of a wrapped title, never a whole one
            if why in (
                "the issuer lines over a title naming none",
                "the issuer's line and a title split over two lines",
                "title split over three lines",
                "title split at its conjunction",
                "a body's name broken before 常务委员会",
            ):
                score += 1.0  # the whole title, not its first or last two lines
            if why in (
                "title split over two lines",
                "a 关于 title split before its kind",
                "title with its note line",
                "the title after a site's words on its line",
                "the title before a page's words on its line",
            ):
                score += 0.5
            if year and re.search(r"(?:19|20)\d\d", text):
                score += 0.5 if year in text else -0.5
            found.append((score, text, why, i))
    return [*found, *under_national_body(head, found)]


def named_document(lines: list[str]) -> Choice:
    """The document a transmittal notice names (``《…》已经…同意，现印发给你们``) where it stands alone as a title."""
    names = []
    for line in lines[:12]:
        if "印发" in line or "同意" in line:
            sent = re.findall(r"《([^《》]{4,80})》", line)
            if len(set(sent)) > 1 and re.search(r"》\s*[《、和及]", line):
                return Choice(None, "")  # a notice sending several documents is filed under none of them (713)
            names += sent
    for line in lines[:25]:
        if line.strip() in names:
            return Choice(line.strip(), "the document the notice transmits")
    # the notice names its document a little differently (…建设规划 for its own …建设总体规划): the document's own
    # title still stands right under the notice's signature date, of the same kind as the name
    # (a publication note between, (此件公开发布); the bodies named in full over the own line's short forms, 1758)
    kept = [line for line in lines[:25] if not _PUBLICATION_NOTE.match(_compact(line))]
    for prev, line in pairwise(kept):
        own = line.strip()
        if not is_date_line(prev.strip()) or re.match(r"\d|附件|[一二三四五六七八九十]+[、.．]", own):
            continue
        if any(own[-2:] == name[-2:] and _same_document(own, name) for name in names):
            return Choice(own, "the document the notice transmits (its own title under the signature)")
    return Choice(None, "")


# a 公文's note on its publication under the signature date: (此件公开发布), (此件主动公开), (此件不公开)
_PUBLICATION_NOTE = re.compile(r"^[(（]此件[\u4e00-\u9fff]{2,6}[)）]$")


def _same_document(own: str, name: str) -> bool:
    """``own`` and the notice's ``name`` are one document's: nearly the same words, or the same year and kind word
    for word after short forms of the same bodies (省委科技工委 省科技厅2020年… for 中共陕西省委科技工委 陕西省…)."""
    if SequenceMatcher(None, own, name).ratio() >= 0.9:
        return True
    own_c, name_c = _compact(own), _compact(name)
    year = re.search(r"(?:19|20)\d\d年", own_c)
    if year is None or year.start() < 2 or len(own_c) >= len(name_c):
        return False
    tail = own_c[year.start() :]
    kind = REPORT_END.search(tail) or OTHER_KIND.search(tail)
    bodies = name_c[: len(name_c) - len(tail)]
    return len(tail) >= 6 and name_c.endswith(tail) and bool(kind) and all(ch in bodies for ch in own_c[: year.start()])
