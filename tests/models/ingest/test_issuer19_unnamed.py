"""Texts that never name who issued them stay unknown (a masked template, a bulletin with no issuer line, a notice
opening at its salutation), and a news headline's convening body is placed by the one province the item names."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_MASKED_TEMPLATE = """市大数据局2021年工作要点
2021年,市大数据局深入学习贯彻习近平新时代中国特色社会主义思想,统筹推动数字XX建设不断取得新突破、新成效。
一、全面推进新型智慧城市建设
(一)统筹数字XX发展和新型智慧城市建设。制定出台《数字XX2021年行动方案》,明确数字XX发展年度目标任务。
(二)推进试点。进一步加大全市省级新型智慧城市建设试点申报力度,推动平度市等纳入省级试点,打造XX“慧优政”品牌。
"""

_BULLETIN = (
    "2017年,包头市委、市政府认真学习贯彻党的十九大精神,带领全市各族人民全面贯彻落实中央和自治区决策部署,"
    """全市经济社会持续平稳健康发展。
■ 综合
年末全市常住总人口287.8万人,比上年末增加2.0万人,其中城镇人口239.7万人。
初步核算,全市生产总值按可比价格计算比上年增长5.5%。其中,第一产业增加值增长3.6%。
全年居民消费价格总水平比上年上涨1.6%。
"""
)

_NOTICE = """各县(市、区)人民政府,上饶经济技术开发区管委会,市政府各部门:
《上饶市2022年国民经济和社会发展计划》已经市五届人大二次会议审议通过,现印发给你们,请根据此安排工作。
2022年是党的二十大召开之年,做好经济工作意义重大。2022年全市经济社会发展工作的总体要求是:坚持稳字当头、稳中求进。
全市生产总值增长8.5%左右。
"""

_CONVENED = """省人大财经委召开1-7月国民经济和社会发展计划执行情况汇报会

9月4日,省人大财经委召开会议,听取省发改委对我省2017年1-7月国民经济和社会发展计划执行情况汇报。省人大常委会副主任王树芬出席会议并讲话。

以来,全省各级各部门认真贯彻习近平总书记考察云南重要讲话精神,全省经济发展呈现总体平稳稳中有进的态势。
"""


def test_a_template_masking_names_never_places_its_bureau() -> None:
    assert _issuer(_MASKED_TEMPLATE) is None


def test_a_bulletin_with_bulleted_sections_is_no_governments_by_its_voice() -> None:
    assert _issuer(_BULLETIN) is None


def test_a_notice_opening_at_its_salutation_names_no_sender() -> None:
    assert _issuer(_NOTICE) is None


def test_a_headlines_convening_body_at_the_one_province_named() -> None:
    assert _issuer(_CONVENED) == "云南省人大财经委"
