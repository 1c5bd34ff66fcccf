"""A hijacked mirror's injected name before the own title (1990 `金宝博 2020年…的报告` under 发布机构
`金宝博 发展和改革委员会`): the word set apart where the place stood, off the title; a real place's name (it ends with
its level) stays."""

from __future__ import annotations

import pytest

from models.ingest.title_injected import without_injected_name


@pytest.mark.parametrize(
    ("title", "office", "want"),
    [
        (
            "金宝博 2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告",
            "金宝博 发展和改革委员会",
            "2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告",
        ),
        ("天博体育 2022年度部门决算", "天博体育 财政局", "2022年度部门决算"),
        ("ob欧宝 关于2023年预算执行情况的报告", "ob欧宝  审计局", "关于2023年预算执行情况的报告"),
    ],
)
def test_the_injected_word_is_off_the_title(title: str, office: str, want: str) -> None:
    assert without_injected_name(title, {"发布机构": office}) == want


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("某县 2020年国民经济和社会发展计划执行情况的报告", "某县 发展和改革局"),  # a place, set apart
        ("城关镇 2021年工作总结", "城关镇 人民政府"),
        ("金宝博2020年计划执行情况的报告", "金宝博 发展和改革委员会"),  # not set apart in the title
        ("2020年计划执行情况的报告", "金宝博 发展和改革委员会"),  # the title does not open with it
        ("区统计局 2020年统计公报", "区统计局"),  # no word before the office
        ("金宝博 2020年报告", ""),
    ],
)
def test_other_titles_stay(title: str, office: str) -> None:
    assert without_injected_name(title, {"发布机构": office}) == title
