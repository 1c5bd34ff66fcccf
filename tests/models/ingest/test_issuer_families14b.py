"""Issuers of session 14's second discovery families: a 公文 title opening with its body before 印发/转发, a
resolution adopted by a session its opening names, a township's key-work plan."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer


def test_a_notice_title_opening_with_its_government_before_yinfa_names_the_issuer() -> None:
    # the red-head copy lost its signature: the 公文 title (发文机关 + 印发 + 事由 + 文种) still says who issued it
    text = (
        "某市人民政府文件\n临政发〔2021〕8号\n临江市人民政府印发关于进一步促进消费若干措施的通知\n"
        "各区人民政府,市各委办局:\n现将《关于进一步促进消费的若干措施》印发给你们,请认真贯彻执行。\n"
        "一、发放消费券\n全市发放消费券5000万元。\n"
    )
    assert _issuer(text) == "临江市人民政府"


def test_a_forwarding_notice_title_names_the_office_that_forwards() -> None:
    text = (
        "临江市人民政府办公厅转发省环保联席会议办公室关于督查情况的通报的通知\n"
        "各县、区人民政府,市政府各有关部门:\n现将省环保联席会议办公室《关于督查情况的通报》转发给你们,请认真研究。\n"
        "二○○五年十一月二十一日\n"
    )
    assert _issuer(text) == "临江市人民政府办公厅"


def test_a_resolution_without_its_title_is_issued_by_the_session_its_opening_names() -> None:
    text = (
        "(2013年2月28日临江区第十七届人民代表大会第二次会议通过)\n"
        "某某市临江区第十七届人民代表大会第二次会议听取和审查了区人民政府区长张三作的《政府工作报告》,"
        "会议决定批准该报告。\n会议要求,区人民政府要团结带领全区人民,为全面完成本次会议确定的各项任务而努力奋斗!\n"
    )
    assert _issuer(text) == "某某市临江区第十七届人民代表大会第二次会议"


def test_a_resolution_titled_about_the_report_is_the_sessions_not_the_governments() -> None:
    text = (
        "关于临江县人民政府工作报告的决议\n(2017年1月23日县十六届人民代表大会第一次会议通过)\n"
        "临江县十六届人民代表大会第一次会议,听取和审议了县人民政府县长张三所作的《政府工作报告》。"
        "会议充分肯定了县政府过去五年的工作,决定批准这个报告。\n会议号召,全县人民要更加紧密地团结起来。\n"
    )
    assert _issuer(text) == "临江县十六届人民代表大会第一次会议"


def test_a_townships_key_work_plan_is_its_governments() -> None:
    # (a portal's table flattened one cell a paragraph)
    cells = [
        *(
            "泗水头镇2024年度重点工作计划二季度执行情况",
            "序号",
            "重点工作",
            "责任",
            "领导",
            "责任",
            "科室",
            "攻坚目标",
            "任务",
        ),
        *("1", "水库工程政策处理", "欧乾震", "水库工程政策处理工作领导小组", "完成项目政策处理工作,推进大坝建设。"),
        *("推进坟墓迁移工作。", "该工程库区内坟墓迁移进度达60%。", "2", "现代化美丽城镇", "吴宇凡", "乡村振兴办"),
        *(
            "成功创建首批浙江省美丽城镇。",
            "按照时间节点开展项目建设。",
            "本年度总投资6000万元的19个项目完成投资3000万元。",
        ),
    ]
    text = "\n\n".join(cells) + "\n"
    assert _issuer(text) == "泗水头镇人民政府"


def test_the_township_opening_a_key_work_title_is_read_by_the_head() -> None:
    from models.ingest.metadata_issuer_head import bureau_from_head

    title = "泗水头镇2024年度重点工作计划二季度执行情况"
    assert bureau_from_head([title], title).value == "泗水头镇人民政府"
    assert bureau_from_head(["乡镇2024年度重点工作计划"], "乡镇2024年度重点工作计划").value is None


def test_a_bureaus_portal_heading_its_page_issues_the_work_its_title_names() -> None:
    text = (
        "临江省市场监督管理局\n\n政府信息公开\n\n2025年全省市场监督管理工作要点\n\n"
        "发布时间:2025-03-18       【字体:    中    \n\n"
        "2025年是“十四五”规划收官之年。做好2025年全省市场监督管理工作的总体要求是坚持稳中求进,重点做好以下工作。\n\n"
        "一、以讲政治为统领,把牢市场监管方向\n\n(一)扎实做好各项重点工作。\n\n"
        "1.深入贯彻落实深化改革部署要求,研究制定相关改革落实措施,协调推进市场监管领域深化改革任务。\n"
    )
    assert _issuer(text) == "临江省市场监督管理局"


def test_a_portal_named_after_another_body_gives_no_issuer() -> None:
    text = (
        "临江县发展和改革局\n\n政府信息公开\n\n2025年全县财政工作要点\n\n"
        "发布时间:2025-03-18       【字体:    中    \n\n"
        "2025年是“十四五”规划收官之年。做好今年财政工作的总体要求是坚持稳中求进,重点做好以下工作。\n\n"
        "一、加强收入征管\n\n1.深入推进预算管理改革,研究制定相关改革落实措施。\n"
    )
    assert _issuer(text) != "临江县发展和改革局"
