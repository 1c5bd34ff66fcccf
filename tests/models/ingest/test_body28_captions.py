"""Photo captions over a news item that repeat its lead (session 28, 2334): each picture's caption opens with the
same dated sentence, and the item's lead under them tells that day's event again; the captions are the pictures'."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean

_TEXT = (
    "瑞雪纷飞,欢乐祥和。{day}上午9时,{meeting}在雄壮的国歌声中隆重开幕。会堂内灯火辉煌,来自各地、各条战线的代表"
    "肩负着人民的重托出席会议。大会听取了政府工作报告,审查了计划和预算报告。"
)


@pytest.mark.parametrize(
    ("year", "day", "meeting", "hall"),
    [
        ("2008年", "1月16日", "宁夏回族自治区第十届人民代表大会第一次会议", "宁夏人民会堂"),
        ("2019年", "2月20日", "湖州市第八届人民代表大会第四次会议", "市民中心大会堂"),
        ("", "3月5日", "德宏傣族景颇族自治州第十四届人民代表大会第三次会议", "州人民会堂"),
    ],
)
def test_captions_repeating_the_lead_over_the_item_are_chrome(year: str, day: str, meeting: str, hall: str) -> None:
    lead = f"{year}{day}上午9时,{meeting}在{hall}隆重开幕。"
    captions = [
        lead,
        lead + "大会主席团常务主席主持开幕大会。",
        lead.replace("开幕。", "召开。") + "代主席受人民政府的委托,向大会作《政府工作报告》。",
    ]
    text = _TEXT.format(day=day, meeting=meeting)
    got = clean("\n".join([*captions, text]) + "\n")
    assert got.display_text.strip() == text
    assert all(c in got.chrome_lines for c in captions)


def test_a_lead_not_told_again_under_the_lines_keeps_them() -> None:
    # two paragraphs of a report opening alike, the text under them telling another thing: no captions
    lines = [
        "2023年1月10日,全市经济工作会议在市行政中心召开,会议总结了全年工作。",
        "2023年1月10日,全市经济工作会议在市行政中心召开,会议部署了今年任务。",
        "今年以来,全市上下坚持稳中求进工作总基调,经济运行总体平稳,主要指标好于预期,社会大局和谐稳定。",
    ]
    got = clean("\n".join(lines) + "\n")
    assert lines[1] in got.display_text and lines[2] in got.display_text


def test_the_items_own_lead_after_a_credited_caption_stays() -> None:
    # 2242: the credited caption goes, the item's first paragraph opening with the same sentence stays
    lines = [
        "1月26日,贵州省第十二届人民代表大会第三次会议在贵阳开幕。李克 摄",
        "1月26日,贵州省第十二届人民代表大会第三次会议在贵阳开幕。省长代表省人民政府向大会作《政府工作报告》。",
        "省长表示,2014年贵州开放性经济站在新起点,全年地区生产总值增长10.8%,主要指标增速位居全国前列。",
    ]
    got = clean("\n".join(lines) + "\n")
    assert lines[1] in got.display_text


_MARKED = [
    "1月5日上午9时,某某旗第十八届人民代表大会第三次会议在雄壮的国歌声中隆重开幕。本次大会应到代表215名,实到199名。",
    "大会主席团常务主席甲、乙、丙在主席台前排就坐。",
    "会议由大会主席团常务主席、执行主席丁主持。",
    "报告回顾了过去一年的工作,全旗地区生产总值增长7.5%,一般公共预算收入增长8.2%,城乡居民收入稳步提高。",
    "报告提出,今年将坚持稳中求进工作总基调,全力扩投资、稳增长、强产业、惠民生,推动高质量发展取得新成效。",
]


@pytest.mark.parametrize(
    ("tail", "nxt"),
    [
        ("大会主席团成员在主席台就坐", "大会首先听取了旗长戊代表旗人民政府所作的工作报告,报告共分三个部分。"),
        ("全体代表起立奏唱国歌", "会议首先听取了县长某某代表县人民政府所作的政府工作报告,报告回顾了过去一年的工作。"),
        ("市委书记某某出席会议", "会议审议通过了政府工作报告,代表们一致认为报告实事求是、重点突出。"),
    ],
)
def test_a_whole_sentence_without_its_mark_in_a_marked_copy_keeps_its_break(tail: str, nxt: str) -> None:
    # 2319: a copy ending its paragraphs with their marks; the caption sentence glued after one lost its full stop
    lines = [
        *_MARKED,
        "在主席台前排就坐的还有甲、乙、丙。" + tail,
        nxt,
        "报告指出,过去一年经济运行稳中向好,发展质量持续提升。",
    ]
    got = clean("\n".join(lines) + "\n")
    assert tail + "\n" + nxt in got.display_text


@pytest.mark.parametrize(
    ("cut", "rest", "joined"),
    [
        # 1916, 732: the line stops inside a clause begun after a comma
        ("生产总值增长5.4%。截止11月底,全镇实现", "财政收入2776.38万元,完成全年任务105%。", "全镇实现财政收入"),
        # 543: the last sentence stops on a figure's unit, its measure running on
        ("——(101)支持楼宇整体或部分收购。购买竣工验收3年", "以上的商用楼宇零散产权,给予最高50万元奖励。", "3年以上"),
    ],
)
def test_a_clause_cut_inside_in_a_marked_copy_still_joins(cut: str, rest: str, joined: str) -> None:
    got = clean("\n".join([*_MARKED, cut, rest]) + "\n")
    assert joined in got.display_text
