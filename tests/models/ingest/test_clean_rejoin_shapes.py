"""Re-joining on the shapes real copies come in: a short hard-wrapped excerpt, half-width sentence ends."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.rejoin import join_points, visual_width
from models.ingest.rejoin_width import wrap_width, wrapped_runs
from tests.models.ingest.test_clean_props import check_map


def cell_wrap(paragraphs: list[str], cells: int) -> list[str]:
    """Break each paragraph every ``cells`` cells (a CJK character one cell, ASCII half), as a PDF copy is laid out."""
    out: list[str] = []
    for p in paragraphs:
        line, filled = "", 0.0
        for ch in p:
            w = 0.5 if ch.isascii() else 1.0
            if filled + w > cells and line:
                out.append(line)
                line, filled = "", 0.0
            line += ch
            filled += w
        out.append(line)
    return out


# a contents list of short lines, then numbered duties that run over several printed lines
CONTENTS = [
    "目 录",
    "第一部分 部门概况",
    "一、主要职能",
    "二、机构设置",
    "第二部分 2021年度部门决算表",
    "一、收入支出决算总表",
    "二、收入决算表",
    "三、支出决算表",
    "四、财政拨款收入支出决算总表",
    "五、一般公共预算财政拨款支出决算表",
    "六、一般公共预算财政拨款基本支出决算表",
    "七、政府性基金预算财政拨款收入支出决算表",
    "第三部分 2021年度部门决算情况说明",
    "第四部分 名词解释",
    "第一部分 部门概况",
]
DUTIES = [
    "一、主要职能",
    "1.贯彻落实国家和自治区有关国内外贸易、国际经济合作的发展战略、政策,贯彻执行国家和自治区有关国内外贸易、"
    "外商投资、对外援助的法律法规。拟定全市商务发展规划、政策措施和年度计划并组织实施。",
    "2.拟订全市国内贸易发展规划,促进城乡市场发展,指导大宗产品批发市场规划建设和城市商业网点规划以及商业体系"
    "建设工作。推进农村市场体系建设,组织实施农村现代流通网络工程。",
    "3.负责推进全市流通产业结构调整,指导流通企业改革、商贸服务业和社区商业发展,提出促进商贸中小企业发展的政策"
    "建议,推动物流配送、电子商务、流通标准化和连锁经营等现代流通方式的发展。",
]


def test_a_short_wrapped_excerpt_after_a_contents_list_is_wrapped() -> None:
    """The contents' short lines outnumber the printed lines, but no line runs past the width: still a wrap."""
    lines = CONTENTS + cell_wrap(DUTIES, 34)
    assert wrap_width(lines) is not None
    text = clean("\n".join(lines)).display_text
    for duty in DUTIES[1:]:
        assert duty in text.split("\n")


def test_a_contents_list_alone_is_no_wrap() -> None:
    lines = [f"{n}、第{n}项工作的主要内容和完成情况" for n in "一二三四五六七八九"]
    assert wrap_width(lines) is None


def test_a_half_width_point_after_a_figure_ends_the_sentence() -> None:
    """``100%.`` ends its sentence as ``100%。`` does: the next paragraph stays its own (a half-width copy)."""
    lines = [
        "坚持优质服务,以群众满意为先,持续推行“五个一”服务,营造温馨亲切的服务环境,全年共受理群众来电来信2315件,"
        "为群众和企业提供咨询、引导等各类服务400余人次,办结率达到100%,群众满意率达到100%.",
        "加强政务公开,认真落实政府信息公开条例,全年主动公开政府信息1200余条,依申请公开办理答复率达到100%.",
        "三、存在的问题",
    ]
    joins = join_points(lines, [True] * len(lines))
    assert joins[:2] == [False, False]


_SENTENCE = st.text(alphabet="发展经济建设改革创新推进落实工作全面加强服务群众", min_size=6, max_size=40)


@st.composite
def _wrapped_report(draw: st.DrawFn) -> tuple[list[str], list[str], int]:
    paragraphs: list[str] = []
    headings: list[str] = []
    for n in "一二三四"[: draw(st.integers(2, 4))]:
        heading = f"{n}、" + draw(st.text(alphabet="主要工作成效问题措施打算", min_size=3, max_size=10))
        headings.append(heading)
        paragraphs.append(heading)
        for _ in range(draw(st.integers(1, 3))):
            clauses = draw(st.lists(_SENTENCE, min_size=2, max_size=6))
            end = draw(st.sampled_from(["。", "."]))
            paragraphs.append(",".join(clauses) + end)
    return paragraphs, headings, draw(st.integers(28, 42))


@given(_wrapped_report())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_headings_and_sentence_ends_keep_their_breaks_in_any_wrap(case: tuple[list[str], list[str], int]) -> None:
    """Whatever the width, a heading stays a line of its own and a paragraph ending ``。`` or ``.`` is not run on;
    the offset map stays exact."""
    paragraphs, headings, cells = case
    original = "\n".join(cell_wrap(paragraphs, cells))
    check_map(original)
    shown = clean(original).display_text.split("\n")
    for heading in headings:
        assert heading in shown
    for line in shown:  # the text holds a sentence end only where a paragraph ends
        assert "。" not in line[:-1] and "." not in line[:-1], line


def test_a_numbered_item_cut_after_a_comma_at_the_width_runs_on() -> None:
    """A heading title never ends with a comma: an item whose first printed line stops at the width on one is
    wrapped (``2、鼓励和引导林农发展林下经济,`` ⏎ ``积极推广…``); a short heading keeps its line."""
    paragraphs = [
        "二、主要工作",
        "2、鼓励和引导林农发展林下经济林药林菌林菜林果林花林牧,积极推广立体开发、循环利用模式,"
        "全年新增林下经济面积3200亩,带动农户增收。",
    ] * 4
    first = paragraphs[1][: paragraphs[1].index(",") + 1]
    lines = cell_wrap(paragraphs, int(sum(0.5 if ch.isascii() else 1 for ch in first)))
    assert lines[1].endswith(",")
    joins = join_points(lines, [True] * len(lines))
    assert joins[1]
    assert not joins[0]


_FIGURES = [
    "2021年,城镇登记失业率为3.36%,与去年相比降低0.09个百分点,比2019年降低0.33个百分点,低于省控线0.84个"
    "百分点,低于市控线0.64个百分点。",
    "全年城镇新增就业5612人,完成目标任务的112.24%;失业人员再就业1856人,完成目标任务的123.73%;就业困难人员"
    "就业4229人,完成目标任务的162.65%。",
]


def test_a_wrapped_paragraphs_last_piece_next_to_the_footer_stays_text() -> None:
    """The last printed line of a wrapped paragraph (``分点。``) is short, and the page's footer links follow it:
    alone it looks like one of them, but it carries its paragraph on and is judged with it."""
    paragraphs = ["一、就业工作", _FIGURES[1], _FIGURES[0]]
    lines = cell_wrap(paragraphs, 30)
    assert lines[-1] == "百分点。"
    text = clean("\n".join([*lines, "流动党员之家", "机关党建", "讲文明树新风", "传真:"])).display_text
    assert _FIGURES[0] in text.split("\n")
    assert "讲文明树新风" not in text


def test_wrapped_runs_are_the_lines_a_wrap_cut_from_one_paragraph() -> None:
    lines = cell_wrap(["一、就业工作", *_FIGURES], 32)
    runs = wrapped_runs(lines, [True] * len(lines))
    assert [lines[i] for i in runs[0]] == cell_wrap(_FIGURES[:1], 32)
    assert all(0 not in run for run in runs)  # the heading stands alone


def test_an_acronym_or_a_placeholder_cut_by_the_wrap_runs_on() -> None:
    """A Chinese sentence's acronym (``RCEP``, ``SO2``) or a placeholder figure (``x.x%``) cut at the line's end
    carries its sentence on; an English paragraph's line end does not run into Chinese text."""
    lines = [
        "积极组织企业参加广交会、进博会、东盟博览会等贸易平台，加强与其他RCEP",
        "国家的商务推介和招商引资工作，支持企业抱团赴境外参展，提升区域品牌",
        "影响力，全年新增外贸备案企业120家，外贸进出口总额同比增长",
        "x.x%。空气质量持续改善，细颗粒物、可吸入颗粒物浓度分别下降，SO",
        "2同比持平，浓度21微克/立方米，全省排名并列第10位，持续达到国家二",
        "级标准，全年优良天数比例达到92.3%，比上年提高1.6个百分点。",
    ] * 2
    joins = join_points(lines, [True] * len(lines))
    assert joins[:5] == [True] * 5
    english = [
        "This year marks the final year of the 14th Five-Year Plan and it is vital for the government",
        "今年工作总的要求是:",
    ]
    assert not join_points(english, [True, True])[0]


def test_a_page_number_before_an_attached_table_is_no_page_footer() -> None:
    """A PDF copy numbers its pages between them: the table on the page after ``第 2 页`` (rows of short cells, no
    sentence) is the report's attachment, not a footer under the page's end."""
    text = "\n".join(
        [
            *cell_wrap([_FIGURES[0], _FIGURES[1]], 30),
            "第 1 页",
            *cell_wrap([_FIGURES[1], _FIGURES[0]], 30),
            "第 2 页",
            "2021年农产品定性监测计划表",
            "单位:批次",
            "村社\t品种\t合计批次",
            "东江嘴\t蔬菜\t11",
            "外张\t蔬菜\t11",
            "吴家\t蔬菜\t11",
        ]
    )
    shown = clean(text).display_text
    assert "东江嘴" in shown and "农产品定性监测计划表" in shown
    assert "第 2 页" not in shown


def test_a_wrapped_copy_with_pinyin_annotations_is_measured_as_printed() -> None:
    """A farm's copy annotates characters with pinyin (``發(fā)展``) and was hard-wrapped with them: cleaning takes
    the annotations out, but the wrap measured the lines with them, so the lines still reach the printed width."""
    annotated = [
        p.replace("发展", "發(fā)展").replace("经济", "經(jīng)濟(jì)").replace("增长", "增長(zhǎng)")
        for p in [
            "全年全区经济发展稳中有进,地区生产总值增长5.2%,规模以上工业增加值增长6.1%,固定资产投资增长8.3%,"
            "社会消费品零售总额增长7.5%,城乡居民人均可支配收入分别增长4.6%和6.9%,经济发展质量效益稳步提升。",
            "坚持创新驱动发展,新认定高新技术企业32家,科技型中小企业评价入库156家,研发经费投入增长12.4%,"
            "创新平台建设取得新进展,经济发展新动能不断增强,产业结构持续优化升级。",
        ]
        * 3
    ]
    lines: list[str] = []
    for p in annotated:  # wrapped at 30 cells, an annotation never split from its character
        line, filled = "", 0.0
        for unit in re.findall(r".\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)|.", p):
            w = visual_width(unit) / 2
            if filled + w > 30 and line:
                lines.append(line)
                line, filled = "", 0.0
            line += unit
            filled += w
        lines.append(line)
    check_map("\n".join(lines))
    shown = clean("\n".join(lines)).display_text.split("\n")
    assert len(shown) == len(annotated), shown
