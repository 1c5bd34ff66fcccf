"""A portal page whose menus, a link a line, run past the prelude's reach (1294, 1376, 1378): the prelude is counted
in lines that may be text, its leaders' directory and its index rows set a cell a line are read as such."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_MENU = [
    "首页",
    "新闻动态",
    "政务服务",
    "政府信息公开",
    "互动交流",
    "政务专题",
    "投资楚雄",
    "走进楚雄",
    "国务院",
    "省政府",
    "市人大",
    "市政协",
    "移动版",
    "重大会议信息",
    "市政府机构",
    "政府工作报告",
    "最新文件",
    "政府公报",
    "人事信息",
    "数据开放",
    "专题专栏",
    "政策文件库",
    "行政执法公示",
    "回应关切",
    "本市政策解读",
    "国家政策解读",
    "新闻发布会",
    "个人办事",
    "法人办事",
    "便民服务导图",
    "在线访谈",
    "网上调查",
    "民意征集",
    "决策预公开",
    "智能问答",
    "互动知识库",
    "部门目录",
    "部门公开",
    "财政预决算",
    "政府预决算",
    "重点领域信息公开",
    "市政府门户",
]
_DIRECTORY = ["副市长", "张定锋", "肖进才", "赵明正", "许用贵", "秘书长", "许剑锋", "领导活动"]
_TITLE = "关于楚雄市2025年地方财政预算执行情况和2026年地方财政预算草案的报告"
_BODY = [
    "各位代表：",
    "受市人民政府委托，现将楚雄市2025年地方财政预算执行情况和2026年地方财政预算草案提请大会审议，请予审议。",
    "一、2025年全市地方财政预算执行情况",
    "2025年，全市完成地方一般公共预算收入351740万元，增长2.1%，完成地方一般公共预算支出的百分之九十。",
]


def _page() -> str:
    head = ["索引号：", "cxs004/2026-00012", "发布机构：", "楚雄市财政局", "发文日期：", "2026-03-02"]
    return "\n".join([*_MENU, *_DIRECTORY, "您当前的位置：首页 > 部门公开 > 财政预决算", *head, _TITLE, *_BODY]) + "\n"


def test_a_portals_menus_a_link_a_line_leave_however_many_they_are() -> None:
    text = _page()
    out = clean(text)
    check_map(text)
    lines = out.display_text.split("\n")
    assert not set(_MENU) & set(lines)
    assert lines[0] == _TITLE and "各位代表：" in lines


def test_a_directory_of_leaders_in_the_prelude_is_the_portals() -> None:
    lines = clean(_page()).display_text.split("\n")
    assert not set(_DIRECTORY) & set(lines)


def test_an_index_rows_value_set_a_line_under_its_key_is_header_metadata() -> None:
    out = clean(_page())
    assert "楚雄市财政局" not in out.display_text.split("\n")
    assert any(h.replace(" ", "") == "发布机构：楚雄市财政局" for h in out.header_lines)


def test_a_speaker_and_his_name_under_the_title_stay() -> None:
    text = "\n".join([_TITLE, "楚雄市财政局局长", "张定锋", *_BODY]) + "\n"
    assert "张定锋" in clean(text).display_text
