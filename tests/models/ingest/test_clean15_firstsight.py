"""First-sight shapes of session 15's discovery set: an icon's file name over a breadcrumb, a report's own contact
block with its e-mail line, a store's cut summary that copies the title and the opening after it."""

from __future__ import annotations

import pytest

from models.ingest.chrome_debris import wrapped_debris
from models.ingest.chrome_lines import classify_line
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map


@pytest.mark.parametrize(
    "line",
    [
        "dingwei.png 当前位置:   > 要闻动态 > 水利要闻",  # an icon's name left before the breadcrumb's label
        "ico-crumb.png 首页 > 常委会会议 > 常委会会刊",
        "icon_home.gif 您的位置：首页 > 政务公开",
    ],
)
def test_an_icons_file_name_before_a_breadcrumb_is_chrome(line: str) -> None:
    assert classify_line(line).kind == "chrome"


def test_an_image_name_before_a_sentence_leaves_the_line_in_the_body() -> None:
    assert classify_line("图1.jpg 全县粮食产量增长3.2%，较上年增加1.5万吨，创历史新高。").kind == "body"


_OPENING = (
    "根据《中华人民共和国政府信息公开条例》要求，特向社会公布2023年政府信息公开工作年度报告。本报告所列数据统计时限为"
    "2023年1月1日至12月31日，如对本报告有疑问，请联系县政府政务服务中心。"
)


@pytest.mark.parametrize("mail", ["电子邮箱:1316458144@qq.com", "电子邮箱：zwgk@163.com", "邮箱：xxzwgk@126.com"])
def test_the_email_line_of_a_reports_own_contact_block_stays(mail: str) -> None:
    text = "\n".join(
        [
            _OPENING,
            "地址:某县档案馆4楼402室;",
            "邮编:716000;",
            "电话:0911-7999705;传真:0911-7999701;",
            mail,
            "一、总体情况",
            "2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，不断深化政府信息公开。",
        ]
    )
    shown = clean(text).display_text
    assert mail.split("@")[0][-6:] in shown and "716000" in shown
    check_map(text)


_JOINT = (
    "某市发展和改革委员会 某市规划和自然资源局 某市住房和城乡建设局 "
    "关于印发某市社区嵌入式服务设施建设工程实施方案的通知"
)


@pytest.mark.parametrize("cut", ["…", "...", "……"])
def test_a_cut_summary_copying_the_title_and_the_opening_is_chrome(cut: str) -> None:
    summary = _JOINT + " 各区(市)县政府(管委会" + cut
    lines = [
        _JOINT,
        summary,
        _JOINT,
        "各区(市)县政府(管委会),市级有关部门,有关单位:",
        "经市领导同意,现将《某市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实。",
        "一、主要目标",
        "到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。",
    ]
    text = "\n".join(lines)
    shown = clean(text).display_text
    assert "管委会" + cut not in shown and "管委会…" not in shown
    assert "各区(市)县政府(管委会),市级有关部门" in shown and "全面建成" in shown
    check_map(text)


def test_a_title_printed_twice_without_a_cut_stays_for_the_title_rules() -> None:
    lines = [_JOINT, _JOINT, "各区(市)县政府(管委会),市级有关部门,有关单位:", "经市领导同意,现将方案印发给你们。"]
    shown = clean("\n".join(lines)).display_text
    assert "市级有关部门" in shown and "印发给你们" in shown


def test_a_farm_label_run_into_the_opening_then_hard_wrapped_keeps_the_opening() -> None:
    lines = [
        "您好,欢迎访问某某文档",
        "当前位置:首页 > 办公文档 > 总结/报告 > 2021年文体旅游局工作总结范文",
        "2020年文体旅游局工作总结范文2021年是文化、体育和旅游部门的一个重要",
        "里程碑。根据市委、市政府的部署要求,原文化广电体育局与旅游局合并成",
        "为文化体育旅游局,开启了“文化体育旅游”的综合管理模式。今年以来,",
        "我局围绕全市工作大局,紧紧围绕发展民生、务实创新、紧张快干的主题,",
        "各项工作保持了良好的发展势头,开启了文化体育旅游融合发展的新篇章。",
    ]
    shown = clean("\n".join(lines)).display_text
    assert "2021年是文化、体育和旅游部门的一个重要" in shown and "欢迎访问" not in shown
    check_map("\n".join(lines))


def test_a_menu_as_wide_as_the_text_under_it_stays_debris() -> None:
    menu = "首页 走进某县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏 网站地图 联系我们"
    after = "各位代表:现在,我代表县人民政府向大会报告工作,请予审议,并请各位委员提出意见和建议。"
    assert wrapped_debris(menu, after)
    label = "2020年文体旅游局工作总结范文2021年是文化、体育和旅游部门的一个重要"
    assert not wrapped_debris(label, "里程碑。根据市委、市政府的部署要求,原文化广电体育局与旅游局合并成")


def test_a_section_title_with_its_colon_right_over_the_body_stays() -> None:
    lines = [
        "**年应急工作总结",
        "**年,应急管理科在市政府办公室的正确领导下,切实有效地防范和处",
        "置各类突发公共事件,最大限度地减轻和消除突发公共事件造成的社会",
        "危害和影响,较好的履行了科室职能。",
        "**年主要工作:",
        "一、完善应急管理组织体制。为加强对应急管理工作的组织领导,提高",
        "突发事件防范应对能力,今年,下发了《关于成立应急管理委员会的通知》。",
    ]
    shown = clean("\n".join(lines)).display_text
    assert "**年主要工作:" in shown
