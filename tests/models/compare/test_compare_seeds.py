"""The two seed reports compared: what must align and which indicators both report (from reading them).

Reading the seeds (市经信局, simplified; 县科经局, traditional with pinyin):
- 5G/通信: 市 一(六)推动信息化创新加速融合发展 (5G基站319个, 两化融合, 万企上云) and
  县 一(六)通信工作完成情况 (5G建设规划, 4G基站672个).
- enterprise support / finance: 市 一(五)不断增强金融服务企业发展力度 (融资对接, 贷款) and
  县 二(二)落实各项惠企政策 (奖补, 稳岗补贴).
- 复工复产: 市 一(一)加大力度坚决打好疫情防控战役 (复工复产, 防疫物资) and 县 二(一)助力工业、商贸企业复工复产.
- work plans: 市 二、2021年工作计划 and 县 四、2021年工作重点.
- indicators both report: 固定资产投资 (530亿元 / 61111万元), 新增高新技术企业 (19家 / 申报成功高新企业1家);
  工业总产值 (规上工业总产值下降16.8% / 工业总产值11.83亿元) and 技术改造投资 (工业技术改造投资下降67.9% /
  技改投资3358万元) are named by both but in different dimensions (a fall in % / an amount): not matched.
"""

from __future__ import annotations

import re

import pytest

from models import ops
from models.compare import compare_documents
from models.store import Store
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL

# (phrase in the display text, attributes) — the city first, then the county.
CITY = [
    ("完成固定资产投资530亿元", {"name": "固定资产投资", "value": 530, "unit": "亿元"}),
    ("规上工业总产值下降16.8%", {"name": "规上工业总产值", "change": -16.8, "change_unit": "%"}),
    ("新增高新技术企业19家", {"name": "新增高新技术企业", "value": 19, "unit": "家"}),
    ("工业技术改造投资同比下降67.9%", {"name": "工业技术改造投资", "change": -67.9, "change_unit": "%"}),
]
COUNTY = [
    ("完成固定资产投资61111万元", {"name": "固定资产投资", "value": 61111, "unit": "万元"}),
    ("工业总产值11.83亿元", {"name": "工业总产值", "value": 11.83, "unit": "亿元"}),
    ("成功高新企业1家", {"name": "新增高新企业", "value": 1, "unit": "家"}),
    ("完成技改投资3358万元", {"name": "技改投资", "value": 3358, "unit": "万元"}),
]


def _find(text: str, phrase: str) -> tuple[int, int]:
    # Tolerate punctuation or spacing the cleaner may have normalised.
    pattern = r"\s*".join(re.escape(ch) for ch in phrase)
    m = re.search(pattern, text)
    assert m is not None, phrase
    return m.start(), m.end()


@pytest.fixture
def seeds(store: Store) -> tuple[Store, int, int]:
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    city, county = (o.document.id for o in outcomes if o.document is not None)
    return store, city, county


def _titles(store: Store, city: int, county: int) -> dict[str, str]:
    return {p.left.title: p.right.title for p in compare_documents(store, city, county).pairs}


def test_seed_alignment(seeds: tuple[Store, int, int]) -> None:
    store, city, county = seeds
    pairs = _titles(store, city, county)
    assert pairs["推动信息化创新加速融合发展"] == "通信工作完成情况"
    assert pairs["不断增强金融服务企业发展力度"] == "落实各项惠企政策"
    assert pairs["加大力度坚决打好疫情防控战役"] == "助力工业、商贸企业复工复产"
    assert pairs["2021年工作计划"] == "2021年工作重点"


def test_seed_indicators_both_report_are_matched(seeds: tuple[Store, int, int]) -> None:
    store, city, county = seeds
    tag = store.tags.find("指标")
    assert tag is not None
    for doc, items in ((city, CITY), (county, COUNTY)):
        text = store.documents.display_text(doc)
        for phrase, attrs in items:
            start, end = _find(text, phrase)
            store.annotations.add(doc, start, end, tag.id, attributes=attrs)
    comparison = compare_documents(store, city, county)
    matched = {p.left.name: p.right.name for p in comparison.indicator_pairs if p.left and p.right}
    # 工业总产值 and 技改投资 are reported as a fall in % by the city and as an amount by the county:
    # different dimensions, so they stay on their own rows (issue 14.3).
    assert matched == {"固定资产投资": "固定资产投资", "新增高新技术企业": "新增高新企业"}
    left_only = {i.name for i in comparison.left_only_indicators}
    assert {"规上工业总产值", "工业技术改造投资"} <= left_only
    fixed = next(p for p in comparison.indicator_pairs if p.name == "固定资产投资")
    assert fixed.difference == pytest.approx(61111e4 - 530e8)


def test_seed_indicators_from_suggestions_are_matched(seeds: tuple[Store, int, int]) -> None:
    # What `main.py compare` does: suggestions first, then the comparison over them.
    from models.suggest import run_suggestions

    store, city, county = seeds
    for doc in (city, county):
        run_suggestions(store, doc)
    comparison = compare_documents(store, city, county)
    keys = {p.left.key for p in comparison.indicator_pairs if p.left and p.right}
    assert {"固定资产投资", "规模以上工业总产值", "新增高新技术企业", "工业技术改造投资"} <= keys
