"""A review part named by its period alone (2021年工作回顾) over a paragraph opening with that period (2021年是…) is the
first part's heading even right under the title block's issuer piece (corpus 1347, a copy run together on one line;
053/950/820 are the same part heading under a title)."""

from __future__ import annotations

from models.ingest.outline import build_outline

PROSE = "面对复杂严峻的外部环境，我们坚持稳中求进，经济社会发展取得新成效，各项事业全面进步。"


def heads(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.title) for s in build_outline(text)]


def test_a_review_part_under_the_issuer_piece_is_a_heading() -> None:
    text = (
        "某区财政局领导班子的财政健康度如何？\n\n（2022年2月10日）  某高新技术产业开发区管理委员会  2021年工作回顾  "
        "2021年是中国共产党成立100周年，是“十四五”开局之年。" + PROSE + "“一区多园”营业总收入预计达3450亿元、增长8%；"
        "规上工业增加值121亿元、增长20.9%。  一年来，我们主要抓了以下六个方面工作：  "
        "（一）力抓招商引资，项目建设进度更快  "
        "招商效能持续提升。" + PROSE + "项目建设加速提质。" + PROSE + "  （二）力促产业升级，发展动能更强  " + PROSE
    )
    got = heads(text)
    assert got[0] == ("", "2021年工作回顾")
