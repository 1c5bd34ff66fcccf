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


def test_an_untitled_economy_release_speaking_as_its_county_names_no_issuer() -> None:
    # 今年上半年,某县… 全县… 生产总值: the period's figures with no title, no signature (1186, 1190)
    text = (
        "今年上半年,石泉深入贯彻落实上级决策部署,经济运行呈现稳定恢复的发展态势,全县上下齐心协力。\n"
        "根据县区生产总值统一核算结果,上半年石泉县生产总值为53.1亿元,同比增长14.7%。全县农林牧渔业总产值增长5.0%。\n"
        + "全县规模以上工业增加值同比增长10.2%,全县固定资产投资同比增长12.5%,社会消费品零售总额增长8.1%。\n"
        * 3
    )
    meta = _meta(text)
    assert meta.title is None
    assert meta.issuer is None


def test_a_session_news_item_speaking_as_its_county_still_names_the_government() -> None:
    text = (
        "2月14日,某某县第十五届人民代表大会第五次会议在县文化馆隆重开幕。全县各族人民代表出席会议。\n"
        "县长张三代表某某县人民政府作政府工作报告,全县生产总值达到53.1亿元,同比增长14.7%。\n" + PARA * 2
    )
    from models.ingest.metadata_issuers import economy_release

    assert not economy_release(None, text.splitlines())
