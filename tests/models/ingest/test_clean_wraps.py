"""Wrap spaces and page breaks of a PDF converted to one line a paragraph, found over the whole document."""

from __future__ import annotations

import random

import pytest

from models.ingest.clean import clean
from models.ingest.clean_wraps import (
    document_period,
    document_width,
    page_break_runs,
    page_cut_runs,
    period_spaces,
    word_spaces,
    wrap_spaces,
)
from tests.models.ingest.test_clean_props import check_map

PARAGRAPHS = [
    "为贯彻落实市委、市政府关于加快推进枢纽经济高质量发展的实施意见，发挥我区空港枢纽优势，大力发展枢纽经济，"
    "加快推动经济高质量发展，特制定本行动计划，实施期为2020—2022年。",
    "一、总体要求",
    "以建设枢纽为基础，提升功能为关键，集聚要素为核心，辐射带动为根本，发展枢纽经济。围绕枢纽设施功能和枢纽产业体系"
    "双提升工作重点，完善顶层设计、突出问题导向、发挥优势特色，加快以交通枢纽和信息服务平台高水平建设推动发展。",
    "打造枢纽示范引领的空港新城。深化完善空港周边规划，优化产业布局和城市功能布局，以硕放区域为主体，加速建设创智走廊、"
    "文创走廊、产业走廊、活力走廊、科创走廊，推动产业多层次发展，努力打造成机场、产业、城镇融合发展的空港新城。",
    "二、重点工作",
    "加强区域联动大循环，推进合作互惠互享。立足苏南地区中部焦点的区位优势，全面融入长三角一体化发展大局，力求全面融通，"
    "四方协同。高效对接上海大都市圈，借助公铁交通便利优势，积极承接上海溢出效应，重点引进优质人才和项目资源。",
    "优化空间布局小循环，增强枢纽链接交汇。坚持以人为本、产城融合，统筹推进园区、社区、景区建设，完善机场周边配套设施，"
    "提升综合服务功能，强调差异化发展重点，科学空间布局规划，构建功能互补、错位发展的产业空间格局。",
]
WORDS = ["枢纽产业体系", "发展枢纽经济", "空港周边规划", "优质人才和项目", "差异化发展重点", "融入长三角"]


def _print(paragraphs: list[str], width: int, *, seed: int, page_at: int | None = None) -> str:
    """Paragraphs set at ``width`` columns, each kept on one line with a space at most printed line ends.

    A page break (blank lines) cuts the paragraph holding printed row ``page_at``.
    """
    rng = random.Random(seed)
    out: list[str] = []
    row_no = 0
    for p in paragraphs:
        heading = len(p) < 12
        rows, cur, col = [], "", 0 if heading else 2
        for ch in p:
            w = 0.5 if ch.isascii() else 1
            if col + w > width:
                rows.append(cur)
                cur, col = "", 0
            cur += ch
            col += w
        rows.append(cur)
        line = rows[0]
        for r in rows[1:]:
            row_no += 1
            if page_at is not None and row_no == page_at and not heading:
                line += "\n\n\n\n"
            elif rng.random() < 0.85:
                line += " "  # most printed line ends keep a space; some are lost
            line += r
        out.append(line)
    return "\n".join(out)


def _shown(text: str) -> str:
    return clean(text).display_text


@pytest.mark.parametrize("width", [24, 27, 32, 38])
@pytest.mark.parametrize("seed", [1, 2])
def test_wrap_spaces_of_paragraph_lines_are_found_at_the_documents_printed_width(width: int, seed: int) -> None:
    text = _print(PARAGRAPHS * 3, width, seed=seed)  # a document of twenty paragraphs
    assert document_width(text.split("\n")) == width
    shown = _shown(text)
    for word in WORDS:
        assert word in shown, word
    assert "一、总体要求\n" in shown and "二、重点工作\n" in shown
    check_map(text)


@pytest.mark.parametrize("width", [27, 32])
def test_wrap_spaces_next_to_a_stores_ascii_marks_are_found(width: int) -> None:
    """A store rewrote the printed full-width marks as ASCII (``指导 ,认真``): they still fill a whole printed column,
    and a wrap space next to one is a wrap space."""
    text = _print(PARAGRAPHS * 3, width, seed=1).replace("，", ",").replace("：", ":")
    assert document_width(text.split("\n")) == width
    shown = _shown(text)
    for word in WORDS:
        assert word in shown, word
    assert " ," not in shown and ", " not in shown
    assert "一、总体要求\n" in shown and "二、重点工作\n" in shown
    check_map(text)


@pytest.mark.parametrize("width", [28, 33, 40])
def test_a_short_excerpts_width_is_found_where_its_wrap_spaces_stand(width: int) -> None:
    """Two paragraphs give too few gaps between wrap spaces for a width; where the spaces stand (whole printed
    lines from the paragraph's start) still shows it, and the widest width that fits is taken, not a divisor."""
    text = _print([PARAGRAPHS[2] + PARAGRAPHS[3], PARAGRAPHS[5] + PARAGRAPHS[6]], width, seed=2)
    assert document_width(text.split("\n")) == width
    shown = _shown(text)
    for word in ("枢纽产业体系", "差异化发展重点"):
        assert word in shown, word
    check_map(text)


@pytest.mark.parametrize("width", [30, 36])
def test_a_short_excerpts_width_is_found_past_a_spaced_name_and_an_early_space(width: int) -> None:
    """An excerpt's few wrap spaces (six to ten over two paragraphs) still give its width when the page also holds
    a speaker's spaced name (``主任 张 剑``) and a space no printed line can end at (``、综 合``): neither is
    counted against the grid."""
    body = [PARAGRAPHS[2], PARAGRAPHS[5]]
    lines = ["某某区发展和改革委员会主任 张 剑", "一、综 合", *_print(body, width, seed=3).split("\n")]
    assert document_width(lines) in (width, width + 1)  # the first lines' indent may fit one column wider
    text = "\n".join(lines)
    shown = _shown(text)
    assert "主任 张 剑" in shown
    for word in ("枢纽产业体系", "融入长三角", "公铁交通"):
        assert word in shown, word
    check_map(text)


def test_a_short_ordinary_document_with_a_spaced_name_has_no_width() -> None:
    lines = [
        "主任 张 剑",
        "一、综 合",
        "全年完成投资5亿元,增长8%。 新开工项目12个。",
        "市长 张某某",
        "一、主要职责 二、机构设置",
    ]
    assert document_width(lines * 2) is None


def test_a_heading_filling_its_printed_line_is_no_paragraph_cut_by_a_page() -> None:
    heading = "（四）全面深化改革开放，不断增强经济社会发展活力和动力"
    assert page_break_runs([heading, "深化重点领域改革。扎实推进改革，营造宽松便捷的准入环境。"], len(heading)) == set()


@pytest.mark.parametrize("page_at", [3, 6, 9])
def test_a_paragraph_cut_by_a_page_break_runs_on(page_at: int) -> None:
    text = _print(PARAGRAPHS, 27, seed=3, page_at=page_at)
    shown = _shown(text)
    for word in WORDS:
        assert word in shown, word
    assert "\n\n" not in shown  # the cut paragraph is one line again


def test_a_finished_sentence_or_a_heading_after_a_page_break_stays_apart() -> None:
    lines = ["到2022年，基本形成枢纽偏好型产业集群，新增枢纽经济总量规模1000亿元以上。", "二、重点工作"]
    assert page_break_runs(lines, 27) == set()
    assert page_break_runs(["以建设枢纽为基础，提升功能为关键，集聚要素为核心，辐射带", "（一）指导思想"], 27) == set()


def test_spaces_of_an_ordinary_document_are_no_wraps() -> None:
    """Spaces between a speaker's title and name, or in headings, fall at no common width."""
    lines = [
        "市长 张某某",
        "第一部分 部门概况",
        "一、主要职责 二、机构设置",
        "全年完成投资5亿元，增长8%。 新开工项目12个。",
        "各位代表：现在，我代表市人民政府向大会报告工作。",
    ] * 3
    assert document_width(lines) is None
    assert wrap_spaces("市长 张某某", 27) == set()


def _every(paragraph: str, period: int) -> str:
    """A paragraph kept on one line with a space where every printed line of ``period`` characters ended."""
    return " ".join(paragraph[i : i + period] for i in range(0, len(paragraph), period))


@pytest.mark.parametrize("period", [26, 31, 37])
def test_wrap_spaces_of_a_short_excerpt_are_found_by_their_steady_period(period: int) -> None:
    """A gazette excerpt of two long paragraphs (a store's ASCII commas): too few rows for the gaps between wrap
    spaces to give a width; where the spaces stand gives it (the store's commas printed wide), and their steady
    period too."""
    body = [(PARAGRAPHS[2] + PARAGRAPHS[3]).replace("，", ","), (PARAGRAPHS[5] + PARAGRAPHS[6]).replace("，", ",")]
    lines = ["某某政府门户网站 第2期(总期第50期) 2000年工作报告", ""] + [_every(p, period) for p in body]
    assert document_width(lines) == period
    assert document_period(lines) == period  # from space to space, in printed columns
    assert period_spaces(lines[0], period) == set()  # the header's own spaces stay
    text = "\n".join(lines)
    shown = _shown(text)
    for p in body:
        assert p in shown.replace("。 ", "。")  # a space after a full stop is kept (it may end a paragraph)
    assert "门户网站 第2期" in shown
    check_map(text)


FIGURES = [
    "全年完成地区生产总值106.6亿元,同比增长5%;工业增加值11.8亿元,比增7.5%,实现逆势上扬;地方一般公共预算收入7.9亿元,"
    "比增5.5%;固定资产投资62.4亿元,比增19.6%;社会消费品零售92.2亿元,比增8.5%;外贸进出口总额1.9亿元,比增66.1%。",
    "克服工业重新起步的巨大困难,累计投入超10亿元,完成工业园首期2.7平方公里基础设施建设,引进落户项目31个、建成投产项目10个,"
    "新增规模以上工业企业12家,规上工业增加值增长8.2%,园区税收突破3.5亿元,增长21.3%,带动就业岗位4600个。",
]


def _every_column(paragraph: str, width: int) -> str:
    """A paragraph on one line with a space where every printed line of ``width`` columns ended (a digit is
    half a column, a store's ASCII comma a whole one, as a PDF prints them)."""
    out, col = [], 0.0
    for ch in paragraph:
        step = 0.5 if ch.isascii() and ch not in ",;" else 1.0
        if col + step > width:
            out.append(" ")
            col = 0.0
        out.append(ch)
        col += step
    return "".join(out)


@pytest.mark.parametrize("width", [28, 33])
def test_wrap_spaces_of_a_one_line_page_with_figures_are_found_paragraph_by_paragraph(width: int) -> None:
    """A doc store's copy set every paragraph on one line, parted by runs of spaces, a single space where each
    printed line ended: the paragraphs are measured one at a time, their gaps in printed columns (the
    figures' digits half a column), so the wraps inside words are closed and the paragraph gaps kept."""
    body = [PARAGRAPHS[0].replace("，", ","), *FIGURES, (PARAGRAPHS[2] + PARAGRAPHS[3]).replace("，", ",")]
    line = "   ".join("  " + _every_column(p, width) for p in body)
    assert document_period([line]) == width
    shown = _shown(line)
    for p in body:
        assert p in shown.replace("。 ", "。")
    check_map(line)


@pytest.mark.parametrize("indent", [0, 2])
def test_the_one_wrap_of_a_two_line_paragraph_is_found_one_printed_line_from_its_start(indent: int) -> None:
    """A paragraph of two printed lines has one wrap space and no neighbour to measure a period from: it stands
    one printed line (its first line indented or not) from the start of its paragraph, the line's or the one a
    run of spaces opens; a space elsewhere in the first line is no wrap."""
    two_rows = " " * indent + _every_column(PARAGRAPHS[5][:45], 30 - indent)
    wrap = two_rows.index(" ", indent)
    assert period_spaces(two_rows, 30) == {wrap}
    after_gap = "各位代表:   " + two_rows
    assert period_spaces(after_gap, 30) == {after_gap.index(" ", len("各位代表:   ") + indent)}
    early = "优化空间布局 小循环,增强枢纽链接交汇。坚持以人为本、产城融合,统筹推进园区、社区"
    assert period_spaces(early, 30) == set()


def test_spaces_of_an_ordinary_short_document_have_no_period() -> None:
    lines = ["市长 张某某", "全年完成投资5亿元,增长8%。 新开工项目12个。", "一、主要职责 二、机构设置"] * 2
    assert document_period(lines) is None


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace("，", ",").replace("。", "."),  # half-width punctuation
        lambda t: t.encode("utf-8")[:900].decode("utf-8", "ignore"),  # an excerpt cut mid-sentence
        lambda t: t.replace("\n", " "),  # one line
    ],
    ids=["half-width", "cut", "one-line"],
)
def test_variants_degrade_gracefully(variant: object) -> None:
    text = variant(_print(PARAGRAPHS, 27, seed=4))  # type: ignore[operator]
    shown = _shown(text)
    assert shown.replace(" ", "").replace("\n", "")  # never empty, never raises
    check_map(text)


CUT_DOC = [
    "关于促进产业发展的若干意见",
    "",
    "",
    "为加快产业转型升级，结合我区实际，制定如下意见。",
    "一、支持重大项目建设",
    "对新引进的重大产业项目，根据项目的建设周期，综合考虑项目实际投资额、技术水平等因素，给予最高500万元奖励。",
    "对获得市级以上专利金奖的企业，分别给予最高20万、10万元的奖励；对年运营服务收入达到1000万元以上的，给予年",
    "",
    "",
    "",
    "运营服务收入超额部分10%的奖励，奖励总额累计最高100万元。",
    "二、支持企业做大规模",
    "对规模以上工业企业当年新增产值在1000万元以上的，给予最高50万元奖励。",
]


def test_a_paragraph_a_page_break_cut_between_two_characters_runs_on() -> None:
    """A Word file made from a PDF: empty paragraphs where a page ended, inside a paragraph."""
    text = "\n".join(CUT_DOC)
    shown = _shown(text)
    assert "给予年运营服务收入超额部分" in shown
    assert "若干意见\n" in shown and "一、支持重大项目建设\n" in shown
    check_map(text)


def test_blank_lines_parting_every_paragraph_or_after_a_heading_are_no_page_cuts() -> None:
    heading = "（一）扩大和培育国内需求，促进经济较快增长和结构优化"
    prose = "各地要加快推进产业结构调整，提升发展质量和效益，全年新增就业岗位一万个"
    lines = [prose, prose, prose, heading, prose, prose, prose, prose]
    gaps = [False, False, False, False, True, False, False, False]
    assert page_cut_runs(lines, gaps) == set()  # a numbered heading ends on a character
    assert page_cut_runs([prose] * 7, [False, False, False, True, False, False, False]) == {3}  # prose runs on
    assert page_cut_runs(lines, [False] + [True] * 7) == set()  # a blank line before every paragraph


def test_a_space_parting_a_common_word_goes_and_one_between_words_stays() -> None:
    """A PDF copy's stray space inside a word (``商 贸``, ``人 员``) goes wherever the printed line ended; a space
    between two words (a title and its run-in text, a speaker's title and name) stays."""
    line = "(6)承担商 贸流通业监督管理的责任。"
    assert {line[i - 1 : i + 2] for i in word_spaces(line)} == {"商 贸"}
    line = "请各位政协委员和其他列席人 员提出意见。"
    assert {line[i - 1 : i + 2] for i in word_spaces(line)} == {"人 员"}
    assert word_spaces("一、总体要求 坚持稳中求进，") == set()
    assert word_spaces("第一部分 部门概况，") == set()  # 分部 is a word, but 部分 and 部门 are commoner


def test_a_space_where_a_one_line_copy_broke_a_line_stays() -> None:
    """A clause that runs from the space to another blank or the line's end is a heading, a field or a name line
    that a copy ran together with the next (``上``+``海``, ``开``+``发``, ``长``+``于`` make words by chance)."""
    assert word_spaces("第三次会议上 海滨区人民政府区长") == set()
    assert word_spaces("公开方式 主动公开 发布机构 区政府办") == set()
    assert word_spaces("人民政府旗长 于某某") == set()
    # the run before the space opens a heading (a label before it): a word ending there may end the heading
    assert word_spaces("十、上年计划的完成 为了顺利实现今年计划，") == set()
    assert word_spaces("（6）承担商 贸流通业监督管理的责任。") != set()  # 担商, 贸流: no words end or open there


def test_a_line_with_other_blanks_keeps_its_word_spaces() -> None:
    """The readers cut a line with blanks into pieces (sentences a copy set apart, lines it ran together): a
    word space taken out there would join two pieces into a new one, so such a line keeps all its blanks."""
    line = "深入实施创新驱 动发展战略，拟订国内外贸 易、"  # every blank parts a word: all go
    assert {line[i - 1 : i + 2] for i in word_spaces(line)} == {"驱 动", "贸 易"}
    assert word_spaces("深入实施创新驱 动发展战略。 拟订国内外贸易、") == set()
    assert word_spaces("经济运行稳中有进。 农业生产稳步推 进。 工业经济加快发展。") == set()
    assert word_spaces("一、综 合 一年来,全县经济保持平稳发展") == set()


def test_a_stray_space_in_a_word_leaves_the_display_with_an_exact_map() -> None:
    text = "一、工作情况\n(6)承担商 贸流通业监督管理的责任,按有关规定对汽车流通、拍卖行业进行监督管理。\n"
    assert "承担商贸流通业" in _shown(text)
    check_map(text)


def test_a_long_printed_line_cut_between_characters_runs_on_even_where_blank_lines_part_every_paragraph() -> None:
    """A portal's copy of a PDF: a blank line after every printed line, and so inside a word too."""
    long_line = (
        "全年区本级高新技术产业实现增加值二百八十亿元，同比增长百分之十，占规上工业增加值的七成以上，"
        "区本级完成高新技术产业投资六十亿元，占规上工业增加"
    )
    rest = "值的七成；区本级实现技术交易额九十九亿元，同比增长七成。"
    opening = "各地要加快推进产业结构调整，提升发展质量和效益"
    lines = [opening, long_line, rest, opening, opening]
    assert page_cut_runs(lines, [False, True, True, True, True]) == {2}
    short = "各地要加快推进产业结构调整，提升发展质量和效益，全年新增就业岗位一万个"
    assert page_cut_runs([opening, short, rest, opening], [False, True, True, True]) == set()
