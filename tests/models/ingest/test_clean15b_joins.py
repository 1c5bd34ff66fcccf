"""Round-2 cleaning misses of session 15: joins a copy's lost line breaks make wrong."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map
from tests.models.ingest.test_clean_rejoin import hard_wrap

_PARA = (
    "2010年,全镇完成农牧业生产总值2401.19万元,较上年增长24%,2010年人均收入达7927.05元,较上年增长23%,"
    "经济主要依靠农牧业,牧业以绒山羊、黄牛、半细毛羊为主,农业种植以枸杞为主。"
)


@pytest.mark.parametrize("heading", ["(一)、农牧业生产方面", "一、综 合", "（二）城市面貌持续改善"])
def test_a_heading_a_copy_left_at_a_paragraphs_end_is_not_glued_across_a_page_number(heading: str) -> None:
    # a store's copy lost the break before the heading (1366, 414): the next page's paragraph is the section's text
    nxt = "宗加镇有着得天独厚的自然资源优势,镇党委、政府经过深入调查研究,认为应由传统型转变。"
    text = f"{_PARA} {heading}\n\n- 1 -\n\n{nxt}\n"
    out = clean(text)
    check_map(text)
    assert f"{heading}\n" in out.display_text


def test_a_heading_left_at_a_paragraphs_end_is_not_glued_to_the_next_line() -> None:
    text = f"{_PARA} 一、综 合\n一年来,全县经济保持平稳发展,质量效益不断提升,经雅安市统计局初步核算。\n"
    out = clean(text)
    assert "一、综 合\n一年来" in out.display_text


def test_a_long_paragraph_cut_mid_sentence_by_a_page_still_runs_on() -> None:
    text = f"{_PARA}今年以来全镇经济社会呈现出科学发展的良好势头,各项事业\n\n- 1 -\n\n取得新进展,生活水平持续提高。\n"
    out = clean(text)
    assert "各项事业取得新进展" in out.display_text


def test_a_heading_cut_by_a_hard_wrap_still_runs_on() -> None:
    # a printed line stops inside a run-in heading (437's shape): the wrap, not the copy, broke it
    lines = [
        "一是全县上下坚持稳中求进工作总基调,经济运行总体平稳,主要指标好于预期",
        "二是项目建设扎实推进,全年实施重点项目一百个,完成投资五十亿元以上",
        "三是民生事业全面进步,城乡居民收入稳步增长,社会保持和谐稳定大局",
        "四是改革开放不断深化,营商环境持续优化,市场主体活力进一步激发",
        "办公楼正在装修,估量十二月份安装设备及职工培训并试生产。 (二)在谈项目储",
        "备情况,全年共洽谈项目二十个,其中签约项目十个,总投资三十亿元左右。",
    ]
    out = clean("\n".join(lines) + "\n")
    assert "(二)在谈项目储备情况" in out.display_text


# paragraphs of several sentences (the document's habit), one sentence ending exactly at the 28th column
_SENTENCES = [
    "有效防范和化解重点领域风险，新质生产力稳步发展。明确地方政府融资平台退出标准，平台数量进一步下降。"
    "稳妥推进地方中小金融机构改革化险，全年共完成改革任务十二项。加快完善数据基础制度体系。深入实施东数西算工程。"
    "大力培育全国一体化数据市场。",
    "扎实推进重大项目，切实增进民生福祉，保障养老金按时发放。持续改善义务教育学校基本办学条件，义务教育"
    "发展更加均衡。大力支持新建和改造提升高标准农田，持续深入打好污染防治攻坚战。美丽中国建设成效明显。"
    "一大批灾后恢复重建项目按期建成。",
    "促进积极财政政策提质增效，推动经济回升向好，落实到位。加大财政支出强度，中央本级一般公共预算支出"
    "同比增长百分之六点五，支持地方加大补短板力度，确保各项政策落地见效。发行超长期特别国债。扩大地方政府"
    "专项债券投向领域。新增专项债务限额三点九万亿元。",
]


def test_a_printed_line_filled_to_its_last_column_by_a_sentence_end_runs_on() -> None:
    # a PDF's line that stops at the margin with 。 inside its paragraph (1282 x10, 094): the next line carries it on
    text = hard_wrap(_SENTENCES, 56)
    assert "推进重大项目，切实增进民生福祉，保障养老金按时发放。\n持续" in text  # the wrap fell after the sentence
    out = clean(text + "\n")
    assert "保障养老金按时发放。持续改善" in out.display_text
    assert "落实到位。加大财政" in out.display_text
    assert "数据市场。\n扎实推进" in out.display_text  # a paragraph's end short of the margin stays


def test_one_sentence_paragraphs_ending_at_the_margin_keep_their_breaks() -> None:
    # no sentence runs on inside a paragraph anywhere: a 。 at the last column ends its paragraph
    paragraphs = [s[: s.index("。") + 1] for s in _SENTENCES] * 2
    out = clean(hard_wrap(paragraphs, 56) + "\n")
    assert "落实到位。\n" in out.display_text


def test_a_sentence_end_under_a_bracketed_stamp_ends_the_paragraph() -> None:
    # a live text's time stamp (1373: …下滑。 [09:06]), an office's note (936: …。(健康中国行动推进办负责))
    lines = [
        "[温家宝]:2009年是新世纪以来我国经济发展最为困难的一年。去年这个时候,国际金融危机还在扩散蔓延,"
        "世界经济深度衰退,我国经济受到严重冲击,经济增速陡然下滑。 [09:06]",
        "[温家宝]:在异常困难的情况下,全国各族人民在中国共产党的坚强领导下,坚定信心,迎难而上,顽强拼搏,"
        "在世界率先实现经济回升向好,改革开放和社会主义现代化建设取得新的重大成就。(掌声) [09:07]",
        "[温家宝]:国内生产总值达到33.5万亿元,比上年增长8.7%;财政收入6.85万亿元,增长11.7%。 [09:08]",
    ]
    out = clean("\n".join(lines) + "\n")
    assert len(out.display_text.strip().split("\n")) == 3


def test_a_title_broken_over_three_lines_inside_its_book_title_is_one_line() -> None:
    # disc15b 1317: 怀化市贯彻落实《关于打好经济增长主动仗 ⏎⏎ 实现经济运行整体好转的若干政策 ⏎⏎ 措施》实施方案
    text = (
        "怀化市贯彻落实《关于打好经济增长主动仗\n\n实现经济运行整体好转的若干政策\n\n措施》实施方案\n\n"
        "为全面贯彻党的二十大和中央、省委、市委经济工作会议精神,打好打赢发展六仗,推动经济运行整体好转。\n"
    )
    check_map(text)
    shown = clean(text).display_text
    assert "怀化市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案\n" in shown
