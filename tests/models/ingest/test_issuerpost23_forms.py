"""Session 23, after the held-back scoring: variant letters of a place fold; a bureau opening with its place's bare
name takes the full place in its stead, never both."""

import pytest

from models.ingest.metadata_bureau_place import place_of_bureau
from models.ingest.metadata_places import simplified


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("陜西省人民政府", "陕西省人民政府"),  # 2006: 陜, the variant of 陝 OpenCC's table lacks
        ("陝西省人民政府", "陕西省人民政府"),
        ("靑海省人民政府", "青海省人民政府"),  # the 康熙 forms of 青, 清, 鄉
        ("淸水县鄕村振兴局", "清水县乡村振兴局"),
        ("叙永县衞生健康局", "叙永县卫生健康局"),  # 衞: OpenCC's Hong Kong variant of 衛
        ("敍州区人民政府", "叙州区人民政府"),
    ],
)
def test_variant_letters_of_places_fold(written: str, folded: str) -> None:
    assert simplified(written) == folded


def _text(place: str, short: str, kind: str) -> list[str]:
    return [
        f"{short}{kind}2019年工作总结",
        f"今年以来,{place}气象在市局党组和县委、县府的正确领导下,我局各项工作取得了较好的进展。",
        f"全县共发布预警信息,{place}各乡镇均已覆盖,县委、县政府高度肯定。",
    ]


@pytest.mark.parametrize(
    ("place", "short", "kind"),
    [("平阳县", "平阳", "气象局"), ("兴化市", "兴化", "气象局"), ("仁和区", "仁和", "统计局")],
)
def test_bureau_opening_with_its_place_takes_the_full_place_once(place: str, short: str, kind: str) -> None:
    level = place[-1]
    got = place_of_bureau(level + short + kind, _text(place, short, kind))
    assert got in (None, place + kind)
    assert got is None or (short + short not in got and place + short not in got)
