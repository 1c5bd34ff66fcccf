"""Title, date and 文号 families that first-sight scoring of sets 7-22 found recurring, each on made-up snippets."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成工作高质量发展新态势，"
    "全年办理各类事项1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _traditional(text: str) -> str:
    from opencc import OpenCC

    return str(OpenCC("s2t").convert(text))


def _simplified(text: str | None) -> str | None:
    from opencc import OpenCC

    return None if text is None else str(OpenCC("t2s").convert(text))


VARIANTS = [lambda t: t, _traditional, lambda t: t.replace("\n", " ")]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    "title",
    [
        "某某县人民政府工作规则",  # rules, regulations (规则, 办法, 细则, 条例)
        "某某市交通运输局实施细则",
        "局长在2022年全县经济工作会议上的发言",  # a speech titled 发言, not 讲话
        "某某县商务局2022年预算公开",  # a budget or final-accounts disclosure
        "某某乡人民政府2021年度部门决算公开说明",
        "2016年县政府重点工作任务分解表",  # a table the notice sends
    ],
)
def test_a_title_naming_a_kind_of_document_other_than_a_report(variant, title) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(title + "\n" + PARA * 3 + "\n一、基本情况\n" + PARA))
    assert _simplified(meta.title) == title


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_contents_marker_after_the_title_is_no_part_of_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = "某某管理处2021年度决算公开说明\n(目录)\n第一部分 基本情况\n一、部门主要职能\n" + PARA * 3
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "某某管理处2021年度决算公开说明"
