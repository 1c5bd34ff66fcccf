"""Dates session 26: a news item with no date of its own takes its page's day when the page is the outlet's own
(the session-22 page-day rule): the stamp's source is the outlet the page's own furniture names (its name line, the
root of its breadcrumb, its staff's credit). (2242's same-day `来源:中国新闻网` line, undated here by session 24, is
dated by the session-27 ruling when the lead opens on that very day.)"""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


LEAD = (
    "{day}上午,{province}第十三届人民代表大会第四次会议在{city}开幕。省长代表省人民政府向大会作政府工作报告。\n\n"
    "报告指出,过去一年是极不平凡的一年,全省地区生产总值增长5.2%,一般公共预算收入增长6.1%,城乡居民收入稳步增长。\n\n"
    "报告提出,今年全省经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业50万人以上。\n"
)


@pytest.mark.parametrize(
    ("site", "stamp", "province", "city", "iso"),
    [
        ("人民网", "2022年01月20日18:53 | 来源:人民网-宁夏频道", "宁夏回族自治区", "银川", "2022-01-20"),
        ("东方网", "2019-01-27 10:02 | 来源:东方网", "上海市", "上海", "2019-01-27"),
        ("红网", "2021年02月01日 09:30 ｜ 来源:红网-湖南频道", "湖南省", "长沙", "2021-02-01"),
    ],
)
def test_the_outlets_own_stamp_dates_its_item(site: str, stamp: str, province: str, city: str, iso: str) -> None:
    text = f"{site}\n{site}>>地方频道>>本网原创\n\n{province}人大会议开幕侧记\n\n{stamp}\n小字号\n\n" + LEAD.format(
        day="1月20日", province=province, city=city
    )
    assert _read(text).date == iso


def test_the_outlets_staff_credit_makes_the_page_its_own() -> None:
    text = (
        "云南:在大战大考中交出优异答卷\n\n来源:中国日报网\n2021-01-26 17:07:58\n分享\n\n"
        + LEAD.format(day="1月26日", province="云南省", city="昆明")
        + "\n全面建成小康社会取得历史性成就。(中国日报云南记者站)\n"
    )
    assert _read(text).date == "2021-01-26"


def test_a_breadcrumb_rooted_at_the_stamps_outlet() -> None:
    text = (
        "萧山网专题首页 | 政情咨询 | 两会博客 | 两会早知道\n 萧山网 > 2010萧山区两会 > 两会新闻\n"
        "萧山区十四届人大四次会议隆重开幕\n2010年1月20日 17:19    萧山网 \n\n"
        "上午9时,备受瞩目的萧山区第十四届人民代表大会第四次会议在萧山剧院隆重开幕。区长作政府工作报告。\n\n"
        "报告指出,过去一年全区生产总值增长10.5%,财政总收入增长12%。\n"
    )
    assert _read(text).date == "2010-01-20"


@pytest.mark.parametrize(
    "stamp",
    ["2015-01-26 14:51:07 | 来源:中国新闻网 | 作者:周娴 任莉", "2015年01月26日 14:51 | 来源:东方网"],
)
def test_a_same_day_news_line_dates_the_item(stamp: str) -> None:
    # (was: no date, a repost by session 24; the session-27 ruling on 2242: a same-day `日期 | 来源:新闻网` line dates
    # the item unless the text shows the page copies another site)
    text = f"贵州省第十二届人民代表大会第三次会议开幕\n{stamp}\n\n" + LEAD.format(
        day="1月26日", province="贵州省", city="贵阳"
    )
    assert _read(text).date == "2015-01-26"


ITEM = (
    "{byline}(通讯员 冯同兴)近日,笔者从某某县水务部门获悉,该县2020年水利基本建设投资建议计划已编制完成,"
    "预计总投资2.83亿元。\n"
    "据悉,计划实施灌区改造、河道整治等四大类11个项目,总投资2.83亿元。\n"
)


@pytest.mark.parametrize(
    ("byline", "stamp", "iso"),
    [
        ("中国水利网站8月29日讯", "来源:中国水利网站 2019年8月29日", "2019-08-29"),
        ("中国水利网讯", "来源:中国水利网 2021-03-02", "2021-03-02"),
        # (the dateline names another day: the stamp is the copy's, not the item's)
        ("中国水利网站8月29日讯", "来源:中国水利网站 2019年9月12日", None),
        # (the source names an outlet the item's dateline does not: another's item)
        ("江苏水利网8月29日讯", "来源:中国水利网站 2019年8月29日", None),
    ],
)
def test_a_source_line_closing_the_outlets_own_item(byline: str, stamp: str, iso: str | None) -> None:
    assert _read(ITEM.format(byline=byline) + stamp + "\n").date == iso


def test_an_anonymous_authors_posting_line_is_a_copys() -> None:
    # (作者:佚名: the page does not know who wrote what it carries; a publisher names its office, 2176, 246, 1847)
    text = (
        "欢迎来到 某某合作社网!\n当前所在:首页 > 三农资讯 > 某某县农业农村局召开2022年工作部署会\n\n"
        "某某县农业农村局召开2022年工作部署会\n\n发布时间:2022-02-15作者:佚名 来源: 某某省农业农村厅\n\n"
        "2月7日,某某县农业农村局召开2022年工作部署会,全面部署2022年工作。会议由局长主持。\n\n"
        "局长通报了2021年工作取得的成就。2021年一产增加值达24.24亿元,同比增长10%。\n"
    )
    assert _read(text).date is None


@pytest.mark.parametrize("label", ["20xx年", "20XX年", "xx年"])
def test_a_bare_stamp_over_a_template_is_the_uploads(label: str) -> None:
    text = (
        f"区科技局2020年工作总结及2021年工作打算\n\n2021-01-24\n\n区科技局{label}工作总结及{label}工作打算\n\n"
        "一、工作情况\n\n一是强化政策保障。区委区政府先后制定出台了政策措施,形成了比较完善的政策体系。\n"
    )
    assert _read(text).date is None
