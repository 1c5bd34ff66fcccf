"""A public agency's or enterprise's own news item (session 21, 1879 镇平县供电公司, 1884 毕节织金供电局): the placed
供电公司, 供电局, 医院 or bank that opens a paragraph as its subject and that the lead names or 该局/本公司 refers to is
the issuer; a firm merely mentioned in a government's item, or one whose place the text never writes, is not."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_issuer_enterprise import working_enterprise
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


_ITEM = (
    "1月9日,{body}获政府通报表扬,表扬{it}在2019年来致力于解决全县10个移民搬迁安置点用电问题。\n"
    "近年来,{body}秉承着“人民电业为人民”的企业宗旨,扎实有效开展脱贫攻坚电网建设工作。2019年,{it}投资2.21亿用于"
    "农网改造升级,助力{county}脱贫攻坚;同时,对全县扶贫产业开通绿色通道,2019年全年共计开展保供电25次。\n"
    "下一步,{body}将继续扎实开展好各项工作,为推进全县经济社会发展作出新的更大贡献。\n"
)


@pytest.mark.parametrize(
    ("body", "it", "county"),
    [
        ("毕节织金供电局", "该局", "织金县"),
        ("遵义湄潭供电局", "该局", "湄潭县"),
        ("镇平县供电公司", "该公司", "镇平县"),
        ("国网商丘供电公司", "该公司", "商丘市"),
        ("郏县人民医院", "该院", "郏县"),
        ("泸州市中医医院", "该院", "泸州市"),
    ],
)
def test_a_body_retelling_its_year_is_the_issuer(body: str, it: str, county: str) -> None:
    assert _meta(_ITEM.format(body=body, it=it, county=county)).issuer == body


def test_the_subject_named_by_the_lead_without_anaphora() -> None:
    text = (
        "“县供电公司实施农网改造工程,有效解决了低电压问题。”11月22日,镇平县人大评议组对镇平县供电公司的电力服务"
        "工作充分肯定。\n"
        "近年来,镇平县供电公司紧紧围绕该县特色产业小区发展开展工程规划,累计完成工程投资6200余万元。\n"
    )
    assert working_enterprise(text.splitlines()) == "镇平县供电公司"


@pytest.mark.parametrize(
    "text",
    [
        # a firm merely mentioned in a government's item: never a paragraph's subject
        "1月9日,县政府召开会议,听取织金供电局关于电网建设的汇报。\n近年来,我县坚持电网建设先行,"
        "织金供电局投资2.21亿用于农网改造升级。\n",
        # the text speaks as its county: a government's report naming the firm at work
        "2019年,我县经济平稳增长。\n近年来,织金县供电公司完成投资2.21亿元,该公司新建线路126千米。\n",
        # a firm whose place the text never writes
        "1月9日,供电公司获政府通报表扬。\n近年来,供电公司秉承企业宗旨,该公司投资2.21亿用于农网改造升级。\n",
        # named once, as a paragraph's subject, with nothing else tying the text to it
        "1月9日,全县召开经济工作会议。\n近年来,织金县供电公司投资2.21亿用于农网改造升级。\n全县要抓好各项工作。\n",
    ],
)
def test_no_enterprise_without_its_own_voice(text: str) -> None:
    assert working_enterprise(text.splitlines()) is None
