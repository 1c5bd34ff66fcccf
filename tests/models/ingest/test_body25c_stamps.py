"""A news mirror's day-first posting stamp under a headline (session 25, body25c: 1970, 1272): chrome, and the
headline over it is a news item's, no title (README's news ruling)."""

from __future__ import annotations

from models.ingest import ParsedDocument, parse_raw
from models.ingest.chrome_lines import classify_line
from models.ingest.read import RawText

_LEAD = "  2月16日,某市商务局召开迎春团拜会,局长代表局党组发表了迎春讲话,部署了2015年的工作目标和工作措施。"
_MORE = "  工作目标主要包括七大块。社会消费品零售总额:底线目标929亿元,增长12.5%;奋斗目标938亿元,增长13.5%。"


def test_a_day_first_stamp_with_its_clock_is_chrome() -> None:
    for line in ("18.02.2015  15:14", "02.03.2017  03:32", "5/11/2019 8:05", "28.12.2020 23:59:01"):
        assert classify_line(line).kind == "chrome", line
    # the year first, or no clock time: no mirror's stamp of this shape (the report's own dates stay)
    for line in ("18.02.2015", "2015年2月18日 15:14"):
        assert classify_line(line).kind != "chrome", line


def _parse(text: str) -> ParsedDocument:
    return parse_raw(RawText(text, "utf-8", "txt", ""), "item.txt")


def test_a_headline_over_a_day_first_stamp_is_no_title() -> None:
    items = (("迎春团拜会 描绘新蓝图", "18.02.2015  15:14"), ("某县民政连续四年考核获全市第一", "02.03.2017  03:32"))
    for head, stamp in items:
        doc = _parse(f"{head}\n\n{stamp}\n\n\n{_LEAD}\n\n{_MORE}\n")
        assert stamp not in doc.display_text
        assert doc.metadata.title is None, head
    # the same headline with no stamp stays the title it was
    doc = _parse(f"迎春团拜会 描绘新蓝图\n\n{_LEAD}\n\n{_MORE}\n")
    assert doc.metadata.title == "迎春团拜会 描绘新蓝图"
