"""Session 26, round 1, joins: in a copy not wrapped to a width, a line that ends on an ellipsis (``…跳出全省谋划……``)
ends its statement, and a line the page printed with a paragraph's indent (two blanks or a full-width space)
opens a paragraph of its own, even after a clause's ``；`` (2032 随州 portal, 264 乐安 bulletin, 726 肥东 preview).
A long line cut inside its clause still runs on, and an unindented line after ``；`` keeps the list rules."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.ingest import parse_file
from models.ingest.rejoin import join_points

_PLACES = st.sampled_from(["随州市", "乐安县", "江门市新会区", "肥东县", "黔东南州凯里市", "西城街道"])
_OFFICES = st.sampled_from(["自然资源和规划局", "统计局", "农业农村局", "发展和改革委员会", "街道办事处"])
_INDENTS = st.sampled_from(["  ", "    ", "\u3000\u3000", "\u3000", " \u3000"])
_ELLIPSES = st.sampled_from(["……", "…"])


def _long(place: str, office: str) -> str:
    return (
        f"{place}{office}要力争继续稳居全省第一方阵,登记财产工作要进一步擦亮品牌、优化市民办事体验,"
        "林长制工作要拓展视野、统筹谋划"
    )


@given(_PLACES, _OFFICES, _ELLIPSES)
def test_an_ellipsis_ends_a_long_unwrapped_line(place: str, office: str, dots: str) -> None:
    lines = [_long(place, office) + dots, f"元旦前后,{place}{office}通过召开党组会等形式,全面梳理过去一年的工作。"]
    assert join_points(lines, [True, True])[0] is False


@given(_PLACES, _OFFICES, _INDENTS)
def test_an_indented_line_after_a_clause_end_opens_a_paragraph(place: str, office: str, indent: str) -> None:
    lines = [
        f"推进《{place}矿山生态修复条例》立法,{place}有望成为全省第二个出台该条例的地方,为全省提供经验;",
        f"消化批而未供土地面积7596亩,消化率43.49%;处置闲置土地面积3230亩,{office}超额完成省定目标;",
        "油茶产业扩面提质增效行动扎实推进,获得中央财政资金支持。",
    ]
    # the page's title stands unindented over its indented paragraphs (2032): the indent tells paragraphs apart
    lines = [f"{place}{office}深思细谋“抓开局”", *lines]
    printed = [lines[0]] + [indent + line for line in lines[1:]]
    assert join_points(lines, [True] * 4, printed)[1:3] == [False, False]


@given(_INDENTS)
@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_an_indent_on_every_line_tells_nothing(tmp_path: Path, indent: str) -> None:
    # a Word copy saved with every line indented and CRLF ends (eval_variants' indented family) of a page that broke
    # after every clause (738): the indent marks no paragraph, the clauses run on as in the page itself
    lines = [
        "教育局2020年工作总结",
        "一是教育投入不断增加。截止2020年10月,共完成教育固定资产投资6.1547亿元,完成年度目标任务的99.27%,"
        "高原体育产业完成0.36亿元,完成年度目标任务的100%;",
        "累计投入7235.6万元,推进义务教育薄弱环节改善与能力提升项目,目前已开工57个,竣工38个;",
        "投入资金1455万元,推进233所学校改造项目,竣工率100%;",
        "二是办学条件持续改善。全年新建校舍面积12万平方米。",
    ]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_bytes("\r\n".join(indent + line for line in lines).encode("utf-8"))
    assert "竣工38个;投入资金" in parse_file(page).display_text
    assert "竣工38个;投入资金" in parse_file(copy).display_text


def test_a_long_line_cut_inside_its_clause_still_runs_on() -> None:
    lines = [_long("随州市", "自然资源和规划局") + ",推动全市自然资源和规划各项", "工作争一流、创品牌。"]
    assert join_points(lines, [True, True])[0] is True


def test_an_unindented_list_of_clauses_keeps_running_on() -> None:
    # the page broke a paragraph after each clause, no indent marks a new one: the list rules decide as before
    lines = [
        "推进矿山生态修复条例立法,为全省矿山生态修复工作提供经验;处置闲置土地面积3230亩,处置率51.06%;",
        "消化批而未供土地面积7596亩;",
    ]
    indented = ["  " + line for line in lines]
    assert join_points(lines, [True, True])[0] is join_points(lines, [True, True], lines)[0]
    assert join_points(lines, [True, True], [lines[0], indented[1]])[0] is False


_LEADS = st.sampled_from(
    ["科技创新成果显著。", "经济运行稳中向好。", "GDP保持快速增长。", "結構調整取得積極進展。", "就业形势稳定。"]
)


@given(_LEADS)
def test_a_run_in_lead_opens_a_paragraph_after_a_full_line(lead: str) -> None:
    # hard-wrapped text whose paragraphs hold several sentences (2077 安徽; the same leads in 217, 1566, 2202): a
    # line the wrap filled with a sentence's end runs on, unless the next line opens with a paragraph's lead sentence
    lines = [
        "务院及中共安徽省委的坚强领导下,攻坚克难,开拓奋进,较好完成省十二届人大六次",
        "会议确定的目标任务,保持了经济平稳健康较快发展和社会和谐稳定。",
        "经济运行稳中向好。全省生产总值24117.9亿元、增长8.7%。规模以上工业增加值突",
        "破万亿元、增长8.8%。粮食产量683.5亿斤,实现十三连丰。固定资产投资增长11.7%,",
        "社会消费品零售总额增长12.3%。财政收入增长9%,规模以上工业企业利润增长15%。",
        lead + "合肥综合性国家科学中心获国家批复,成为全国科技创新战略",
        "布局的重大平台。世界首颗量子科学实验卫星墨子号由中国科技大学主导研制成功,世",
    ]
    assert join_points(lines, [True] * len(lines))[4] is False


def test_a_short_sentence_with_a_figure_inside_a_paragraph_still_runs_on() -> None:
    lines = [
        "务院及中共安徽省委的坚强领导下,攻坚克难,开拓奋进,较好完成省十二届人大六次",
        "会议确定的目标任务,保持了经济平稳健康较快发展和社会和谐稳定。",
        "经济运行稳中向好。全省生产总值24117.9亿元、增长8.7%。规模以上工业增加值突",
        "破万亿元、增长8.8%。粮食产量683.5亿斤,实现十三连丰。固定资产投资增长11.7%,",
        "社会消费品零售总额增长12.3%。财政收入增长9%,规模以上工业企业利润增长15%。",
        "出口增长5.1%。合肥综合性国家科学中心获国家批复,成为全国科技创新战略",
        "布局的重大平台。世界首颗量子科学实验卫星墨子号由中国科技大学主导研制成功,世",
    ]
    assert join_points(lines, [True] * len(lines))[4] is True
