"""A crosshead's figure that the paragraph under it says again is dropped, read in one pass however long the text."""

from __future__ import annotations

from models.suggest._context import Item
from models.suggest._crossheads import drop_crosshead_figures


def _blocks(n: int) -> tuple[str, list[Item]]:
    """``n`` crossheads (第k片区生产总值k亿元), each over a paragraph that says its figure again and one of its own."""
    text, items = "", []
    for k in range(1, n + 1):
        head = f"第{k}片区生产总值{k}亿元"
        body = f"初步预计,第{k}片区生产总值{k}亿元,增长{k + 0.5}%。"
        for at, line in ((len(text), head), (len(text) + len(head) + 1, body)):
            q = at + line.index(f"{k}亿元")
            items.append(Item(at, q + len(f"{k}亿元"), {"name": "生产总值", "value": float(k), "unit": "亿元"}, 0.6, q))
        q = len(text) + len(head) + 1 + body.index(f"{k + 0.5}%")
        items.append(Item(q - 2, q + len(f"{k + 0.5}%"), {"name": "生产总值", "value": k + 0.5, "unit": "%"}, 0.6, q))
        text += head + "\n" + body + "\n"
    return text, items


def _line_of(text: str, it: Item) -> str:
    return text[text.rfind("\n", 0, it.qty_start) + 1 : it.qty_start]


def test_each_crosshead_figure_said_again_below_is_dropped_in_a_long_text() -> None:
    text, items = _blocks(3000)
    drop_crosshead_figures(text, items, text, None)
    # the paragraphs' figures stay, two a block (the amount and the rate); every crosshead's is gone
    assert len(items) == 6000
    assert all(_line_of(text, it).startswith("初步预计") for it in items)


def test_a_crosshead_figure_the_paragraph_does_not_repeat_stays() -> None:
    text, items = _blocks(2)
    items = [it for it in items if it.attrs["unit"] == "%" or not _line_of(text, it).startswith("初步预计")]
    before = list(items)
    drop_crosshead_figures(text, items, text, None)
    assert items == before
