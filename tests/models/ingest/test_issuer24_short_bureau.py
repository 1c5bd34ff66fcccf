"""A news item on one bureau named by its standard short form after an autonomous county written short
(``镇沅县发改局`` for 镇沅彝族哈尼族拉祜族自治县发展和改革局, corpus 1952; 1281 writes ``三江县财政局`` the same way)
is that bureau's, written in full (session-21 ruling); a short form with no place stays unknown."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def _issuer(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer


def _item(bureau: str) -> str:
    return (
        f"近日,{bureau}按时完成2015年中央预算内投资计划草案编制工作。\n"
        f"为严格按照上级通知要求,进一步调整优化投资结构,{bureau}认真选择符合规划要求的16个项目纳入计划上报,"
        "项目总投资13.72亿元,本次申请中央预算内投资2.71亿元。\n"
    )


def test_an_autonomous_county_written_short_places_its_bureau() -> None:
    assert _issuer(_item("镇沅县发改局")) == "镇沅县发展和改革局"


def test_another_county_and_bureau() -> None:
    assert _issuer(_item("石柱县人社局")) == "石柱县人力资源和社会保障局"


def test_a_short_form_without_its_place_names_no_one() -> None:
    assert _issuer(_item("县发改局")) is None


def test_a_bureau_the_text_works_with_is_a_partner() -> None:
    text = (
        "今年以来,我镇积极推进项目建设,光伏电站项目于上半年成功并网发电;"
        "多次与南通市崇川区发改委、拆迁办及街道对接,推动项目落地。\n"
        "全镇完成规模以上固定资产投资4亿元。\n"
    )
    assert _issuer(text) is None
