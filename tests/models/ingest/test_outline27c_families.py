"""Session 27c: a quoted term is one word of a two-clause headline, whatever punctuation it holds inside (2296's
深化“网格化管理,组团式服务”成果,优化管理与服务 in a series of such headlines over `；`-lists of measures)."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

OPENING = "2010年,某街道总的工作思路是:认真贯彻上级精神,紧紧围绕区委、区政府的战略目标,着力提升社会管理和公共服务水平。"
MEASURES = "加强学习,提升领导班子统筹协调能力;严格管理,提升干部队伍落实执行能力;落实制度,提升党员干部拒腐防变能力。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


SERIES = [
    [
        "着力提升执政能力,建设和谐街道",
        "深化“网格化管理,组团式服务”成果,优化管理与服务",
        "把握区域发展规律,加强社会管理",
    ],
    ["突出“放管服,优环境”改革,激发市场活力", "加快产业转型,壮大实体经济", "坚持民生优先,办好民生实事"],
    ["聚焦项目建设，增强发展后劲", "巩固“两不愁、三保障”成果，推进乡村振兴", "坚持“抓党建，促发展”，建强基层组织"],
]


@pytest.mark.parametrize("heads", SERIES)
def test_a_quoted_term_with_a_comma_is_one_word_of_a_two_clause_headline(heads: list[str]) -> None:
    lines = [OPENING]
    for head in heads:
        lines += [head, MEASURES]
    got = flat("\n".join(lines))
    assert got == [(1, "", head.replace("，", ",")) for head in heads] or got == [(1, "", head) for head in heads]


def test_a_quoted_comma_does_not_make_a_sentence_a_headline() -> None:
    # (a line with three clauses outside its quotes is a sentence, not a headline)
    heads = [
        "着力提升执政能力,建设和谐街道",
        "深化“网格化管理,组团式服务”成果,优化管理,改进服务",
        "把握区域发展规律,加强社会管理",
    ]
    lines = [OPENING]
    for head in heads:
        lines += [head, MEASURES]
    assert (1, "", heads[1]) not in flat("\n".join(lines))


# Session 27c: a review's period theme written as one sentence of up to three clauses, over the 一是… points it sums
# up, a piece of its own in a copy run together (1633 一年来,我们竞进有为,…,医卫力量有新提升。  一是…): the tier above
# the points, as it is over headlined paragraphs (914, 110); a sentence counting what follows (1038 着力抓好六方面工作)
# is no theme.
POINTS = (
    "一是努力构建区域医联体。联合市第三人民医院、市第七人民医院以及14家乡镇卫生院成立了区域内的综合医联体,基本形成了"
    "小医院联大医院、小科室联大科室的新型医疗卫生服务体系。二是深化公立医院改革。全面取消药品加成,推进分级诊疗。"
)
INTRO = "2021年,是卫生健康事业承上启下的关键之年。一年来,全局上下砥砺奋进,圆满完成了全年各项目标任务。"
THEME_SENTENCES = [
    "一年来,我们竞进有为,不折不扣深化医药卫生体制改革,医卫力量有新提升。",
    "过去一年,我们攻坚克难,持续推进乡村振兴,农业农村发展有新突破。",
    "这一年，我们迎难而上，全力以赴抓项目，发展后劲明显增强。",
]


@pytest.mark.parametrize("theme", THEME_SENTENCES)
def test_a_period_theme_sentence_over_its_points_is_a_heading_in_a_one_line_copy(theme: str) -> None:
    # (in a copy run together, gold-b's one-line rule; a text keeping its lines keeps such a paragraph, 1090)
    parts = ["某区卫生健康局2021年工作总结", INTRO, theme, POINTS]
    got = flat("  ".join(parts))
    assert got == [(1, "", theme[:-1].replace("，", ","))] or got == [(1, "", theme[:-1])]


@pytest.mark.parametrize(
    "sentence",
    [
        "一年来,我们着力抓好六方面工作。",  # (counting what follows: a lead-in)
        "一年来,我们主要做了以下工作。",
        "2021年,是卫生健康事业承上启下的关键之年。",  # (the year as what it was: no theme in our own voice)
    ],
)
@pytest.mark.parametrize("one_line", [True, False])
def test_a_sentence_announcing_the_points_is_no_heading(sentence: str, one_line: bool) -> None:
    parts = ["某区卫生健康局2021年工作总结", INTRO, sentence, POINTS]
    assert flat(("  " if one_line else "\n").join(parts)) == []


# Session 27c: a dash-led headline run into its paragraph in a doc store's copy ends where the paragraph opens with
# the level's own government as its subject (147 ——工业经济迅猛增长镇政府始终把…; 690, 1934, 2324 open paragraphs
# with 区政府始终… / 市政府坚持…), a title of a subject and its result at any speed (迅猛增长, 迅速发展) as at a
# steady one (稳步提升).
REVIEW = "五年来,全镇上下团结一心,开拓进取,经济社会各项事业取得了长足发展。"


@pytest.mark.parametrize(
    ("title", "paragraph"),
    [
        ("工业经济迅猛增长", "镇政府始终把优化环境,发展经济放在首要位置,广辟招商途径,有力地促进了工业经济的快速发展。"),
        ("城乡建设迅速推进", "县政府坚持规划先行,累计投入资金3.2亿元,完成道路改造56公里,城乡面貌焕然一新。"),
        ("社会事业全面发展", "街道政府紧紧围绕民生需求,新建社区卫生服务站4个,新增养老床位300张,群众满意度持续提升。"),
    ],
)
def test_a_dashed_headline_ends_where_the_government_opens_its_paragraph(title: str, paragraph: str) -> None:
    head = "某镇人民政府工作报告\n一、经济发展空前活跃\n"
    text = head + REVIEW * 3 + "  ——农业经济稳步提升五年来,我们" + paragraph * 2 + "  ——" + title + paragraph * 2
    assert (2, "", title) in flat(text)


def test_a_party_committee_and_government_pair_is_no_cut() -> None:
    glued = "  ——工业经济迅猛增长县委、县政府始终把发展经济放在首要位置,有力地促进了工业经济的发展。"
    text = "某镇人民政府工作报告\n一、经济发展空前活跃\n" + REVIEW * 3 + glued * 2
    assert all("县委" not in t for _, _, t in flat(text)[1:]) or (2, "", "工业经济迅猛增长") not in flat(text)


# Session 27c: a numbered title of a theme and a phrase set off by a blank from one sentence that names the title's
# words again (1974 (一)坚持“一核带动”,强化党建引领 坚持党建引领的核心地位。) ends at the blank (the space ruling of
# 004/1744); a tail that names nothing of the title stays in it.
NEXT = {"(一)": "(二)", "一、": "二、", "1.": "2."}
ITEMS = "一是创新学习工作法。坚持将学习贯彻会议精神与业务工作结合起来,全年开展集中学习24次,专题研讨6次。\n"


@pytest.mark.parametrize(
    ("label", "title", "sentence"),
    [
        ("(一)", "坚持“一核带动”,强化党建引领", "坚持党建引领的核心地位。"),
        ("(一)", "聚焦项目建设,增强发展后劲", "增强发展后劲是全年工作的重中之重。"),
        ("1.", "坚持绿色发展，守护生态底线", "牢牢守护生态底线不放松。"),
    ],
)
def test_a_title_ends_at_the_blank_before_a_sentence_restating_it(label: str, title: str, sentence: str) -> None:
    head = "某局2022年工作总结\n一、2022年亮点工作\n"
    text = head + f"{label}{title} {sentence}\n" + ITEMS + f"{NEXT[label]}加强队伍建设\n" + ITEMS
    titles = [t for _, _, t in flat(text)]
    assert title.replace("，", ",") in titles or title in titles


def test_a_tail_naming_nothing_of_the_title_stays() -> None:
    text = "某局2022年工作总结\n一、2022年亮点工作\n(一)加强组织领导,明确责任分工 确保各项任务落到实处。\n" + ITEMS
    text += "(二)加强队伍建设\n" + ITEMS
    assert "加强组织领导,明确责任分工" not in [t for _, _, t in flat(text)]
