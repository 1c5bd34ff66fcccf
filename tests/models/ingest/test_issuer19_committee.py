"""A standing committee's work report (人大常委会, 政协常委会) is the standing committee's, named as its title or the
`我代表/我受…委托` sentence names it: 人大 expanded, a 政协 name kept as written with its term (lead's ruling,
session 19)."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_RD_SPEAKER = """——2022年12月27日在武汉市武昌区第十六届人民代表大会
第二次会议上
武昌区人大常委会主任 胡太荣
各位代表:
我受区十六届人大常委会委托,向大会报告工作,请予审议。
2022年主要工作
2022年,是本届区人大常委会履职的第一年,也是我们继往开来、求真务实、开拓进取的一年。
"""

_RD_TITLE = """琼中黎族苗族自治县人民代表大会
常务委员会工作报告
——2021年1月14日在琼中黎族苗族自治县
第十五届人民代表大会第七次会议上
琼中黎族苗族自治县人大常委会主任 王光业
各位代表、同志们:
我受县第十五届人大常委会的委托,向大会报告县人大常委会2020年以来的主要工作,请予审议。
关于2020年的工作
2020年,是“十三五”收官之年,县人大常委会始终坚持以习近平新时代中国特色社会主义思想为指导。
"""

_ZX_TITLE_SHORT_SENTENCE = """中国人民政治协商会议常州市第十四届委员会常务委员会工作报告

——2018年1月6日在政协常州市第十四届委员会第二次会议上

俞 志 平

各位委员:

现在,我代表政协常州市第十四届委员会常务委员会,向大会报告工作,请予审议,并请列席会议的同志提出意见。

过去一年主要工作

2017年是中共十九大召开之年,也是十四届市政协在继承中发展、各项工作取得新进展的起步之年。
"""

_ZX_SENTENCE_ONLY = """政协武陵源区第四届委员会第一次会议

常务委员会工作报告

区政协第三届委员会常务副主席 卓乐知

(2007年12月11日)

各位委员:

我受政协张家界市武陵源区第三届委员会常务委员会的委托,向大会作工作报告,请予审议。

三届政协工作的回顾

政协张家界市武陵源区第三届委员会任期的五年,是我区坚持科学发展观、经济又好又快发展的五年。
"""

_ZX_SPEAKER_TITLE = """杨智同志在政协武汉市第十三届委员会常务委员会工作报告
(2022年1月10日在政协武汉市第十四届委员会第一次会议上)
各位委员:
我代表中国人民政治协商会议武汉市第十三届委员会常务委员会,向大会报告工作,请予审议。
一、过去五年的工作回顾
过去五年是我市发展史上极不平凡、极其难忘的五年。
"""

_ZX_MASKED = """中国人民政治协商会议XX市委员会常务委员会工作报告(摘要)
各位委员:
我代表中国人民政治协商会议第十一届xx市委员会常务委员会,向大会报告工作,请予审议。
一、2024年主要工作
一年来,市政协及其常委会把准政协性质定位,坚持围绕中心、服务大局。
"""


def test_a_congress_standing_committee_is_named_by_its_chairman_line_expanded() -> None:
    assert _issuer(_RD_SPEAKER) == "武昌区人民代表大会常务委员会"


def test_a_congress_standing_committee_is_named_as_its_title_names_it() -> None:
    assert _issuer(_RD_TITLE) == "琼中黎族苗族自治县人民代表大会常务委员会"


def test_a_cppcc_standing_committee_keeps_the_full_name_with_its_term() -> None:
    assert _issuer(_ZX_TITLE_SHORT_SENTENCE) == "中国人民政治协商会议常州市第十四届委员会常务委员会"


def test_a_cppcc_standing_committee_named_only_by_the_entrusting_sentence() -> None:
    assert _issuer(_ZX_SENTENCE_ONLY) == "政协张家界市武陵源区第三届委员会常务委员会"


def test_a_speaker_in_the_title_yields_to_the_sentence_full_name() -> None:
    assert _issuer(_ZX_SPEAKER_TITLE) == "中国人民政治协商会议武汉市第十三届委员会常务委员会"


def test_a_masked_committee_is_unknown() -> None:
    assert _issuer(_ZX_MASKED) is None


_RD_DELIVERY_ONLY = """——2023年1月10日在襄阳市第十七届人民代表大会第三次会议上
各位代表:
我受市人大常委会委托,向大会报告工作,请予审议。
一、2022年主要工作
2022年,市人大常委会坚持以习近平新时代中国特色社会主义思想为指导,依法履职。
"""


def test_a_congress_committee_named_by_no_line_but_the_delivery_line() -> None:
    assert _issuer(_RD_DELIVERY_ONLY) == "襄阳市人民代表大会常务委员会"


_ZX_DELIVERY_ONLY = """(2022年1月5日在政协宁乡市第十届委员会第一次会议上)
各位委员:
我代表市政协常委会,向大会报告工作,请予审议。
一、过去五年的工作回顾
五年来,市政协常委会坚持以习近平新时代中国特色社会主义思想为指导,认真履行职能。
"""


def test_a_cppcc_committee_named_by_the_session_it_reports_to() -> None:
    assert _issuer(_ZX_DELIVERY_ONLY) == "政协宁乡市第十届委员会常务委员会"
