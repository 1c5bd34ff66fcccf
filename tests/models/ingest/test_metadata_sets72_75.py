"""Title, issuer and date families the newest sets (72-75, reports 1161-1200) showed, on made-up snippets."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_table_fields
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成工作高质量发展新态势，"
    "全年办理各类事项1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def test_an_index_table_row_with_keys_spread_out_by_blanks_gives_its_fields() -> None:
    # 索 引 号 … 文  号 生成日期 …: the keys' letters spaced, a blank value, no colons (1195, 1084)
    fields = parse_table_fields("索 引 号 11640102010090900X/2022-00012 文  号 生成日期 2022-09-14")
    assert fields is not None
    assert [(c, v) for c, _w, v in fields] == [
        ("索引号", "11640102010090900X/2022-00012"),
        ("文号", ""),
        ("发布日期", "2022-09-14"),
    ]


def test_a_spread_out_index_table_row_dates_the_report() -> None:
    text = (
        "某某街道办事处2021年度部门决算\n索 引 号 11640102010090900X/2022-00012 文  号 生成日期 2022-09-14\n" + PARA * 3
    )
    assert _meta(text).date == "2022-09-14"


def test_a_row_with_colons_is_not_split_at_single_blanks() -> None:
    assert parse_table_fields("发布日期: 2016-01-22 15:06      来源: 某某时报") is None
