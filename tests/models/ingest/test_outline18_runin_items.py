"""Run-in items 2、… 5、 a page ran into the paragraph of 1、 under a heading are headings as 1、 is (session 18's
discovery set, 1623; the duties run of 1234 is the same shape under a duties heading)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

INTRO = "2020年，我镇认真贯彻县委、县政府的各项工作安排，推动全镇各项事业快速健康发展，努力开创发展新局面。\n"


def test_short_run_in_items_in_one_paragraph_are_all_headings() -> None:
    text = (
        "某镇2020年度工作总结\n" + INTRO + "一、2020年重点工作回顾\n（一）抓党建，聚民心，转变作风树形象\n"
        "1、党建引领，打赢新冠疫情防控战。全镇按照上级要求对疫情防控严密布局，我镇虽然地处国道要塞，人员总数多达"
        "三万余人，且流动复杂，创造了无一人感染的战绩。"
        "2、机构改革，提升乡镇治理活力。我镇通过机构改革，原来的“七站八所”改革成“六办三中心一站一大队”，"
        "涉改54人。"
        "3、屋场党建，谈出乡村平安和谐。在群众最熟悉的地方，用群众最熟悉的方式，与群众敞开心扉谈心事，"
        "共开展屋场恳谈会40余场次，解决群众问题200余个。\n"
        "（二）抓发展，促增收，经济运行稳中向好\n" + INTRO
    )
    got = tree(text)
    assert (3, "2、", "机构改革，提升乡镇治理活力") in got
    assert (3, "3、", "屋场党建，谈出乡村平安和谐") in got


def test_a_list_of_whole_sentences_in_a_paragraph_stays_text() -> None:
    # (items that are whole sentences with nothing after their stop are a list in the text, not run-in heads)
    text = (
        "某镇2020年度工作总结\n" + INTRO + "一、2020年重点工作回顾\n（一）主要做法\n"
        "1、全面落实疫情防控各项措施，确保无一人感染。2、深入推进机构改革。3、扎实开展屋场恳谈。" * 4 + "\n"
        "（二）抓发展，促增收\n" + INTRO
    )
    labels = [label for _, label, _ in tree(text)]
    assert "2、" not in labels


def test_run_in_items_in_a_short_paragraph_are_headings_too() -> None:
    # (a paragraph under 200 characters is no long line: its items are still looked for after its stops; three
    # items or more, as the duties runs)
    text = (
        "某镇2020年度工作总结\n" + INTRO + "一、2020年重点工作回顾\n（一）抓党建，聚民心，转变作风树形象\n"
        "1、党建引领，打赢疫情防控战。全镇严密布局，无一人感染。2、机构改革，提升治理活力。我镇完成机构改革，涉改54人。"
        "3、屋场党建，谈出平安和谐。共开展屋场恳谈会40余场次。\n"
        "（二）抓发展，促增收，经济运行稳中向好\n" + INTRO
    )
    assert (3, "2、", "机构改革，提升治理活力") in tree(text)


def test_a_short_duties_like_list_of_whole_sentences_stays_text() -> None:
    text = (
        "某镇2020年度工作总结\n" + INTRO + "一、2020年重点工作回顾\n（一）主要做法\n"
        "1、全面落实疫情防控各项措施，确保无一人感染。2、深入推进机构改革。3、扎实开展屋场恳谈。\n"
        "（二）抓发展，促增收\n" + INTRO
    )
    assert "2、" not in [label for _, label, _ in tree(text)]
