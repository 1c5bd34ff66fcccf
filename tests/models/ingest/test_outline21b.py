"""Outline families found in session 21, round 2: news narration read as headline sentences, and the like. Each test
is a made-up text of the family's shape (other places, offices, years than the report that showed it)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_news_story_run_together_one_sentence_a_paragraph_has_no_headline_sentences() -> None:
    # a portal's news item on a congress opening, its paragraphs a sentence or two of narration parted by blanks
    # (1901's shape: …在主席台就座。 不是…应邀参会。不是…列席会议。 …主持会议并宣布…开幕。 …作政府工作报告。…)
    for place, head, chair in (
        ("青山县", "县长王强", "李明"),
        ("东城区", "区长赵一", "钱二"),
        ("北河市", "市长孙三", "周四"),
    ):
        pieces = [
            f"团结奋进开新局。2月3日,{place}第九届人民代表大会第三次会议开幕。代表们依法履职,为发展建言献策。",
            "大会应到代表210名,实到代表198名,符合法定人数。",
            f"大会主席团常务主席{chair}等在主席台前排就座。",
            f"{head},县政协主席刘五在主席台就座。",
            "不是人大代表的常委,政协副主席应邀参会。不是代表的副职领导和各部门负责同志列席会议。",
            f"{chair}主持会议并宣布{place}第九届人民代表大会第三次会议开幕。",
            f"{head}代表人民政府向大会作政府工作报告。报告分三部分:一、2023年工作回顾;二、2024年工作安排。",
            "2023年工作回顾",
            "2023年,县政府深入贯彻中央和省、市决策部署,团结奋进,攻坚克难,较好完成了目标任务。" + PARA * 2,
        ]
        got = flat(" ".join(pieces))
        assert all("就座" not in t and "主持会议" not in t and "参会" not in t for _, _, t in got), got
        assert all("作政府工作报告" not in t for _, _, t in got), got


def test_headline_sentences_over_paragraphs_of_a_one_line_report_stay_headings() -> None:
    # the one-line rule (733's shape, another bulletin): three paragraphs opening with a headline sentence
    pieces = [
        "某县2019年国民经济和社会发展统计公报",
        "城乡居民收入稳步增长。全县城镇居民人均可支配收入32100元,增长8.1%。" + PARA,
        "居民消费结构不断优化。全县城镇居民人均消费支出21000元,增长7.5%。" + PARA,
        "社会保障体系日趋完善。全县城乡居民养老保险参保人数达到35万人。" + PARA,
    ]
    got = flat(" ".join(pieces))
    assert [t for _, _, t in got] == ["城乡居民收入稳步增长", "居民消费结构不断优化", "社会保障体系日趋完善"]


def test_the_first_part_a_title_joins_is_a_heading_under_the_disclosure_fields_between_them() -> None:
    # a portal's title, then its disclosure fields (index code, doc number, issuer), then the first part's own
    # heading over 一、 (1809's shape; other offices and years here): the part holds the numbered levels
    field_sets = (["QA1234567-2019-03", "某科发〔2019〕5号", "某县科学技术局"], ["某县发展和改革委员会", "2020-02-18"])
    for fields in field_sets:
        lines = ["某县科技局2018年工作总结和2019年工作要点", *fields, "2018年工作总结"]
        lines += ["2018年是全面贯彻党的十九大精神的开局之年,我局在县委县政府的正确领导下扎实推进各项工作。" + PARA]
        lines += ["一、创新驱动,助力县域经济转型发展", "(一)发挥科技创新引领作用。", "1. 推进高新技术产业发展。" + PARA]
        lines += ["2.培育战略性新兴产业。" + PARA, "二、夯实基础,提升科技服务水平", PARA * 2]
        lines += ["2019年工作要点", "一、深化科技体制改革", PARA * 2]
        got = flat("\n\n".join(lines))
        assert got[:3] == [
            (1, "", "2018年工作总结"),
            (2, "一、", "创新驱动,助力县域经济转型发展"),
            (3, "(一)", "发挥科技创新引领作用"),
        ], got
        assert (1, "", "2019年工作要点") in got
