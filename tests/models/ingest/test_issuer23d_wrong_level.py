"""Wrong-level issuers (session 23): a compilation's label names the bundle, not who issues its piece
(1934 浙江省政府工作报告专辑 over 杭州市's report); a person's name in a list of people is no place
(1946 副主任…、高明忠、…同志: not 高明市); a bureau's own item naming itself by its level only (市经信委) is
placed where its own site's welcome line or footer puts the site's owner of that level and line of work
(1946; 2024 欢迎访问广元市统计局)."""

from __future__ import annotations

from models.ingest.metadata_bureau_place import place_of_bureau
from models.ingest.metadata_issuer_head import bureau_from_head
from models.ingest.metadata_issuer_source import footer_owner, own_site_body
from tests.models.ingest._reading import issuer as _issuer


def test_a_compilation_label_names_no_issuer_of_its_piece() -> None:
    for label in ("浙江省政府工作报告专辑", "江苏省各市政府工作报告汇编(13篇)", "河南省政府工作报告选编"):
        assert bureau_from_head([label], None).value is None
    # (a first line naming a body still does: 某县人民政府工作规则)
    assert bureau_from_head(["黎平县人民政府工作规则"], None).value is not None


_COMPILATION = (
    "四川省政府工作报告专辑\n"
    "目录成都市政府工作报告- 3 -绵阳市政府工作报告- 38 -德阳市政府工作报告- 66 -"
    "成都市政府工作报告——2020年4月27日在成都市"
    "第十七届人民代表大会第四次会议上成都市人民政府市长 王凤朝各位代表:现在,我代表市人民政府向大会报告工作,请予审议。"
    "一、2019年工作回顾2019年是新中国成立70周年。全市地区生产总值增长7.8%。\n"
)


def test_the_piece_of_a_provinces_compilation_is_its_citys_report() -> None:
    assert _issuer(_COMPILATION) == "成都市人民政府"


def test_a_persons_name_in_a_list_of_people_is_no_place() -> None:
    lines = ["市经信委副主任唐顺萍、高明忠、总经济师潘登虎同志分别通报了情况。我市工业增长。"]
    assert place_of_bureau("市经信委", lines) is None
    lines = ["副市长李长沙同志主持会议,市发改委负责人参加。我市经济平稳。"]
    assert place_of_bureau("市发改委", lines) is None
    # (a city the text names bare keeps placing its bureau: 长沙 written as the place it is about)
    assert place_of_bureau("市发改委", ["长沙经济稳中有进,市发改委召开会议,长沙产业链…"]) == "长沙市发改委"


def test_a_welcome_line_names_the_sites_owner() -> None:
    assert footer_owner(["欢迎访问广元市统计局官方网站!"], "全市统计工作会议") == "广元市统计局"
    assert footer_owner(["欢迎光临海原县人民政府门户网"], "我县") is None  # a government's portal posts every office's


def test_the_item_opening_at_its_level_is_placed_at_its_own_sites_place() -> None:
    chrome = ["欢迎访问十堰市经济和信息化局官方网站!"]
    assert own_site_body(chrome, "市经信委") == "十堰市经信委"
    assert own_site_body(["版权所有:宜昌市统计局"], "市统计局") == "宜昌市统计局"
    assert own_site_body(chrome, "市统计局") is None  # another line of work than the site's owner
    assert own_site_body(chrome, "县经信局") is None  # another level


_OWN_SITE = """今天是:  | 登录 |  注册 站群导航 | 返回首页
欢迎访问黄冈市经济和信息化局官方网站!
当前位置:首页 > 工作动态

市经信委召开全市经信系统工作会议

时间:2018-03-05

  3月2日上午,市经信委召开2018年全市经信系统工作会议,会议由市经信委副主任王明主持,各县市区经信部门负责人参加会议。

  市经信委主任张华同志指出,2018年,我市工业发展形势总体平稳,要认真落实高质量发展的要求。
"""


def test_a_bureaus_own_item_on_its_own_site() -> None:
    assert _issuer(_OWN_SITE) == "黄冈市经济和信息化委员会"


_BUDGET_UNDER_TITLE = """[ 发布机构 ] 璧山区政府办公室 [ 有效性 ]
[ 成文日期 ] 2022-02-10 [ 发布日期 ] 2022-02-10

关于璧山区2021年预算执行情况和2022年预算草案的报告

重庆市璧山区财政局

各位代表:

受区人民政府委托,现将璧山区2021年预算执行情况和2022年预算草案的报告提请大会审查。

一、2021年财政工作情况

全区财政平稳运行,一般公共预算收入增长5.1%。
"""

_BOOKLET = """仁寿县2019年度财政预算报告参阅资料
来源:
仁寿县人民政府
仁寿县十八届人大三次会议
财政预算报告
参阅材料
仁寿县财政局
二〇一九年一月
说 明
为便于各位代表更好地审议《关于仁寿县2018年预算执行情况和2019年预算草案的报告》,我们选取了部分名词进行了解释。
"""


def test_the_body_on_its_own_line_under_the_title_delivers_the_report() -> None:
    # (gold README session 10 (1): whoever posted the page, its 发布机构 or 来源; 1993, 1158)
    assert _issuer(_BUDGET_UNDER_TITLE) == "重庆市璧山区财政局"
    assert _issuer(_BOOKLET) == "仁寿县财政局"


_SIGNED_NOTICE = """11330700MB10327095/2024-00150
关于印发《某某开发区防汛应急预案》的通知
丽水市水利局丽水经济技术开发区分局
2024-05-01
各乡镇人民政府、街道办事处,管委会各有关单位:
《丽水经济技术开发区防汛应急预案》已经管委会同意,现印发给你们,请认真贯彻执行。
丽水经济技术开发区管理委员会党政综合办公室
2024年4月29日
"""


def test_a_signed_notice_keeps_its_signature_over_the_line_under_its_title() -> None:
    assert _issuer(_SIGNED_NOTICE) == "丽水经济技术开发区管理委员会党政综合办公室"
