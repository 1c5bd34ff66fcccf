"""Headings found on lines of their own are found when a wrapped or run-together copy joins the lines.

A first (一) glued to the end of its 一、 parent's short title is a heading of its own, as 1. and 一、 are
(glued_child): a wrapped or run-together copy joins the parent's line to its first item's
(一、基本情况（一）项目概况 in the wrapped copies of 1475 and 228; 一、2023年工作总结 (一)… in 1674 and 1687)."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

PROSE = "深入践行生态理念，将生态环境保护工作纳入党委政府重要议事日程，多次召开会议听取汇报，研究部署重点任务。\n"


def test_a_first_paren_item_glued_to_a_part_title_is_its_child() -> None:
    text = (
        "某县水务局项目绩效自评报告\n一、基本情况（一）项目概况\n"
        + PROSE
        + "（二）项目的实施依据\n"
        + PROSE
        + "二、绩效自评工作开展情况(一)评价小组情况\n"
        + PROSE
    )
    got = tree(text)
    assert (1, "一、", "基本情况") in got
    assert (2, "（一）", "项目概况") in got
    assert (1, "二、", "绩效自评工作开展情况") in got
    assert (2, "(一)", "评价小组情况") in got


def test_a_table_part_number_ending_a_title_stays_in_it() -> None:
    text = "某镇部门决算公开\n五、一般公共预算财政拨款支出决算表(一)\n" + PROSE
    text += "六、政府性基金预算财政拨款收入支出决算表\n" + PROSE
    got = tree(text)
    assert (1, "五、", "一般公共预算财政拨款支出决算表(一)") in got


def test_a_paren_first_item_after_a_title_not_ending_on_a_part_word_stays() -> None:
    text = "某县工作总结\n一、抓好（一）号文件落实\n" + PROSE + "二、抓好安全生产\n" + PROSE
    assert (1, "一、", "抓好（一）号文件落实") in tree(text)


BODY = "根据《中华人民共和国预算法》有关规定，现将本单位年度部门决算及“三公”经费信息公开说明如下。\n"
CONTENTS = [
    "目录",
    "第一部分 概况 1",
    "一、本部门职责 1",
    "二、机构设置情况 1",
    "第二部分 决算报表 2",
    "第三部分 名词解释 3",
]
ANNEXED = ["目录", "一、部门概况", "二、绩效目标", "三、评价结论", "附件1 成本费用分析报告", "附件2 某馆决算明细表"]


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize(
    "contents, cover",
    [
        (CONTENTS, ["离石区交口街道办事处", "2021年部门决算及“三公”经费信息", "公开说明"]),
        (ANNEXED, ["寻甸县档案馆", "2024年度部门整体支出绩效评价报告"]),
        (CONTENTS, ["某区民政局", "2022年部门决算公开说明"]),
    ],
)
def test_a_cover_title_after_the_contents_heads_the_body_in_lines_and_run_together(
    sep: str, contents: list[str], cover: list[str]
) -> None:
    """A one-line copy parts an entry's page number (…名词解释 3) and an attachment's name (附件2 某县…明细表) from
    their entries at the blanks: they still close the contents, not open the cover title (1193, 1915)."""
    text = "某单位2021年度部门决算\n" + sep.join([*contents, *cover, BODY.strip(), BODY.strip(), BODY.strip()])
    assert tree(text)[0] == (1, "", "".join(cover))


HEADLINE_PARA = "要准确把握影响社会稳定的不安定因素，科学监测、评估、预警矛盾风险，全面落实各项工作措施，确保取得实效。"


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize("office", ["郑州市公安局", "某县教育局", "某区民政局"])
def test_two_clause_headlines_after_a_colon_in_lines_and_run_together(sep: str, office: str) -> None:
    """Two-clause headlines a lead-in colon announces (1895) are pieces of their own between blanks in a one-line
    copy: the same series."""
    heads = [
        "防范化解重大风险，坚决捍卫政治安全",
        "依法妥处群体事件，全力维护大局稳定",
        "以扫黑除恶为统领，全面提升打击效能",
    ]
    lead = f"2018年是全面建设的重要一年。{office}要坚持以防为先、标本兼治，重点做好几项工作："
    parts = [f"今年{office}打算这么干", lead]
    for head in heads:
        parts += [head, HEADLINE_PARA]
    assert [r[2] for r in tree(sep.join(parts))] == heads


@pytest.mark.parametrize("sep", ["\n", " "])
def test_clause_pieces_inside_paragraphs_are_no_headlines(sep: str) -> None:
    parts = ["某局工作总结", "今年以来，我局认真贯彻上级部署。"]
    for clause in ["加快推进项目建设，全面提升服务水平", "持续优化营商环境，不断增强发展后劲"]:
        parts += [HEADLINE_PARA, clause]
    assert tree(sep.join(parts)) == []


REVIEW = [
    "2013年，面对错综复杂的国际形势和艰巨繁重的国内",
    "改革发展稳定任务，以党中央为核心",
    "团结带领全省各族人民，全面推进各项建设，取得新的重大进展。",
]
PLAN = [
    "今年是全面贯彻落实会议精神的开局之年，做好全年",
    "工作意义重大，要坚持稳中求进",
    "工作总基调，统筹发展和安全，努力完成全年各项目标任务。",
]


@pytest.mark.parametrize("head, wrapped", [("过去一年的主要工作", REVIEW), ("今年工作安排", PLAN)])
def test_a_heading_over_a_paragraph_a_copy_wrapped_at_uneven_widths(head: str, wrapped: list[str]) -> None:
    """A paragraph a copy hard-wrapped at uneven widths (a bilingual page's Chinese rows, 1982's wrapped copy): its
    first line runs on in its sentence (a clause's comma in it, no end) to a stop within a few lines; the short line
    over it is its heading as over a paragraph on one line."""
    opening = "各位代表：\n现在，我受省人民政府委托，向大会报告工作，请予审议。\n"
    text = opening + head + "\n" + "\n".join(wrapped) + "\n"
    assert tree(text) == [(1, "", head)]


REVIEW_PARA = (
    "2021年，在市委市政府的坚强领导下，区政府团结带领全区干部群众，重实干、强执行、抓落实，圆满实现年度目标任务。"
)
THEME_PARA = (
    "全区经济发展稳中有进、稳中提质，经济增长持续领跑，实现地区生产总值210.42亿元、增长8.7%。"
    "固定资产投资增长11.6%，规上工业增加值增长11.5%。社会消费品零售总额增长18.2%。"
)


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize(
    "theme",
    ["这一年，我们埋头苦干、对标竞进，展现了经济发展“安居速度”", "过去一年，我们攻坚克难，交出了高质量发展的优异答卷"],
)
def test_a_period_theme_line_over_its_paragraph_in_lines_and_run_together(sep: str, theme: str) -> None:
    """A review's theme line with no stop (这一年，我们…, 691) over a long paragraph: on a line of its own or a piece
    of its own between blanks, the same subheading."""
    text = sep.join(["各位代表：", "2021年工作回顾", REVIEW_PARA, theme, THEME_PARA, THEME_PARA])
    assert theme in [row[2] for row in tree(text)]


@pytest.mark.parametrize("sep", ["\n", " "])
@pytest.mark.parametrize("term", ["财政支出", "专项资金", "政务数据"])
def test_a_definition_sentence_after_an_article_is_no_lead(sep: str, term: str) -> None:
    """An article's definition (本办法所称的…是指…。) on a line or a piece of its own is the article's normative
    sentence, no lead over the next (564's oneline copy), as …应当… is."""
    parts = [
        "某县财政支出绩效评价管理办法",
        "第一章 总 则",
        "第一条 为全面实施预算绩效管理，建立科学、合理的绩效评价管理体系，提升部门履职效能，根据有关规定，制定本办法。",
        "第二条 本办法所称的绩效评价是指财政部门、预算部门及单位，依据设定的绩效目标，运用科学的评价方法进行评判。",
        f"本办法所称的{term}是指项目支出和部门整体支出。",
        "本办法所称的项目是指具体的预算项目，包括部门预算项目和上级政府对下转移支付项目，以及其他有关项目。",
        "第三条 绩效评价应当遵循统一领导、分级管理的原则，坚持科学规范、公正公开、分级分类、绩效相关的要求。",
    ]
    assert all("是指" not in row[2] or row[1] for row in tree(sep.join(parts)))
