"""Store and farm labels over a report's own title (session 25, second round): a year written straight before the noun
it dates (``陕西省2012政府工作报告``, 2158; 1861, 1726, 1201 keep theirs) is the writer's form, not a lost 年 — the own
line stands under a repost's ``…2012年…`` heading; a title that lost a conjunction still takes the page's whole form
(499)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_blocks import faithful_full_form
from models.types import Metadata

OPENING = (
    "各位代表:\n\n现在,我代表省人民政府向大会作工作报告,请予审议,并请省政协委员和其他列席人员提出意见。\n\n"
    "一、过去一年的工作回顾\n\n{year}年,我们紧紧围绕科学发展的主题和加快转变经济发展方式的主线,积极应对宏观经济环境的"
    "影响,预计实现生产总值1.2万亿元,增长13.8%;完成财政总收入2577.97亿元,增长28.27%。\n\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("place", "year", "posted"),
    [
        ("陕西省", "2012", "发布者:任羿发布时间:2022-02-20浏览次数:38"),
        ("河南省", "2015", "发布者:张三发布时间:2021-03-02浏览次数:12"),
    ],
)
def test_a_year_without_its_nian_before_the_noun_is_no_loss(place: str, year: str, posted: str) -> None:
    own = f"{place}{year}政府工作报告"
    text = f"{place}{year}年政府工作报告\n\n{posted}\n\n{own}\n\n \n\n" + OPENING.format(year=int(year) - 1)
    assert _read(text).title == own


def test_a_lost_conjunction_still_takes_the_pages_whole_form() -> None:
    current = "某某县2024财政预算执行情况2025财政预算草案的报告"
    whole = "某某县2024年财政预算执行情况与2025年财政预算草案的报告"
    assert faithful_full_form(current, [current, f"《{whole}》提请大会审议。"], ()) == whole
    assert (
        faithful_full_form("某某县2012政府工作报告", ["某某县2012政府工作报告"], ("某某县2012年政府工作报告",)) is None
    )


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("交通局工作總結及工作思路(市)", "交通局工作总结及工作思路"),  # 2182
        ("水利局2021年上半年工作总结(县)", "水利局2021年上半年工作总结"),
        ("环保局年度工作计划（区）", "环保局年度工作计划"),
    ],
)
def test_a_farms_level_tag_after_the_kind_goes(label: str, title: str) -> None:
    # a farm masks the place and tags the level it was written at, as its (镇乡) tag: never the title's words
    text = (
        f"{label}\n\n時間:2022-03-31 08:32:00\n\n導語:{label}一文來源于網友上傳,不代表本站觀點。\n\n{label}\n\n"
        "20*年,全市系統廣大干部職工在市委、市政府的正確領導下,緊緊圍繞“發展、創新、服務、管理”四大主題,"
        "加快發展,推進全面創新,強化行業管理,提升服務水平,圓滿完成了各項工作任務。\n\n一、主要工作目標完成情況\n\n"
        "全年共完成建設投資93144.7萬元,其中干線工程完成投資16287萬元。\n"
    )
    assert _read(text).title == title


def test_a_level_inside_a_title_stays() -> None:
    from models.ingest.title_edges import SITE_SUFFIX

    for title in ("关于东城区(市)2021年财政决算的报告", "2021年工作总结(乡镇)", "交通局工作总结及工作思路(市)"):
        assert SITE_SUFFIX.sub("", title) == {"2021年工作总结(乡镇)": "2021年工作总结"}.get(
            title, title.replace("(市)", "") if title.endswith("(市)") else title
        )
