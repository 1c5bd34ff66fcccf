"""Issuers of session 16's discovery set: an excerpt's source line naming the speaker's level and the session by its
short name (天水, 1463), and a city bureau opening its summary after a clause of circumstance whose text keeps
naming its city bare (青岛, 1416)."""

from __future__ import annotations

import pytest

from tests.models.ingest._reading import issuer as _issuer

_GOV_BODY = (
    "一、过去五年工作回顾\n五年来,在省委、省政府的正确领导下,政府团结带领广大干部群众,攻坚克难,"
    "生产总值601.7亿元,年均增长10.3%。\n"
)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        # 1463: the farm's headline is chrome, the 摘自 line names the level and the session in short form
        (
            "(摘自2016年11月1日上午杨维俊同志代表市人民政府在天水市七届人大一次会议上向大会作的工作报告。)",
            "天水市人民政府",
        ),
        # the news lead's form of the same line (1040, 1213, 558: 代表县人民政府向大会作政府工作报告), the place
        # written in the short session name before it
        ("2020年1月5日,在甘谷县十八届人大五次会议上,孙忠平代表县人民政府向大会作政府工作报告。", "甘谷县人民政府"),
        ("李明代表县政府在临洮县十七届人大三次会议上向大会作的工作报告", "临洮县人民政府"),
    ],
)
def test_a_source_line_naming_the_level_and_the_short_session_gives_the_government(line: str, issuer: str) -> None:
    assert _issuer("干的漂亮!政府奋力拼搏五年!\n" + line + "\n\n" + _GOV_BODY) == issuer


def test_a_masked_place_in_the_short_session_gives_nothing() -> None:
    line = "(摘自杨某同志代表市人民政府在XX市七届人大一次会议上向大会作的工作报告。)"
    assert _issuer("干的漂亮!\n" + line + "\n\n" + _GOV_BODY) is None


_BUREAU = (
    "市工业和信息化2022年工作总结\n\n"
    "2022年,面对严峻经济形势,市工业和信息化局党组在市委、市政府的坚强领导下,深入贯彻习近平总书记对山东、"
    "对{city}工作的重要指示要求,全面打响“工赋{city}·智造强市”城市品牌,加快建设现代产业先行城市。\n"
    "一、工业经济稳中有进\n全年规上工业增加值增长3.8%。\n"
)


@pytest.mark.parametrize("city", ["青岛", "烟台", "洛阳"])
def test_a_city_bureau_opening_after_a_clause_is_placed_by_the_city_its_text_names(city: str) -> None:
    # 1416 (青岛); the same opening shape 围绕…/面对… opens 034, 1188, 1359 (根据审计法…,区审计局…)
    assert _issuer(_BUREAU.format(city=city)) == f"{city}市工业和信息化局"


def test_a_city_named_once_in_passing_does_not_place_the_bureau() -> None:
    text = _BUREAU.replace("对{city}工作的重要指示要求", "重要指示要求").format(city="青岛")
    assert _issuer(text) is None


_RULE_OF_LAW = (
    "{place}2023年度法治政府建设情况报告\n"
    "2023年,{place}在县委、县政府正确领导和县依法治县委员会支持下,坚决全面贯彻落实习近平法治思想,"
    "深入开展法治宣传教育。现将2023年法治政府建设工作情况报告如下:\n"
    "一、工作开展情况\n(一)强化组织领导。{level}党委、政府始终把法治政府建设工作当做中心工作,在全{level}形成"
    "法治建设工作格局。各村结合工作成立宣讲员队伍,形成依法治{level}网格,全{level}法治建设有序开展。\n"
)


@pytest.mark.parametrize(("place", "level"), [("棣棠乡", "乡"), ("双浦镇", "镇"), ("寺家庄镇", "镇")])
def test_a_township_report_whose_title_opens_with_its_place_is_its_government_s(place: str, level: str) -> None:
    # 1485: 和县依法治县委员会 ends in a level letter before a body; it is no news item on a placed body when the
    # title opens with the place the text speaks as (the 法治政府建设情况报告 every township files: 1484, 1128, 1397)
    assert _issuer(_RULE_OF_LAW.format(place=place, level=level)) == f"{place}人民政府"


def test_a_news_item_on_a_placed_body_still_gives_no_government() -> None:
    text = (
        "喜报\n2020年,赤峰市供销合作社荣获全国供销合作社系统先进集体称号。全市供销系统上下一心,"
        "赤峰市各旗县供销社积极作为,全市农资供应稳定。\n"
    )
    assert _issuer(text) is None


_BUDGET_ABSTRACT = (
    "2025年全{level}及{level}本级财政预算执行情况\n"
    "因2025年实际支出情况需2月份决算事项完成后确定,本次报告以12月月报数据作为执行数据。\n"
    "全{level}财政预算执行情况\n"
    "全{level}一般公共预算收入1262548万元,下降6.7%。{place}经济运行总体平稳,全{level}政府性基金预算收入466850万元。\n"
    "2026年全{level}财政预算草案\n全{level}一般公共预算收入安排1300000万元,{place}坚持过紧日子。\n"
)


@pytest.mark.parametrize(("place", "level"), [("赤峰市", "市"), ("赤峰", "市"), ("黎平县", "县")])
def test_a_budget_abstract_speaking_of_its_place_is_not_its_government_s(place: str, level: str) -> None:
    # 1378: the finance office reports a budget (entrusted by the government); an abstract naming no office has
    # no issuer, whatever place it speaks of (1379, 388 null; 1292/1406 name their 财政局 by the title)
    assert _issuer(_BUDGET_ABSTRACT.format(place=place, level=level)) is None
