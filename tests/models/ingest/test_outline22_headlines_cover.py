"""Two-clause headlines announced by a lead-in colon (corpus 1895); a cover title set again after the contents list
under the own title (corpus 1193, 1915) heads the body; over a 目录 that opens the text it is the own title (389)."""

from __future__ import annotations

import pytest

from tests.models.ingest.outline_tree import tree

PARA = "要准确把握影响社会稳定的不安定因素，科学监测、评估、预警矛盾风险，全面落实各项工作措施，确保取得实效。\n"


@pytest.mark.parametrize("colon", ["：", ":"])
@pytest.mark.parametrize("city", ["郑州市公安局", "某县教育局", "某区民政局"])
def test_headlines_after_a_lead_in_colon(colon: str, city: str) -> None:
    text = (
        f"今年{city}打算这么干\n2018年是全面建设的重要一年。{city}要坚持以防为先、标本兼治，重点做好几项工作{colon}\n"
        "防范化解重大风险，坚决捍卫政治安全\n"
        + PARA
        + "依法妥处群体事件，全力维护大局稳定\n"
        + PARA
        + "以扫黑除恶为统领，全面提升打击效能\n"
        + PARA
    )
    assert [r[2] for r in tree(text)] == [
        "防范化解重大风险，坚决捍卫政治安全",
        "依法妥处群体事件，全力维护大局稳定",
        "以扫黑除恶为统领，全面提升打击效能",
    ]


def test_two_headlines_after_a_colon_are_not_a_series() -> None:
    text = (
        "某局工作要点\n今年是全面建设的重要一年。今年重点做好以下工作：\n防范化解重大风险，坚决捍卫政治安全\n"
        + PARA
        + "依法妥处群体事件，全力维护大局稳定\n"
        + PARA
    )
    assert tree(text) == []


BODY = "根据《中华人民共和国预算法》有关规定，现将本单位年度部门决算及“三公”经费信息公开说明如下。\n"
CONTENTS = "目录\n第一部分 概况 1\n一、本部门职责 1\n二、机构设置情况 1\n第二部分 决算报表 2\n第三部分 名词解释 3\n"


@pytest.mark.parametrize(
    "office, cover",
    [
        ("离石区交口街道办事处", ["离石区交口街道办事处", "2021年部门决算及“三公”经费信息", "公开说明"]),
        ("寻甸县档案馆", ["寻甸县档案馆", "2024年度部门整体支出绩效评价报告"]),
    ],
)
def test_a_cover_title_after_the_contents_heads_the_body(office: str, cover: list[str]) -> None:
    text = f"{office}2021年度部门决算\n" + CONTENTS + "\n".join(cover) + "\n" + BODY
    rows = tree(text)
    assert rows[0] == (1, "", "".join(cover))


def test_a_title_after_a_contents_list_that_opens_the_text_is_no_heading() -> None:
    text = CONTENTS + "关于某县2022年预算执行情况的报告\n" + BODY
    assert all(r[2] != "关于某县2022年预算执行情况的报告" for r in tree(text))
