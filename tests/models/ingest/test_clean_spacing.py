"""Spacing debris of copied PDF and news text (issue 17): spaced digits, letter-spaced lines, local wrap spaces,
pipe-bordered table rows. Each family is tested on a made-up snippet and on harder variants of it."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.inline_debris import inline_deletions
from models.ingest.inline_junk import is_junk_token, junk_mode
from tests.models.ingest._reading import display_lines as _lines
from tests.models.ingest.test_clean_props import check_map


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "7月2 2 日,某部举行202 5 年二季度新闻发布会,介绍202 5 年上半年工作。",
            ["7月22日", "2025年二季度", "2025年上半年"],
        ),
        ("2 0 2 4 年 1 1 月 3 0 日,全县召开大会。", ["2024年11月30日"]),
        ("截至20 23年1 2月底,完成投资3亿元。", ["2023年12月底"]),
    ],
)
def test_digits_of_a_date_split_by_spaces_are_rejoined(line: str, words: list[str]) -> None:
    shown = _lines(line)[0]
    for word in words:
        assert word in shown, (word, shown)


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("表 1 2 列出了各项数据。", "1 2"),  # no date unit: not a spaced number
        ("全年共有 3 5 个项目。", "3 5"),  # a count, not a date
        ("2025 13 月份的数据", "2025 13"),  # 202513 is no year, 13 no month
    ],
)
def test_spaced_numbers_that_are_no_date_are_left(line: str, pair: str) -> None:
    dels = inline_deletions(line, junk=False)
    kept = "".join(ch for i, ch in enumerate(line) if not any(s <= i < e for s, e in dels))
    assert pair in kept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "全面落实\n市 委 十 届 七 次全 会 及 国 家 、省 教 育 工 作 部署 , 紧 紧 围 绕\n“12991”工作思路。",
            "市委十届七次全会",
        ),
        ("全面落实 市 委 全 会 精 神 ， 紧 紧 围 绕 发 展 大 局 开展工作。", "紧紧围绕发展大局"),
    ],
)
def test_a_letter_spaced_stretch_reads_without_its_spaces(text: str, word: str) -> None:
    assert word in "".join(_lines(text))


def test_a_list_of_two_character_names_keeps_its_spaces() -> None:
    line = "参加会议的有：张三 李四 王五 赵六 钱七。"
    assert _lines(line)[0] == line


_PDF_BODY = (
    "一、部门主要职能 某市某区河道堤防建设管理处负责组织指导全 区中小河流、"
    "河道堤防、病险水闸的建设与管理工作,组织 编制治理规划,拟定并实施全区河道堤防年度"
    "维修计划,协 助查处河道堤防及配套水闸工程违法行为、组织指导全区河 道管理队伍能力建设。 负责全区防汛抗旱抢险方"
    "案的制定、组织防汛、抗旱物 资的调运并进行技术指导,实施防汛、抗旱应急抢险、岁修、 水毁工程修复工作。"
)
_TOC = (
    "(目录) 第一部分:基本情况 一、部门主要职能 二、机构设置情况 三、人员构成情况 第二部分:决算情况说明 "
    "表 1:收入表 表 2:支出表 第一部分:基本情况 "
)


def test_wrap_spaces_of_a_pdf_page_are_found_locally_after_an_irregular_contents_list() -> None:
    shown = _lines("某处2021年度决算公开说明 " + _TOC + _PDF_BODY)[0]
    for word in ("指导全区中小河流", "组织编制治理规划", "协助查处", "全区河道管理队伍", "抗旱物资的调运"):
        assert word in shown, word
    assert "一、部门主要职能 二、机构设置情况" in shown  # the contents list keeps its separators
    assert "一、部门主要职能 某市" in shown  # so does a heading over the page
    assert "建设。 负责" in shown  # a paragraph end stays


def test_paragraphs_of_a_one_line_text_keep_their_separating_spaces() -> None:
    paragraphs = [
        "一、真抓实干,区域经济态势喜人",
        "项目建设大推进。全年完成固定资产投资五亿元,较上年增长一成。",
        "二、统筹兼顾,社会事业全面进步",
        "教育事业稳步发展。新建学校两所,改造校舍三千平方米。",
        "三、强化保障,民生福祉持续增进",
        "就业形势总体稳定。新增就业岗位八百个,培训农民工一千人。",
        "四、从严治党,干部作风明显转变",
        "作风建设扎实推进。开展专项整治三次,查处问题十二个。",
    ]
    line = " ".join(paragraphs)
    assert _lines(line)[0] == line


def test_pipe_bordered_table_rows_are_no_junk_stamp() -> None:
    lead = "全县地区生产总值按行业分列如下,其中服务业增长较快,金融业增加值增幅最高,房地产业略有下降。"
    rows = [lead, "行业 | 增加值 | 增长 | 比重 |", "金融业 | 21389 | 12.85 | 6.3 |", "房地产业 | 24707 | -0.42 | 7.2 |"]
    rows += [
        "其他服务业 | 127841 | 4.59 | 37.4 |",
        "年末全县常住人口20.58万人,比上年末增加0.02万人。其中,城镇人口5.96万人,比上年末增加0.01万人。",
    ]
    assert not is_junk_token("|") and not is_junk_token("｜")
    assert not junk_mode(rows)
    assert _lines("\n".join(rows)) == rows


_PIECES = st.sampled_from(["2", "0", "5", " ", "年", "月", "日", "全", "区", "、", ",", "。", "一、", "|", "7月2 2 日"])


@given(st.lists(_PIECES, max_size=60).map("".join))
@example(", |")
@settings(max_examples=300, deadline=None)
def test_spacing_rules_delete_only_spaces(line: str) -> None:
    for s, e in inline_deletions(line, junk=False):
        # the one other cut: a table's lone closing bar a one-line copy left at the line's end (488, 1253)
        trailing_bar = line[s:e].strip() == "|" and not line[e:].strip() and line.count("|") == 1
        assert line[s:e].strip() == "" or trailing_bar, (line, s, e)
    check_map(line)


def test_a_lone_closing_bar_is_the_only_non_space_a_spacing_pass_cuts() -> None:
    # hypothesis found `, |`: the bar after a clause goes (the table debris rule), the comma and the text stay
    assert inline_deletions(", |", junk=False) == [(1, 3)]
    assert inline_deletions("增长, | 下降", junk=False) == []  # not at the line's end: a cell, kept
    assert inline_deletions("行业 | 增加值 |", junk=False) == []  # two bars: a table row, kept


def _chunked(text: str, size: int, mark: str = "、") -> str:
    return "\n".join(f"{n + 1}{mark}{text[i : i + size]}" for n, i in enumerate(range(0, len(text), size)))


_REPORT = (
    "各位代表: 现在,我代表乡人民政府向大会作政府工作报告,请予审议。 一、过去一年工作回顾 "
    "(一)经济指标在克难攻坚中实现新增长 "
    "一年来,我们紧扣中心,实干兴乡,全力加快经济建设步伐,经济形势持续向好。全乡生产总值完成48193万元,同比增长16.2%;"
    "地方财政收入完成272万元,同比增长5.8%。 (二)产业发展在优化结构中展现新起色 一年来,我们始终坚持把农业摆在突出位置,"
    "持续有力加快农村改革步伐,逐步建立更加高效的现代农业体系。全乡超级杂交水稻种植面积达2.2万亩,油菜种植面积达1.1万亩。"
)


# (two chunks whose only break falls at a sentence end look like a two-item list: not asked)
@pytest.mark.parametrize(("size", "mark"), [(120, "、"), (110, "."), (140, "．")])
def test_a_doc_stores_chunk_numbers_are_cut_and_the_chunks_run_on(size: int, mark: str) -> None:
    page = _chunked(_REPORT, size, mark)
    result = clean(page)
    assert "".join(result.display_text.split()) == "".join(_REPORT.split())
    assert "经济指标在克难攻坚" in result.display_text.replace(" ", "")
    check_map(page)


def test_a_numbered_list_is_no_chunking() -> None:
    items = [
        "1、全乡生产总值完成48193万元,同比增长16.2%,经济总量持续攀升,发展质量稳步提高,产业结构不断优化升级",
        "2、地方财政收入完成272万元,同比增长5.8%",
        "3、人民人均纯收入达6786元,增幅14%,城乡居民生活水平持续改善",
    ]
    assert _lines("\n".join(items)) == items


def test_long_list_items_of_one_length_that_end_their_sentences_are_no_chunks() -> None:
    item = "全乡生产总值完成48193万元,同比增长16.2%,经济总量持续攀升,发展质量稳步提高,产业结构不断优化升级,"
    tails = ["完成3项。", "全年新增市场主体1200户。", "完成投资5亿元。"]
    items = [f"{k}、{item * 3}{tail}" for k, tail in enumerate(tails, 1)]
    assert _lines("\n".join(items)) == items


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("工  作  总  结", "工作总结"),
        ("政　　府　　工　　作　　报　　告", "政府工作报告"),
        ("述   职   报   告", "述职报告"),
    ],
)
def test_a_title_line_set_with_even_wide_spacing(line: str, read: str) -> None:
    assert _lines(line + "\n现在,我代表区人民政府,向大会报告工作,请予审议。")[0] == read


def test_uneven_spacing_is_a_row_of_cells() -> None:
    row = "甲  乙    丙"
    assert _lines("现在,我代表区人民政府,向大会报告工作,请予审议。\n" + row)[-1] == row


_NUMBERED_PDF = (
    "20xx年,全县气候总体偏暖,降水总量明显偏少,日照接近常年。灾害性天气较多,其中1-2月雨雪冰冻天气较多,4月份开始强对流"
    "天气多发,对我县影响较为严重。截至11月20日,我局共发布各类服务材料109期,其中重要天气报告7期、气象信息内参70期、专题"
    "气象服务6期、春运、两会等专题气象服务材料26期,发布各类预警信号45次,为电视台、报社提供气象稿件30余份,发布手机短信"
    "342条(其中联合发布34条)、覆盖近30万人次。每周两次通过移动短信平台为农业大户、重点企业发布天气趋势预测,还通过广播、"
    "电视、报纸、显示屏等渠道及时发布灾害性天气预警信息。"
)
_WORDS = ("灾害性天气", "重要天气报告", "气象信息内参", "手机短信", "电视台", "农业大户", "天气趋势预测", "预警信息")


def _flatten_pdf(paragraphs: list[str], width: int) -> str:
    """A PDF page flattened to one line: a space where each printed line ended and around every number."""
    printed: list[str] = []
    for p in paragraphs:
        spaced = re.sub(r"([0-9A-Za-z.%-]+)", r" \1 ", p).replace("  ", " ").strip()
        cur: list[str] = []
        col = 0 if p.startswith("一、") else 4  # a paragraph's first line is indented
        for ch in spaced:
            w = 0 if ch == " " else 1 if ch.isascii() else 2
            if col + w > width:
                printed.append("".join(cur))
                cur, col = [], 0
            cur.append(ch)
            col += w
        printed.append("".join(cur))
    return re.sub(" +", " ", " ".join(x.strip() for x in printed))


@pytest.mark.parametrize(
    ("paragraphs", "width"),
    [
        ([_NUMBERED_PDF], 64),
        ([_NUMBERED_PDF], 70),
        ([_NUMBERED_PDF], 84),
        (["现将20xx年工作情况总结如下。", "一、做好各项气象服务工作", _NUMBERED_PDF[:150], _NUMBERED_PDF[150:]], 64),
        (["现将20xx年工作情况总结如下。", "一、做好各项气象服务工作", _NUMBERED_PDF[:150], _NUMBERED_PDF[150:]], 84),
    ],
)
def test_wrap_spaces_are_found_by_printed_width_when_numbers_are_spaced_too(paragraphs: list[str], width: int) -> None:
    line = _flatten_pdf(paragraphs, width)
    shown = _lines(line)[0]
    for word in _WORDS:
        assert word in shown, word
    check_map(line)


def test_a_row_of_numbers_with_spaces_is_no_printed_page() -> None:
    """Spaces between wide characters that fall at no steady width stay."""
    line = "一、工作 概况 2023 年 全年 完成 投资 5 亿元 二、存在 问题 资金 不足 三、下步 打算 加强 管理 四、保障 措施"
    shown = _lines(line)[0]
    for kept in ("工作 概况", "全年 完成", "资金 不足", "加强 管理 四、保障 措施"):
        assert kept in shown


@pytest.mark.parametrize(
    ("line", "figures"),
    [
        ("国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％。", ["74772亿元", "11％"]),
        ("全年粮食产量4 9 2 5 0 万吨，增长1 5 ．3 ％，已经加入1 7 个国际公约。", ["49250万吨", "15．3％", "17个"]),
        ("1 9 9 7 年城镇居民收入达到5 1 6 0 元，扩大到3 0 0 多个城市。", ["1997年", "5160元", "300多个"]),
        ("1 9 9 8 年增长1 0 .3 %，人均2 2 平方米。", ["1998年", "10.3%", "22平方米"]),
    ],
)
def test_letter_spaced_figures_are_read_whole(line: str, figures: list[str]) -> None:
    shown = _lines(line)[0]
    for figure in figures:
        assert figure in shown, figure
    check_map(line)


def test_spaced_numbers_that_are_no_letter_spaced_figure_keep_their_spaces() -> None:
    for line in ("序号 1 2 3 4", "比分为 12 10", "版本 v1 2 3"):
        assert _lines(line)[0] == line
    for line, pair in (("全年共有3 5 个项目。", "3 5"), ("表1 2 列出了各项数据。", "1 2")):
        assert pair in _lines(line)[0]  # two single digits apart may be two figures


def test_a_short_letter_spaced_figure_is_read_whole_in_a_document_that_spaces_its_figures() -> None:
    text = (
        "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。\n粮食总产量达到4 9 2 5 0 万吨。\n"
        "进出口总额增加到3 2 5 1 亿美元。\n我国已经加入1 7 个国际人权公约。"
    )
    assert "加入17个国际人权公约" in clean(text).display_text
    assert "共有3 5" in clean("全年共有3 5 个项目。\n其他工作稳步推进。").display_text


_DUTIES = [
    "(一)贯彻执行国家和省有关农业农村工作的方针政策和法律法规。",
    "(二)研究提出农业产业化经营的政策建议，组织实施农业产业相关政策。",
    "(三)负责推进农业社会化服务体系建设，指导农村经营制度和政策的落实，对农业资金进行审计监督。",
    "(四)负责种植业、畜牧业、渔业的行业管理，组织实施重大技术措施并组织推广。",
    "(五)负责农情、农业灾情的统计和上报工作。",
    "(六)拟订无公害农产品生产及标准化发展规划和生产管理办法，对无公害农产品进行质量监督和认证管理。",
    "(七)拟订全市农业科技发展规划，组织重大农业科技项目攻关和成果推广。",
    "(八)负责农业环境保护和农业资源的合理利用，指导农村能源建设。",
]


def _flatten_chars(paragraphs: list[str], width: int) -> tuple[str, list[str]]:
    """Paragraphs printed ``width`` characters a line and flattened to one line; the words cut at the wraps."""
    printed: list[str] = []
    cut: list[str] = []
    for p in paragraphs:
        rows = [p[i : i + width] for i in range(0, len(p), width)]
        for a, b in pairwise(rows):
            if a[-1] not in "。，、；" and b[0] not in "。，、；":
                cut.append(a[-2:] + b[:2])
        printed.extend(rows)
    return " ".join(printed), cut


@pytest.mark.parametrize("width", [27, 29, 31])
def test_a_page_of_short_paragraphs_loses_its_wrap_spaces_and_keeps_its_paragraph_spaces(width: int) -> None:
    duties = [d[:-1] + "，按照职责分工抓好贯彻落实并定期报告工作进展情况。" for d in _DUTIES]
    page, cut = _flatten_chars(duties, width)
    line = "某乡2020年度部门决算公开文本 " + _TOC + page  # an irregular contents list before the page
    shown = _lines(line)[0]
    for word in cut:
        assert word in shown, word
    assert "进展情况。 (二)" in shown and "进展情况。 (八)" in shown  # paragraph ends keep their spaces
    check_map(line)


def test_wrap_spaces_of_one_paragraph_are_found_when_some_wraps_were_lost() -> None:
    """A store's one-paragraph excerpt of a PDF keeps a space at most printed line ends of 26 columns; where one is
    lost the gap spans two printed lines or more, which is the same steady period."""
    text = (
        "2020年,在区委、区政府的坚强领导下,我区全力推进三个年活动,统筹推进疫情防控和经济社会发展,"
        "经济社会发展实现稳中加速、进中提质的良好态势。全年地区生产总值增长百分之五,一般公共预算收入保持增长,"
        "固定资产投资完成年度目标,社会消费品零售总额稳步回升,困扰福建师大附属学校建设的土地问题得到解决,"
        "全年新签约项目三十个,新开工项目二十个,一批重大项目在建,一批产业链上下游企业落户园区,招商引资成效明显,"
        "全年引进项目投资总额创下历年新高。全区上下凝心聚力、攻坚克难,经济运行总体平稳,民生福祉持续增进,"
        "社会大局和谐稳定,为十四五开好局起好步奠定了坚实基础。"
    )
    rows = [text[i : i + 26] for i in range(0, len(text), 26)]
    line = rows[0]
    for k, row in enumerate(rows[1:], start=1):
        line += ("" if k in (3, 6, 7) else " ") + row  # three wraps lost their space
    shown = _lines("某区2020年工作总结\n" + line)[1]
    assert shown == text
    check_map(line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # a store's blurb closing on a quote, then the report's own title set letter-spaced (2060)
        ("喜爱“市政府工作报告”。 政 府 工 作 报 告 2022年12月28日在某市人民代表大会上", "”。 政府工作报告 2022"),
        ("全文如下(节选)。 工 作 总 结 2019年,我局全面完成", "。 工作总结 2019年"),
        ("见附件:《计划》； 年 度 工 作 计 划 2024年1月", "； 年度工作计划 2024"),
    ],
)
def test_a_sentence_mark_before_a_letter_spaced_title_keeps_its_blank(line: str, read: str) -> None:
    """A stretch set letter-spaced opens on a letter: the blank after the sentence before it parts two lines of a
    one-line copy and is no letter spacing."""
    dels = inline_deletions(line, junk=False)
    kept = "".join(ch for i, ch in enumerate(line) if not any(s <= i < e for s, e in dels))
    assert read in kept, kept
