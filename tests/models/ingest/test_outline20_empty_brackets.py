"""A heading whose numeral a page's font lost inside its brackets, ``()水旱灾害防御工作扎实有效`` (1506): label ``""``
and the empty brackets dropped, as the leftover ``、`` or ``)`` of a lost numeral is (rule 978)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "一是整理完成有关防御方案,二是组织开展隐患排查,三是加强值班值守,确保各项措施落实到位。"


def flat(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in walk_sections(build_outline(text))]


def test_empty_brackets_before_a_title() -> None:
    text = "\n\n".join(
        [
            "某县水利局2021年上半年工作总结",
            "一、上半年工作总结",
            "(一)安全生产形势平稳",
            PARA,
            "()水旱灾害防御工作扎实有效",
            PARA,
        ]
    )
    assert flat(text) == [("一、", "上半年工作总结"), ("(一)", "安全生产形势平稳"), ("", "水旱灾害防御工作扎实有效")]


def test_full_width_empty_brackets() -> None:
    text = "\n\n".join(
        ["某区农业农村局工作汇报", "一、主要工作", "（一）粮食生产稳定", PARA, "（）农村改革持续深化", PARA]
    )
    assert flat(text)[-1] == ("", "农村改革持续深化")
