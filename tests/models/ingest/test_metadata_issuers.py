"""Issuer choice among the candidates a report gives (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_issuers import choose_issuer, with_titled_kind


def test_a_source_field_yields_to_the_signature_and_to_the_speaker_line() -> None:
    lines = ["关于优化营商环境的实施方案", "各部门:", "现印发给你们。", "某某区人民政府", "2019年3月1日"]
    extra: dict[str, str] = {}
    fields = {"来源": "宁远区人民政府办公室"}
    assert choose_issuer(fields, lines[:3], lines[0], "宁远区人民政府", extra, lines) == "宁远区人民政府"
    assert extra["发布机构依据"] == "落款单位"
    head = ["2016年经济工作报告", "宁远高新区管委会主任 张三", "各位企业家:"]
    assert choose_issuer({"来源": "政务演示站"}, head, head[0], None, {}, head) == "宁远高新区管委会"


def test_a_development_zone_opening_its_title_issues_under_its_own_name() -> None:
    lines = ["西湖高新区2016年工作报告", "2015年,高新区认真贯彻稳增长政策,全年经济保持平稳增长。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "西湖高新区"


def test_a_district_bureau_takes_the_district_its_text_names_bare() -> None:
    lines = ["区科技局2023年上半年工作总结", "今年以来,我局锚定“X”体系,荣获某市县考核优秀,赋能瓯海产业高质量发展。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "瓯海区科技局"


def test_letters_across_two_words_name_no_place() -> None:
    lines = ["区水利局工作总结报告", "我们与湖南开展集团合作,推进水利工程。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) is None


def test_a_ministrys_department_opening_its_title_issues_its_summary() -> None:
    lines = ["卫生部妇社司2010年工作总结", "2010年,卫生部妇社司坚持科学发展观,遵照我部工作部署。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "卫生部妇社司"


def test_the_fullest_name_keeps_the_and_of_a_bureaus_own_name() -> None:
    lines = ["2024年,市政务和数据局坚持改革。", "印发《清远市政务服务和数据管理局工作规则》,清远市政务和数据局推进。"]
    assert choose_issuer({}, lines[:1], None, None, {}, lines) == "清远市政务服务和数据管理局"


def test_an_issuer_masked_as_lue_is_unknown() -> None:
    lines = ["关于印发某方案的通知", "现印发给你们。", "(略)人民政府办公厅", "2023年3月24日"]
    assert choose_issuer({}, lines[:1], lines[0], "(略)人民政府办公厅", {}, lines) is None


def test_a_place_opening_its_policy_title_issues_it_not_the_bureau_that_interprets_it() -> None:
    lines = [
        "宝山区关于支持中小企业抗击疫情的政策意见",
        "为贯彻落实市委、市政府决策部署,帮助中小企业。",
        "本政策由宝山区发展和改革委员会负责解释。",
    ]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "宝山区人民政府"


def test_a_news_item_quoting_a_bureau_is_not_the_bureaus() -> None:
    lines = ["7月16日,《市政府关于促进中小企业稳定发展的政策意见》出台。", "市工信局有关人士介绍,扬州市中小企业。"]
    assert choose_issuer({}, lines[:1], None, None, {}, lines) is None


def test_a_publisher_or_title_body_with_no_place_is_unknown() -> None:
    lines = ["关于分解落实2020年政府工作报告重点任务的通知", "各镇人民政府:", "现将任务分解如下。"]
    assert choose_issuer({"发布机构": "政府办"}, lines[:1], lines[0], None, {}, lines) is None
    news = ["开发区招商局2018年招商引资工作", "今年以来,开发区招商引资成效明显。"]
    assert choose_issuer({}, news[:1], news[0], None, {}, news) is None
    zone = ["示范区卫生健康局2021年工作总结", "2021年,示范区卫生健康局坚持人民至上。"]
    assert choose_issuer({}, zone[:1], zone[0], None, {}, zone) is None


def test_a_budget_report_to_a_congress_is_its_places_finance_bodys() -> None:
    from models.ingest.metadata_bodies import finance_body

    county = [
        "关于宁远县2019年财政决算情况的报告",
        "(2020年9月28日在县第十六届人大常委会第三十四次会议上)",
        "受县人民政府委托,我就宁远县决算报告如下。",
    ]
    assert finance_body(county[0], county) == "宁远县财政局"
    national = [
        "关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
    ]
    assert finance_body(national[0], [*national, "财政部"]) == "财政部"  # 912: the body under the delivery line
    # a text naming no delivering office has no issuer (lead's ruling, session 16: 1379, 1413)
    assert finance_body(national[0], national) is None
    audit = ["关于2020年度县级预算执行和其他财政收支的审计工作报告", "在县人大常委会会议上"]
    assert finance_body(audit[0], audit) is None
    unsent = ["关于宁远县2019年财政决算情况的报告", "决算如下。"]
    assert finance_body(unsent[0], unsent) is None


def test_a_sector_title_over_wo_ju_is_the_county_bureau_of_that_sector() -> None:
    lines = [
        "2008年县林业工作总结和2009年工作计划",
        "去冬以来,我县林业工作在县委、县政府的领导下,建设农田林网,外环长廊肥东段被评为示范。",
        "为完成林改任务,我局安排8个专门工作组。",
    ]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "肥东县林业局"


def test_with_no_title_chosen_the_first_line_opening_with_a_body_names_it() -> None:
    lines = ["宁远县人民政府工作规则", "6107280000/2024-001005", "第一章总则", "一、为规范县政府工作,制定本规则。"]
    assert choose_issuer({}, lines[:3], None, None, {}, lines) == "宁远县人民政府"
    zone = ["宁远国家高新区2007年工作总结 |", "宁远高新区成功升级为国家级高新区,我区经济增长。"]
    assert choose_issuer({}, zone[:1], None, None, {}, zone) == "宁远国家高新区"


def test_a_townships_name_takes_the_county_its_text_writes_before_it() -> None:
    lines = [
        "宁远县长兴镇人民政府文件",
        "长兴镇人民政府关于印发《卫生保健规划》的通知",
        "各村民委员会:",
        "长兴镇人民政府",
        "2001年3月1日",
    ]
    assert choose_issuer({}, lines[:3], lines[1], "长兴镇人民政府", {}, lines) == "宁远县长兴镇人民政府"


def test_a_slogan_title_over_a_first_line_naming_the_zone() -> None:
    lines = ["宁远国家高新区2007年工作总结 |", "当创业先锋 做创新龙头", "2007年,高新区经济增长。"]
    assert choose_issuer({}, lines[:2], "当创业先锋 做创新龙头", None, {}, lines) == "宁远国家高新区"


def test_a_street_office_named_by_its_kind_is_unknown() -> None:
    lines = ["2024年街道社区发展办工作总结和下半年工作计划", "今年以来,街道社区发展办坚持服务群众。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) is None


def test_a_title_naming_its_placed_body_outranks_the_posting_office_in_laiyuan() -> None:
    lines = ["2022年度长河市农业农村局部门决算", "目录", "第一部分 部门概况"]
    extra: dict[str, str] = {}
    assert choose_issuer({"来源": "长河市财政局"}, lines[:1], lines[0], None, extra, lines) == "长河市农业农村局"
    assert extra["发布机构依据"] == "title"


def test_a_firm_named_after_a_place_does_not_place_a_city_bureau() -> None:
    lines = ["市经信局2020年工作总结", "今年以来,我局推动永安药业2天内全面复工,全市工业平稳。"]
    assert choose_issuer({"发布机构": "市经信局"}, lines[:1], lines[0], None, {}, lines) is None


def test_a_commission_head_with_a_spaced_name_gives_the_commission() -> None:
    head = [
        "关于长河区2024年国民经济和社会发展计划执行情况的报告",
        "——在长河区第二届人民代表大会第五次会议上",
        "长河区发展和改革委员会主任 张 剑",
    ]
    lines = [*head, "各位代表:", "受区人民政府委托,现将计划执行情况报告如下。"]
    assert choose_issuer({}, head, head[0], None, {}, lines) == "长河区发展和改革委员会"


def test_a_body_glued_to_the_end_of_its_delivery_line_delivers_the_report() -> None:
    head = ["关于2006年中央和地方预算执行情况的报告", "——2007年3月5日在第十届全国人民代表大会第五次会议上财政部"]
    lines = [*head, "各位代表:", "受国务院委托,现将预算执行情况提请审议。"]
    assert choose_issuer({}, head, head[0], None, {}, lines) == "财政部"


def test_a_publishers_short_commission_name_is_written_as_the_title_writes_it() -> None:
    lines = ["长河市江北区商务委员会2022年度部门决算公开说明", "一、单位基本情况"]
    assert choose_issuer({"发布机构": "长河市江北区商务委"}, [], lines[0], None, {}, lines) == "长河市江北区商务委员会"


def test_a_masked_county_after_a_word_or_in_traditional_script_is_unknown() -> None:
    lines = ["县农业局上半年改革工作总结", "今年*县农业开门红,强农惠农政策调动了农民积极性,我局狠抓落实。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) is None
    town = ["今年以來,在*區黨政的正確領導下,我鎮以強鎮富民為目標,全鎮農業平穩。"]
    assert choose_issuer({}, [], None, None, {}, town) is None


def test_a_speaker_entrusted_by_the_party_and_the_government_speaks_for_both() -> None:
    lines = ["各位代表：", "我受中共中央和国务院的委托，向大会作关于农业发展纲要执行情况的报告。", "一"]
    assert choose_issuer({}, [], None, None, {}, lines) == "中共中央 国务院"


def test_a_traditional_copy_speaking_as_its_archive_names_itself() -> None:
    lines = [
        "我館檔案工作在市委辦的正確領導下穩步推進。",
        "國際檔案日,長河市檔案館以“奮進”為主題舉辦展覽。",
        "我館接收檔案1200卷。",
    ]
    assert choose_issuer({}, [], None, None, {}, lines) == "长河市档案馆"


def test_a_body_voice_with_two_such_bodies_named_gives_none() -> None:
    lines = ["我馆工作稳步推进。", "长河市档案馆与青石县档案馆联合办展。", "我馆接收档案。"]
    assert choose_issuer({}, [], None, None, {}, lines) is None


def test_a_papers_rendering_of_a_bureaus_year_after_its_byline_is_the_bureaus() -> None:
    lines = [
        "本报讯 2021年度,市商务粮食局以“平安建设”为抓手,确保全市商务运行平稳,被评为全市优秀单位。",
        "市商务粮食局高度重视安全生产。全年围绕娄底经济工作重点,全市社会消费品零售总额778.2亿元。",
    ]
    assert choose_issuer({}, [], None, None, {}, lines) == "娄底市商务粮食局"


def test_a_city_bureau_placed_by_its_governments_slogan() -> None:
    lines = [
        "一、“十二五”期间水利工作回顾",
        "按照“强富美高、建设新溧阳”总要求,我局水利工作取得显著成绩,我市防洪能力提升。",
        "我局完成投资。",
    ]
    assert choose_issuer({}, [], None, None, {}, lines) == "溧阳市水利局"


def test_a_sectors_work_anywhere_in_the_title_over_wo_ju_and_quan_xian() -> None:
    lines = ["生态县建设林业工作总结及工作计划", "全县完成造林1万亩,县委部署,六潜高速岳西段绿化完成,我局全县督查。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "岳西县林业局"


def test_a_zone_titled_by_its_kind_is_the_one_zone_of_that_kind_the_text_names_in_full() -> None:
    lines = ["开发区工作总结及下年工作安排", "在2019年度省级以上开发区综合考核中,泾县经济开发区排名上升25位。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "泾县经济开发区"
    two = [*lines, "与宣城经济开发区合作共建园区。"]
    assert choose_issuer({}, two[:1], two[0], None, {}, two) is None


def test_a_sites_name_in_its_footer_or_breadcrumb_places_no_government() -> None:
    lines = [
        "各位代表:",
        "现在,我代表市人民政府,向大会报告工作,请予审议。",
        "过去一年,全市经济稳中有进。",
        "天津市政府门户网站 政务邮箱当前位置: 某某区某某镇人民政府>政务公开",
        "网站地图 | 联系我们",
    ]
    assert choose_issuer({}, lines[:3], None, None, {}, lines) is None


def test_a_footer_site_name_does_not_place_a_bureau_voice() -> None:
    lines = ["司法局2024年执法监督检查工作总结", "今年以来,我县司法局认真开展执法监督。", "天津市政府门户网站 政务邮箱"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) is None


def test_a_sentence_naming_the_site_it_publishes_on_still_names_the_place() -> None:
    lines = ["2023年政务公开工作总结", "我县在宁远县政府门户网站公开信息1200条,全县政务公开水平提升。"]
    extra: dict[str, str] = {}
    assert choose_issuer({}, lines[:1], lines[0], "宁远县人民政府", extra, lines) == "宁远县人民政府"


def test_a_traditional_signature_under_a_red_header_names_the_issuer() -> None:
    from models.ingest.redhead import read_red_header

    lines = ["某某推進辦關於印發工作要點的通知", "國健推委辦發〔2023〕1號", "各成員單位:", "現印發給你們。"]
    text = "\n".join([*lines, "健康中國行動推進委員會辦公室", "2023年3月2日"])
    assert read_red_header(text).issuer == "健康中國行動推進委員會辦公室"


def test_a_one_line_copy_keeps_its_signature_between_the_spaces_that_were_line_breaks() -> None:
    text = (
        "各乡、镇人民政府,县直各有关单位: 经县政府同意,现将《任务分解》印发给你们。 "
        + "请各单位认真对照,迅速行动,抓好落实。" * 20
        + " 附件:1.任务清单 2.重点工作任务分解 宁远县人民政府办公室 2025年5月18日 (此件公开发布) 附件1 任务清单"
    )
    assert choose_issuer({}, [text], None, None, {}, [text]) == "宁远县人民政府办公室"


def test_a_one_line_copy_of_accounts_names_the_body_of_its_first_part() -> None:
    text = (
        "目 录 第一部分 宁远县商务局概况 一、主要职能 二、部门机构设置情况 "
        + "第二部分 部门预算明细表 " * 20
        + "第三部分 宁远县财政局审核意见"
    )
    assert choose_issuer({}, [text], None, None, {}, [text]) == "宁远县商务局"


def test_a_one_line_copy_naming_a_body_and_a_date_inside_a_sentence_has_no_signature() -> None:
    text = "会议听取了宁远县商务局 2025年5月18日 的汇报和宁远县财政局的说明。" + "全县上下认真落实各项任务。" * 30
    assert choose_issuer({}, [text], None, None, {}, [text]) is None


def test_an_accounts_heading_whose_part_label_stands_on_its_own_line_names_the_body() -> None:
    lines = ["目", "录", "第一部分", "宁远县商务局概况", "一、主要职能", "第二部分", "宁远县财政局审核意见"]
    assert choose_issuer({}, lines[:3], None, None, {}, lines) == "宁远县商务局"


def test_the_city_before_a_name_never_takes_the_year_glued_before_it() -> None:
    lines = [
        "2025年赤峰市克什克腾旗教育局工作总结",
        "今年以来,全旗教育工作稳步推进。",
        "克什克腾旗教育局",
        "2025年12月1日",
    ]
    assert choose_issuer({}, lines[:1], None, "克什克腾旗教育局", {}, lines) == "赤峰市克什克腾旗教育局"


def test_a_government_portals_gazette_header_still_places_the_report() -> None:
    lines = [
        "内蒙古自治区政府门户网站 第2期(总期第50期) 2000年政府工作报告",
        "各位代表:",
        "现在,我代表自治区人民政府作工作报告。",
    ]
    assert choose_issuer({}, lines[:3], None, None, {}, lines) == "内蒙古自治区人民政府"


def test_an_accounts_heading_set_apart_outranks_the_finance_bureau_that_posts_it() -> None:
    lines = [
        "发布时间:2025-10-20 信息来源:宁远县财政局",
        "目录",
        "第一部分",
        "宁远县人民政府办公室概况",
        "一、部门职责",
    ]
    assert choose_issuer({}, lines[:3], None, None, {}, lines) == "宁远县人民政府办公室"


def test_a_one_line_copy_of_accounts_with_its_heading_whole_names_its_body() -> None:
    text = (
        "目 录 第一部分:宁远县财政局概况 一、主要职能 "
        + "第二部分:宁远县财政局部门决算报表 表一:收入支出决算总表 " * 12
    )
    assert choose_issuer({}, [text], None, None, {}, [text]) == "宁远县财政局"


def test_a_portals_byline_naming_an_office_gives_the_issuer_with_its_place() -> None:
    lines = ["市工信局荣获全市目标责任考核优秀单位", "近日,市工信局被市委、市政府评为安康市2019年度考核优秀单位。"]
    extra: dict[str, str] = {}
    assert choose_issuer({"作者": "市工信局"}, lines[:1], lines[0], None, extra, lines) == "安康市工信局"
    assert extra["发布机构依据"] == "作者"


def test_a_byline_naming_a_person_or_a_portal_field_naming_a_site_gives_no_issuer() -> None:
    lines = ["荣获全市目标责任考核优秀单位", "近日,该局被市委、市政府评为安康市2019年度考核优秀单位。"]
    assert choose_issuer({"作者": "张三"}, lines[:1], lines[0], None, {}, lines) is None
    assert choose_issuer({"发布机构": "县政府网站"}, lines[:1], lines[0], None, {}, lines) is None


def test_a_store_label_naming_a_bulletin_as_a_governments_gives_that_government() -> None:
    title = "2003年湘西土家族苗族自治州龙山县人民政府国民经济和社会发展统计公报"
    lines = [title, "2003年,全县人民在县委、县政府的正确领导下,经济持续快速健康发展。", "一、综合"]
    extra: dict[str, str] = {}
    issuer = choose_issuer({}, lines[:1], title, None, extra, lines)
    assert issuer == "湘西土家族苗族自治州龙山县人民政府"


def test_the_body_under_the_delivery_line_outweighs_the_posting_source_and_the_congress() -> None:
    lines = [
        "关于宁远区2030年上半年预算执行情况的报告",
        "——2030年7月30日在宁远区第三届人民代表大会",
        "常务委员会第九次会议上",
        "平川市宁远区人民政府",
        "区人大常委会:",
        "受区人民政府的委托,现向区人大常委会报告预算执行情况。",
    ]
    extra: dict[str, str] = {}
    issuer = choose_issuer({"来源": "宁远区财政局"}, lines[:1], lines[0], None, extra, lines)
    assert (issuer, extra["发布机构依据"]) == ("平川市宁远区人民政府", "the body under the delivery line")
    budget = [lines[0], lines[1], lines[2], "宁远区财政局", "各位代表:", "宁远区第三届人民代表大会召开。"]
    assert choose_issuer({}, budget[:1], budget[0], None, {}, budget) == "宁远区财政局"


def test_the_title_gives_the_bodys_full_kind_and_the_source_its_place() -> None:
    lines = ["县农业农村局2030年工作总结", "今年以来,县农业农村局认真履行职责,全县粮食生产保持稳定。"]
    fields = {"来源": "宁远县农业局 【字号: 大 中 小】"}
    assert choose_issuer(fields, lines[:1], lines[0], None, {}, lines) == "宁远县农业农村局"


def test_a_placed_name_keeps_its_own_words_when_the_title_writes_another_body() -> None:
    assert with_titled_kind("宁远县农业局", "县农业农村局") == "宁远县农业农村局"
    assert (
        with_titled_kind("宁远县财政局", "县农业农村局") == "宁远县财政局"
    )  # another body: the title does not name it
    assert with_titled_kind("宁远县农业农村局", "县农业局") == "宁远县农业农村局"  # the shorter kind adds nothing
    assert with_titled_kind("宁远市农业局", "县农业农村局") == "宁远市农业局"  # another level: not the same body
    assert with_titled_kind("宁远县农业局", None) == "宁远县农业局"


def test_a_title_opening_with_its_own_placed_body_outweighs_the_posting_office() -> None:
    lines = ["平川市宁远区水利局2030年度部门决算情况说明", "一、部门基本情况", "区水利局本级内设5个科室。"]
    extra: dict[str, str] = {}
    assert choose_issuer({"发布机构": "宁远区财政局"}, lines[:1], lines[0], None, extra, lines) == "平川市宁远区水利局"
    assert extra["发布机构依据"] == "title"
    # the same body in short: the field still names it (and its fuller form wins as before)
    street = ["宁远街道2030年工作总结", "今年以来,街道上下齐心协力。"]
    assert choose_issuer({"发布机构": "宁远街道办事处"}, street[:1], street[0], None, {}, street) == "宁远街道办事处"


def test_an_entrusted_audit_report_is_the_audit_offices_not_the_governments() -> None:
    lines = [
        "受宁远市人民政府委托,向市人大常委会报告2030年度市本级预算执行和其他财政收支的审计工作情况。",
        "一、市本级预算执行审计情况",
    ]
    assert choose_issuer({}, lines[:1], None, None, {}, lines) == "宁远市审计局"
    budget = ["受宁远市人民政府委托,现将2030年预算执行情况报告如下。", "一、预算执行情况"]
    assert choose_issuer({}, budget[:1], None, None, {}, budget) == "宁远市人民政府"


def test_a_street_office_called_by_its_short_form_is_filed_by_its_formal_name() -> None:
    lines = ["宁远区平安街道办2030年工作总结", "今年以来,平安街道办紧紧围绕区委、区政府中心工作。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "宁远区平安街道办事处"


def test_a_departments_own_accounts_marked_benji_are_its_own_not_the_posting_finance_bureaus() -> None:
    lines = ["宁远县水利局(本级)2030年度部门决算公开说明", "一、部门基本情况", "负责全县水利工作。"]
    assert choose_issuer({"来源": "宁远县财政局"}, lines[:1], lines[0], None, {}, lines) == "宁远县水利局"
    year_first = ["2030年度宁远县水利局（县本级）部门决算", "一、部门基本情况"]
    assert (
        choose_issuer({"发布机构": "宁远县财政局"}, year_first[:1], year_first[0], None, {}, year_first)
        == "宁远县水利局"
    )


def test_a_budget_report_with_no_delivering_line_is_its_places_finance_bureaus() -> None:
    lines = [
        "关于宁远县2030年预算执行情况和2031年预算草案的报告",
        "——2031年1月5日在宁远县第十届人民代表大会第三次会议上",
        "各位代表:",
        "受县人民政府委托,现将预算报告如下,请宁远县第十届人民代表大会第三次会议审议。",
    ]
    extra: dict[str, str] = {}
    assert choose_issuer({}, lines[:2], lines[0], None, extra, lines) == "宁远县财政局"
    audit = [
        "关于宁远县2030年度县级预算执行和其他财政收支的审计工作报告",
        *lines[1:3],
        "我受县人民政府委托,报告审计情况。",
    ]
    assert choose_issuer({}, audit[:2], audit[0], None, {}, audit) == "宁远县审计局"


def test_a_bureaus_page_posted_by_its_governments_office_is_the_bureaus_at_that_place() -> None:
    lines = ["县水利局2030年工作总结", "今年以来,我局认真贯彻县委、县政府决策部署。"]
    fields = {"发布机构": "平川县人民政府办公室"}
    assert choose_issuer(fields, lines[:1], lines[0], None, {}, lines) == "平川县水利局"
    assert with_titled_kind("平川县人民政府", "县水利局") == "平川县水利局"
    assert with_titled_kind("平川县人民政府办公室", "县政府办公室") == "平川县人民政府办公室"  # the office's own page


def test_a_township_titled_over_its_general_work_issues_as_its_government() -> None:
    lines = ["平川县桃花镇2030年工作总结", "今年以来,我镇认真贯彻县委、县政府决策部署。"]
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) == "桃花镇人民政府"
    kinds = ["全县乡镇2030年工作总结", "今年以来,各乡镇认真贯彻县委、县政府决策部署。"]
    assert choose_issuer({}, kinds[:1], kinds[0], None, {}, kinds) is None
    masked = ["某镇2030年上半年工作总结", "今年以来,我镇认真贯彻县委、县政府决策部署。"]
    assert choose_issuer({}, masked[:1], masked[0], None, {}, masked) is None


def test_a_source_field_running_on_into_its_posting_time_names_the_office() -> None:
    # family: a portal's 来源 line glued to the page's posting time (来源:某县政府 2021-03-23 10:56)
    from models.ingest.metadata_issuer_names import without_widget

    assert without_widget("某某县政府 2021-03-23 10:56") == "某某县政府"
    assert without_widget("市水务局   2016-12-28") == "市水务局"
    assert without_widget("2021-03-23 市水务局") == "2021-03-23 市水务局"  # a date before the name is no tail
    lines = ["2031年县政府重点工作任务", "一、稳定经济增长。", "(一)抓项目建设。"]
    fields = {"来源": "桐柏县政府 2031-03-23 10:56"}
    assert choose_issuer(fields, lines[:1], None, None, {}, lines) == "桐柏县人民政府"


def test_a_government_by_its_everyday_name_is_its_people_s_government() -> None:
    # family: 某市政府 / 某县政府 in a field, a title or a lead; the 政府办公室 stays the office
    from models.ingest.metadata_issuer_names import formal_office

    assert formal_office("合肥市政府") == "合肥市人民政府"
    assert formal_office("华容县政府") == "华容县人民政府"
    assert formal_office("万州区政府办公室") == "万州区政府办公室"
    assert formal_office("华容县人民政府") == "华容县人民政府"
    assert formal_office("区委区政府") == "区委区政府"  # two bodies, not a place's government


def test_a_zone_or_street_the_page_masks_is_unknown() -> None:
    # family: template and farm copies that mask the zone or street (XXX开发区, xxxx新城, 某街道) while a title or a
    # lead-in seems to name one (有关开发区, 2020年度某街道…)
    from models.ingest.metadata_issuer_names import masked_zone

    lines = ["有关开发区上半年工作总结", "上半年,XXX开发区实现地区生产总值增长。"]
    assert masked_zone("有关开发区", lines)
    assert masked_zone("度某街道办事处", ["2020年度某街道工作总结"])
    assert masked_zone("新城经济技术开发区", ["经济技术开发区管委会重点工作", "以xxxx新城为引领,打造城市。"])
    named = ["滨江开发区上半年工作总结", "上半年,滨江开发区实现增长,XX开发区的经验值得学习。"]
    assert not masked_zone("滨江开发区", named)  # the zone written in a sentence of its own text
    assert not masked_zone("某某县财政局", lines)  # no zone: the mask rules of the other bodies apply
    assert choose_issuer({}, lines[:1], lines[0], None, {}, lines) is None


def test_a_notice_dividing_a_government_work_report_is_its_issuing_office_s() -> None:
    # family: 某地人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知 with no signature on the page: the office
    # that issues the notice, not the government whose report it divides
    title = "平阳市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知"
    lines = [title, "各镇人民政府、各街道办事处,区政府各部门:", "现将《政府工作报告》重点工作任务分工印发给你们。"]
    extra: dict[str, str] = {}
    assert choose_issuer({}, lines[:2], title, None, extra, lines) == "平阳市长清区人民政府办公室"
    assert extra["发布机构依据"] == "the body the own title opens with (发文机关 + 关于…)"


def test_a_summary_titled_by_its_line_of_work_and_period_is_its_bureau_s() -> None:
    # family: 我局 summaries titled 民政年度工作总结 / 水利上半年工作总结 (the period between line of work and 工作),
    # the county named by the policies the bureau issued
    title = "民政年度工作总结"
    lines = [
        title,
        "今年以来,我局在县委、县政府的领导下,扎实推进民政工作。",
        "出台《桐柏县居家养老服务实施办法》,全县养老服务水平提升,我局获评先进。",
    ]
    assert choose_issuer({}, lines[:1], title, None, {}, lines) == "桐柏县民政局"


def test_bodies_reporting_in_turn_give_no_one_issuer() -> None:
    # family: a news page or compilation setting several bureaus of a city on lines of their own over their parts
    # (…12个政府部门亮“成绩单”): the first of them did not issue it
    lines = [
        "1月4日上午,桐柏市政府组织开展政府部门向市民报告工作活动。",
        "桐柏市发展和改革委员会",
        "2020年,桐柏市发改委重点围绕大交通、大产业开展工作。",
        "桐柏市科学技术局",
        "2020年,桐柏市科技局围绕产业技术创新开展工作。",
        "桐柏市工业和信息化局",
        "桐柏市工信局充分发挥工业的压舱石作用。",
    ]
    assert choose_issuer({}, lines[:1], None, None, {}, lines) is None
    one = ["2020年,桐柏市发改委重点围绕大交通、大产业开展工作。", "全市项目建设提速。"]
    assert choose_issuer({}, one[:1], None, None, {}, one) is not None  # one bureau opening its own account
