"""Issuers that must not hang on the names a rule was written against (the place-swap variants, session 20): a
city jieba's dictionary lacks whose tail is another place (三沙市: 三/沙市), a town whose name opens with a letter
that also opens plain phrases (新窑镇, 大新镇, 上坪镇) or is a word itself (石门镇)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_places import place_of_bureau
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


_ACCOUNTS = (
    "首页 >> 政府信息公开 >> 预决算公开 >> 市级单位决算 >> 正文\n\n"
    "2020年度{city}民政部门决算\n2021-09-27 15:52  市民政局 [字号: ] 打印\n\n第一部分部门概况\n\n"
    "一、基本职能及主要工作\n\n(一)主要职能。\n\n"
    "{city}民政局是市政府工作部门,正县级。贯彻落实党中央关于民政工作的方针政策和省委、市委决策部署,主要职能职责:\n\n"
    "1.拟订全市民政事业发展规划、政策、标准并组织实施。\n\n"
    "2.拟订全市城乡基层群众自治建设和社区治理政策,指导城乡社区治理体系建设。\n"
)


@pytest.mark.parametrize("city", ["眉山市", "三沙市", "邵东市", "项城市", "共青城市"])
def test_a_bureau_is_placed_at_the_whole_city_the_text_writes_before_it(city: str) -> None:
    # 307 with 眉山市 → 三沙市: jieba cuts 三/沙市 and 沙市 (荆州's old city) took the bureau; the gazetteer knows
    # the whole name the text writes before 市民政局
    lines = _ACCOUNTS.format(city=city).split("\n")
    assert place_of_bureau("市民政局", lines) == f"{city}民政局"
    assert _meta(_ACCOUNTS.format(city=city)).issuer == f"{city}民政局"


_TOBACCO = (
    "{town}2011年烤烟生产工作小结\n{town}二○一一年烤烟生产工作总结\n"
    "二○一一年,是我镇烤烟生产发展历上极不平凡的一年,面临乡镇班子换届,烤烟任务最重,烟农减少,"
    "烟叶曲叶病和洪灾等诸多不利因素,给烤烟产业发展带来了前所未有的挑战。面对严峻的烤烟生产形势,"
    "镇党委、政府高度重视,全镇上下团结一心,我镇共种植烤烟8500亩,收购烟叶2.1万担,实现税收420万元。\n"
    "一、主要工作\n(一)加强领导。镇里成立了烤烟生产领导小组,全镇各村成立了工作组,层层签订责任书。\n"
)


@pytest.mark.parametrize("town", ["杨村镇", "新窑镇", "大新镇", "上坪镇", "小榄镇", "石门镇", "城关镇"])
def test_a_town_the_gazetteer_knows_is_its_government_whatever_letter_opens_it(town: str) -> None:
    # 1451 with 杨村镇 → 新窑镇: 新 opens plain phrases (新城镇) as well as real towns' names
    assert _meta(_TOBACCO.format(town=town)).issuer == f"{town}人民政府"


@pytest.mark.parametrize("phrase", ["小城镇", "新城镇", "新乡镇", "大城镇", "新村镇", "新集镇"])
def test_a_kind_of_town_where_a_name_stands_names_no_government(phrase: str) -> None:
    # 小城镇建设, 新乡镇: the gazetteer lists towns so named, but 城镇, 乡镇, 村镇 are plain words for towns
    text = (
        "2011年工作总结\n"
        f"{phrase}建设稳步推进。二○一一年,我镇坚持稳中求进,全镇上下团结一心,各项工作取得新成效。\n"
        "一、主要工作\n(一)加强领导。镇里成立了领导小组,全镇各村成立了工作组,层层签订责任书。\n"
        f"(二)推进建设。{phrase}建设加快,全镇农民人均纯收入增加18%。\n"
    )
    assert _meta(text).issuer is None


_TOWNSHIP = (
    "政府工作报告\n一、基本情况。{town}位于县西北部,距县城60公里,属半山区,行政区域总面积320平方千米。"
    "全乡耕地面积24万亩,下辖7个行政村。{town}矿产资源丰富,已探明地下矿藏有大理石、石灰石等13种。\n"
    "二、重点工作。在县委县政府的坚强领导下,{town}坚持以党的建设为引领,全乡各项工作取得较好进展。"
    "{town}发展以“产业强乡”为目标,优化农业产业结构,全乡中草药种植规模3900亩。\n"
)


@pytest.mark.parametrize("town", ["桃源回族乡", "桐木漯瑶族乡", "成富朝鲜族满族乡", "后坪苗族土家族乡", "济沁河乡"])
def test_an_ethnic_township_named_whole_is_the_speaking_government(town: str) -> None:
    # 310 with 济沁河乡 → 桃源回族乡: a 民族乡's name runs past the two or three letters a town's stem is read by
    assert _meta(_TOWNSHIP.format(town=town)).issuer == f"{town}人民政府"


def test_two_ethnic_townships_named_as_often_give_no_government() -> None:
    first, second = _TOWNSHIP.split("二、")
    text = first.format(town="桃源回族乡") + "二、" + second.format(town="成富朝鲜族满族乡")
    assert _meta(text).issuer is None


@pytest.mark.parametrize("city", ["温州市", "榆林市", "沙市市"])
def test_the_one_bureau_a_byline_names_is_found_whatever_letter_ends_the_citys_name(city: str) -> None:
    # 温州市司法局: the place was read up to 州 (在温州), no known place, and the bureau lost
    from models.ingest.metadata_bodies import only_bureau_named

    lines = ["全市公共法律服务体系建设成效明显", "今年以来,全市公共法律服务中心接待群众咨询1.2万人次。", f"({city}司法局 张三)"]
    assert only_bureau_named(lines) == f"{city}司法局"


@pytest.mark.parametrize("city", ["温州市", "榆林市", "常州市"])
def test_a_masked_bureau_working_under_its_citys_bureau_is_unknown(city: str) -> None:
    # 1734 with 温州市 → 榆林市: xx县司法局 speaks 在温州市司法局的精心指导下; its own place is masked (null), and
    # the superior it names is no issuer
    text = (
        f"xxxx年,xx县司法局在县委、县政府的坚强领导下,在{city}司法局的精心指导下,深入贯彻落实党的十九大精神,"
        "为推进县域治理现代化提供坚强的法治保障,现将xxxx年工作总结如下:\n一、主要工作成效\n"
        "xxxx年,xx县公证处被司法部评为“全国公共法律服务工作先进集体”称号,全县公共法律服务体系不断完善。\n"
    )
    assert _meta(text).issuer is None
