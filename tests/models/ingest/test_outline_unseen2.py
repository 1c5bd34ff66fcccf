"""Outline families found on the 30 reports added after round one (1031–1050, 1081–1090): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_plan_named_in_its_notice_title_with_a_quoted_report_inside_governs_its_sections() -> None:
    # 关于印发2024年县《政府工作报告》…分解方案的通知: the name carries the quoted report inside it; the plan printed
    # after the notice's date is the title its 一、 and （一） go under
    name = "2024年县《政府工作报告》确定的主要目标任务责任分解方案"  # longer than a sub-head line
    lines = [f"县人民政府办公室关于印发{name}的通知", "各乡镇人民政府："]
    lines += ["2024年《县〈政府工作报告〉确定的主要目标任务责任分解方案》已报经县人民政府同意，现通知如下："]
    lines += ["一、各单位要高度重视，认真制定工作方案，明确责任，明确措施，明确时间节点，确保任务落实到位。"]
    lines += ["二、县督查室要加强跟踪督办，定期通报各单位的工作进展情况，确保各项任务按期完成。"]
    lines += ["县人民政府办公室", "2024年1月8日", name]
    lines += ["一、全县经济社会发展的主要预期目标", "（一）地区生产总值增长6%以上", "责任单位：县发展和改革局"]
    lines += ["（二）固定资产投资增长8%以上", "责任单位：县发展和改革局"]
    got = flat("\n".join(lines))
    plan = (1, "", name)
    assert plan in got
    assert got[got.index(plan) + 1 :] == [
        (2, "一、", "全县经济社会发展的主要预期目标"),
        (3, "（一）", "地区生产总值增长6%以上"),
        (3, "（二）", "固定资产投资增长8%以上"),
    ]


def test_a_numbered_item_wrapped_in_a_one_line_pdf_copy_keeps_the_rest_before_the_next_item() -> None:
    # a PDF text layer run together on one line, each wrap a single blank: an item's title goes on over the wrap to
    # its full stop, the next item right after it; a paragraph opening with a short sentence stays apart
    body = "我局负责拟订和组织实施全县国民经济和社会发展战 略、中长期规划和年度计划，负责全县固定资产投资项"
    body += " 目审批、核准、备案及监督检查等工作。"
    items = [
        "1、强化经济综合管理，积极发挥党委政府的参谋助手 作用。",
        "2、紧紧扭住重点项目建设，促进固定资产投资规模 增量提质。",
        "3、做好粮食能源保障、电力及安全生产等各项工 作，提高安全生产水平。",
        "4、坚持旗帜鲜明讲政治，更大力度推进系统党 的建设和干部队伍建设。",
    ]
    parts = ["一、部门基本情况", "（一）部门职能", body, "（二）年度重点工作任务", *items, "（三）绩效目标", body]
    text = " ".join(parts)
    got = flat(text)
    assert (3, "2、", "紧紧扭住重点项目建设，促进固定资产投资规模增量提质") in got
    assert (3, "3、", "做好粮食能源保障、电力及安全生产等各项工作，提高安全生产水平") in got
    assert (3, "4、", "坚持旗帜鲜明讲政治，更大力度推进系统党的建设和干部队伍建设") in got
    assert (3, "1、", "强化经济综合管理，积极发挥党委政府的参谋助手作用") in got


def test_a_title_run_into_its_paragraph_ends_before_the_months_and_the_place_the_paragraph_opens_with() -> None:
    # a copy that lost the comma after the months (1-6月全市…): the paragraph opens with its months and its place
    lines = ["一、上半年经济运行情况", "（一）农业经济持续向好。1-6月全县农业总产值65.6亿元，同比增长10.0%。"]
    lines += ["（二）工业经济增速放缓1-6月全县规模工业增加值同比增长4.0%，增速比一季度下降6.2个百分点。"]
    lines += ["（三）投资持续增长1—6月全县固定资产投资同比增长12.0%。"]
    got = flat("\n".join(lines))
    assert got[2:] == [(2, "（二）", "工业经济增速放缓"), (2, "（三）", "投资持续增长")]


def test_a_contents_list_captioned_with_the_documents_name_is_no_outline() -> None:
    # <plan's name>目录 over its contents list, the body after: the caption is no heading, the entries are listed
    entries = ["1.总则", "2.组织机构及职责", "3.监测与预警", "4.应急响应"]
    body = ["1.总则", "为规范全县应急管理工作，提高应急处置能力，特制订本预案。", "2.组织机构及职责"]
    body += ["县政府成立应急指挥部，负责统一领导全县的应急工作。", "3.监测与预警", PARA, "4.应急响应", PARA]
    notice = ["县人民政府办公室关于印发《某县重污染天气应急预案》的通知", "各乡镇人民政府："]
    notice += ["《某县重污染天气应急预案》已经县人民政府同意，现印发给你们，请遵照执行。", "县人民政府办公室"]
    text = "\n".join([*notice, "2024年12月25日", "某县重污染天气应急预案目录", *entries, *body])
    got = flat(text)
    assert got == [(1, "1.", "总则"), (1, "2.", "组织机构及职责"), (1, "3.", "监测与预警"), (1, "4.", "应急响应")]


_ITEMS = (
    "强化经济综合管理，积极发挥党委政府的参谋助手作用",
    "紧紧扭住重点项目建设，促进固定资产投资规模增量提质",
    "做好粮食能源保障、电力及安全生产等各项工作，提高安全生产水平",
    "坚持旗帜鲜明讲政治，更大力度推进系统党的建设和干部队伍建设",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=10), min_size=len(_ITEMS), max_size=len(_ITEMS)))
def test_a_wrapped_one_sentence_item_reads_whole_wherever_the_wrap_falls(tails: list[int]) -> None:
    # each item wrapped by a single blank a few characters before its stop (between two Chinese characters), the
    # next item right after the stop: its title is the whole sentence
    body = "我局负责拟订和组织实施全县国民经济和社会发展战 略、中长期规划和年度计划，负责全县固定资产投资项"
    body += " 目审批、核准、备案及监督检查等工作。"
    items = []
    for k, (item, tail) in enumerate(zip(_ITEMS, tails, strict=True), 1):
        at = len(item) - tail
        while not ("\u4e00" <= item[at - 1] <= "\u9fff" and "\u4e00" <= item[at] <= "\u9fff"):
            at += 1
        items.append(f"{k}、{item[:at]} {item[at:]}。")
    parts = ["一、部门基本情况", "（一）部门职能", body, "（二）年度重点工作任务", *items, "（三）绩效目标", body]
    got = flat(" ".join(parts))
    for k, item in enumerate(_ITEMS, 1):
        assert (3, f"{k}、", item) in got
