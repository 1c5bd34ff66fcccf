"""Cleaning by family (session 24, second round, body24b): an address a hard wrap carried under its key
(…;电话:83172086;电邮: ⏎ tjgk@bjstats.gov.cn)。一、概述: 2136), a page's fields and tool bar glued before the
first sentence on one line (阅读次数:    来源:…    【关闭】    字号:【大 中 小】上半年,…: 2119), a commented-out
block's text closed by the comment's mark (…content_127222.html 1 …/enpproperty-->: 2030, 财政法律法规   -->: 1238),
a news page a sentence a line that only looks hard-wrapped (2014), a dated opening line that is the item's lead
(…在省人民会堂隆重开幕。: 2014) rather than a picture's caption retelling it (891)."""

from __future__ import annotations

import pytest

from models.ingest.chrome_debris import is_page_debris
from models.ingest.chrome_notices import uncredited_caption
from models.ingest.clean import clean
from models.ingest.rejoin_width import wrap_width


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).display_text.split("\n") if line.strip()]


_WRAPPED = [
    "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由某某市统计局编制的2022",
    "年度政府信息公开工作年度报告。如对本报告有任何疑问,请联系某某市统计局办公室(地址:某某市人民",
    "路12号;邮编:410000;电话:0731-88888888;{key}",
    "{value})。一、概述",
    "(一)人员配备",
    "根据《条例》要求,2022年,统计局配备了2名政府信息公开全职工作人员,10名兼职工作人员,设有1个",
    "专门的信息申请受理点。",
]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("电邮:", "tjgk@bjstats.gov.cn"),
        ("电子邮箱：", "zwgk_tj@163.com"),
        ("E-mail:", "office@hunan.gov.cn"),
        ("网址:", "www.tjj.changsha.gov.cn"),
    ],
)
def test_an_address_a_wrap_carried_under_its_key_stays_with_the_heading_after_it(key: str, value: str) -> None:
    text = "\n".join(_WRAPPED).replace("{key}", key).replace("{value}", value)
    display = clean(text).display_text
    assert value in display
    assert "一、概述" in display


def test_a_stores_address_after_a_finished_line_still_goes() -> None:
    """A doc store's mark between two lines of prose stays out: the line before it closes no key."""
    text = "\n".join(
        [
            "2022年,全市地区生产总值完成1200亿元,同比增长5.5%,规模以上工业增加值增长6.1%。",
            "www.wenku365.com 文库 免费下载",
            "今年工作的总体要求是:坚持稳中求进工作总基调,推动经济社会高质量发展。",
        ]
    )
    assert not any("wenku365" in line for line in _lines(text))


_FIRST = "上半年,某某区地区生产总值完成275.55亿元,同比增长6.3%;全社会固定资产投资完成201.6亿元,同比增长15.5%。"
_SECOND = "今年年初以来,某某区先后开展了专项招商活动,拜访20余户企业,签约项目408亿元,储备项目127个。"


@pytest.mark.parametrize(
    "row",
    [
        "阅读次数:    来源:长春市发改委    日期:2015-08-03 14:51:39    【打印此页】    【关闭】    字号:【大 中 小】",
        "浏览次数:    发布时间:2021-04-12 09:30    来源:某某县统计局    〔打印本页〕    〔关闭窗口〕",
        "来源:株洲市人民政府    发布日期:2019-07-30 16:20:11    [打印]    [关闭]",
    ],
)
def test_a_pages_fields_row_glued_before_the_first_sentence_goes(row: str) -> None:
    cleaned = clean("\n".join(["某某区上半年经济平稳发展", row + _FIRST, _SECOND]))
    lines = [line.strip() for line in cleaned.display_text.split("\n") if line.strip()]
    assert _FIRST in lines
    assert not any(("打印" in line or "关闭" in line) and line != _FIRST for line in lines)
    assert any("来源" in h for h in cleaned.header_lines)


def test_a_reports_own_bracketed_head_after_wide_blanks_stays() -> None:
    """A yearbook's run-in head after a wide indent is the report's own: the row before it reads as no page's."""
    line = "一、综合    2022年全市经济运行    【概况】全市实现地区生产总值1200亿元,同比增长5.5%,增速居全省前列。"
    assert any("【概况】全市实现" in x for x in _lines("\n".join(["某某市2022年国民经济运行情况", line, _SECOND])))


@pytest.mark.parametrize(
    "line",
    [
        "2021-02-23 1 1 周口日报 content_127222.html 1 郸城县水利局为高质量发展擘画蓝图 /enpproperty-->",
        "财政法律法规   -->",
        "2019-06-11 3 2 湘潭日报 content_5531.htm 2 某某县召开农业工作会议-->",
    ],
)
def test_a_commented_out_blocks_text_is_debris(line: str) -> None:
    assert is_page_debris(line)
    assert is_page_debris(line, edge=False)


def test_a_sentence_drawing_a_flow_with_arrows_stays() -> None:
    assert not is_page_debris("办理流程为:申请-->受理-->审核-->办结,全程网上办理,群众满意度达到98%。-->", edge=False)
    assert not is_page_debris("申请人提交材料,窗口受理后转审核-->", edge=False)


_NEWS = [
    "高举新时代中国特色社会主义思想伟大旗帜 推动高质量发展再上新台阶 开创中国式现代化建设某某实践新局面",
    "省十四届人大二次会议隆重开幕",
    "大会主席团常务主席主持会议 听取政府工作报告 审查计划报告和草案、预算报告和草案 听取两项法规(草案)的说明",
    "1月28日上午,某某省第十四届人民代表大会第二次会议在某某召开。图片均为本报记者 张某 李某 王某某 摄",
    "1月28日上午,某某省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。",
    "大会主席团常务主席张某某、李某某、王某、赵某、钱某某、孙某某主持大会并在主席台前排就座。",
    "周某、吴某某、郑某、冯某某、陈某、褚某某在主席台就座。",
    "上午9时,张某某宣布:某某省第十四届人民代表大会共有代表951名,出席开幕大会的代表898名,符合法定人数,现在大会开幕。",
    "与会人员全体起立,会堂内响起雄壮的国歌声。",
    "在热烈的掌声中,省长周某作政府工作报告。报告共分三个部分:一、2023年工作回顾。二、2024年工作总体要求和主要目标。",
    "周某在报告中指出,过去一年,面对深刻变化的外部环境和艰巨繁重的发展任务,我们坚持稳中求进,全力以赴攻难关、"
    "解难题、防风险,经济稳的基础更加牢固,发展的质量不断提升,人民群众的获得感、幸福感、安全感持续增强。",
]


def test_a_news_page_a_sentence_a_line_is_not_hard_wrapped() -> None:
    """Its wide lines end their sentences; a wrap ends a paragraph at the margin only by chance."""
    assert wrap_width(_NEWS) is None
    display = clean("\n".join(_NEWS)).display_text
    assert "1月28日上午,某某省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。\n大会主席团" in display


def test_a_hard_wrapped_text_still_has_its_width() -> None:
    paragraphs = [_FIRST + _SECOND, _SECOND + _FIRST + "。", _NEWS[-1], _FIRST + _NEWS[-1]]
    wrapped = [p[k : k + 26] for p in paragraphs for k in range(0, len(p), 26)]
    assert wrap_width(wrapped) is not None


def test_a_dated_opening_line_is_the_lead_unless_a_line_near_retells_it() -> None:
    lead = "1月28日上午,某某省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。"
    assert not uncredited_caption(_NEWS, 4)
    told = [
        "1月28日上午,某某旗第十八届人民代表大会第五次会议在某某镇开幕。来自全旗各行各业、各条战线的人大代表肩负重托出席会议。",
        "1月28日上午9时,某某旗第十八届人民代表大会第五次会议在某某镇开幕。",
        "大会主席团常务主席、执行主席王某某主持大会。大会主席团常务主席、执行主席张某某、雷某某在主席台前排就座。",
    ]
    assert uncredited_caption(told, 1)
    assert lead in _NEWS
