"""In a report run together on one line, an item glued to the end of its section's title (…新局面1、以森林围抱…。
2、… in corpus 1150; …科技攻关4、继续优化… in corpus 368) is cut off as the section's child when its number
carries on the item run the line holds (1 before a later 2, or right after the previous section's last item)."""

from __future__ import annotations

from tests.models.ingest.outline_tree import tree

ONE_LINE = (
    "某县林业局2018年重点工作安排\n"
    "2018年，我局认真贯彻落实上级决策部署，将重点做好六项工作："
    "一、真抓实干，创造绿化造林新局面1、以森林围抱为目标，倾力推进沿线绿化工程。坚持严格标准，努力完成绿化任务。"
    "2、坚持绿化一片、成林一片，全面推进原有工程造林的后期管护工作。"
    "3、依托沿海防护林工程，继续推进社会造林；拓展实施区域绿化。"
    "二、尽职担当，争取小枣产业新突破4、积极争创国家级示范区，指导示范区实施树体改造。"
    "5、抓好日常监管运行。配合完成森林资源普查。\n"
)


def test_items_glued_to_their_sections_titles_are_their_children() -> None:
    got = tree(ONE_LINE)
    assert (1, "一、", "真抓实干，创造绿化造林新局面") in got
    assert (2, "1、", "以森林围抱为目标，倾力推进沿线绿化工程") in got
    assert (2, "3、", "依托沿海防护林工程，继续推进社会造林") in got
    assert (1, "二、", "尽职担当，争取小枣产业新突破") in got
    assert (2, "4、", "积极争创国家级示范区，指导示范区实施树体改造") in got


def test_a_number_inside_a_title_that_carries_on_no_run_stays() -> None:
    text = (
        "某县工作要点\n重点抓好以下工作：一、加快推进3、4号厂房建设。今年完成主体工程，年底投入使用。"
        "二、抓好安全生产。全面排查隐患，确保安全。\n"
    )
    got = tree(text)
    assert not any(label == "3、" for _, label, _ in got)
