"""The government a text speaks as, at the one place of that level it names (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_speaker import speaking_government


def test_a_district_speaking_as_wo_qu_takes_the_one_district_it_names() -> None:
    lines = [
        "2015年国民经济和社会发展计划执行情况",
        "一年来,全区坚持稳中求进,经济社会平稳健康发展。",
        "出台了《三水区产业扶持政策》,为我区产业发展保驾护航。增速位居全市首位。",
        "全区规模以上企业实现产值49亿元。",
    ]
    assert speaking_government(lines[0], lines) == "三水区人民政府"


def test_a_county_named_bare_under_a_government_title() -> None:
    lines = ["政府工作报告", "各位代表:", "一年来,全县上下齐心协力,黎平发展稳中有进,我县经济平稳。"]
    assert speaking_government("政府工作报告", lines) == "黎平县人民政府"


def test_a_sub_district_speaking_as_its_street() -> None:
    lines = ["一年来,松台街道深入贯彻区委、区政府部署,街道上下克难攻坚,完成投资列全区第一。"]
    assert speaking_government(None, lines) == "松台街道办事处"


def test_no_government_when_a_bureau_speaks_or_the_place_is_masked_or_two_are_named() -> None:
    bureau = ["生态县建设林业工作总结", "全县完成造林1万亩,我局安排专门工作组。黎平发展。"]
    assert speaking_government(bureau[0], bureau) is None
    masked = ["工作总结", "全县上下,XX县经济平稳,我县增长6%。"]
    assert speaking_government(masked[0], masked) is None
    two = ["工作总结", "我区工业增长,三水区工业、道里区商贸,全区增长6%。"]
    assert speaking_government(two[0], two) is None
    sector = ["2021年教育工作要点", "全县上下,推动黎平教育,我县教育。"]
    assert speaking_government(sector[0], sector) is None


def test_a_place_named_once_in_passing_without_a_title_is_no_evidence() -> None:
    lines = ["一九八六年,我市经济发展,全市人民努力美化广州城。"]
    assert speaking_government(None, lines) is None


def test_a_bulletin_or_a_bodys_news_item_is_not_the_governments() -> None:
    bulletin = ["2022年统计公报", "全县上下,黎平发展,我县增长。"]
    assert speaking_government(bulletin[0], bulletin) is None
    news = ["2020年,重庆市供销合作社荣获一等奖,全市供销系统销售1447亿元,我市供销。"]
    assert speaking_government(None, news) is None


def test_a_partner_city_is_not_the_place_that_speaks() -> None:
    lines = ["政府工作报告摘登", "我市深化东西部协作,与无锡市持续深化帮扶合作,全市脱贫攻坚取得胜利。"]
    assert speaking_government(lines[0], lines) is None


def test_a_prefecture_speaking_as_quan_zhou() -> None:
    lines = ["政府工作报告", "过去一年,全州上下团结奋进,海西州经济稳中有进,我州民生持续改善。"]
    assert speaking_government(lines[0], lines) == "海西州人民政府"


def test_a_town_named_as_the_openings_subject() -> None:
    lines = [
        "镇人民政府2024年工作总结",
        "2024年以来,中疃镇在县委、县政府的坚强领导下,全镇健康发展。",
        "目前全镇养殖企业42家。",
    ]
    assert speaking_government(lines[0], lines) == "中疃镇人民政府"


def test_a_district_that_was_a_county_and_a_ranking_that_is_no_place() -> None:
    lines = ["计划执行情况", "一年来,全区稳中求进。出台了《洞头区产业扶持政策》,为我区产业保驾护航。"]
    assert speaking_government(lines[0], lines) == "洞头区人民政府"
    ranked = ["工作总结", "全区上下努力,我区进入全国十强区行列,全区增长。"]
    assert speaking_government(ranked[0], ranked) is None


def test_a_town_named_once_as_itself_among_words_ending_in_zhen() -> None:
    lines = [
        "乡镇镇长述职报告",
        "我是今年二月份调入吉昌镇,在镇党委的正确领导和镇村干部的支持下,全镇建设森林小镇、农业大镇,本镇发展。",
    ]
    assert speaking_government(lines[0], lines) == "吉昌镇人民政府"


def test_the_district_as_the_text_writes_it_in_full_and_the_longer_known_name() -> None:
    lines = ["政府工作报告", "各位代表:一年来,全区上下奋力拼搏,珠海市斗门区经济增长,我区民生改善。"]
    assert speaking_government(lines[0], lines) == "珠海市斗门区人民政府"
    city = ["工作总结", "全市上下努力,马鞍山市经济增长,我市民生改善。"]
    assert speaking_government(city[0], city) == "马鞍山市人民政府"


def test_a_province_speaking_as_quan_sheng_takes_the_province_it_names_bare() -> None:
    lines = ["把建设经济带甘肃段作为全省的重点,突出甘肃段的地位,全省经济增长,推进甘肃段发展。"]
    assert speaking_government(None, lines) == "甘肃省人民政府"


def test_a_news_lead_on_a_document_bodies_released_is_not_a_government_speaking() -> None:
    lines = ["近日,广东省委办公厅、省政府办公厅印发《广东省行动方案》,内容如下。", "全省推进,广东全省,广东。"]
    assert speaking_government(None, lines) is None


def test_a_street_office_named_in_full_as_the_subject_even_when_its_name_is_a_word() -> None:
    lines = ["2008年街道办工作总结一年来,振兴街道办事处在区党工委的正确领导下,街道上下克难攻坚。"]
    assert speaking_government("2008年街道办工作总结", lines) == "振兴街道办事处"
    two = ["街道办工作总结", "一年来,振兴街道办事处在区党工委领导下,与和平街道办事处共建,全街道增长。"]
    assert speaking_government(two[0], two) is None


def test_a_county_named_in_its_own_new_chapter_phrase() -> None:
    lines = ["二、2025年主要工作", "按照县委部署,全县经济社会发展的目标是增长7%,奋力书写中国式现代化磴口新篇章。"]
    assert speaking_government(None, lines) == "磴口县人民政府"


def test_words_in_a_governments_phrases_that_are_no_place_name_none() -> None:
    from models.ingest.metadata_bare_places import formula_place

    for phrase in (
        "立足区情实际",
        "奋力谱写中国式现代化新篇章",
        "续写发展史",
        "谱写奋进新篇章",
        "打造新的经济增长点。",
    ):
        assert formula_place(phrase, "区") is None
    assert formula_place("以建设“繁荣和谐新道外”为目标", "区") == "道外区"


def test_a_one_letter_county_named_where_names_stand() -> None:
    lines = [
        "一、2024年工作完成情况",
        "新增县级示范农民专业合作社6家,沛县西瓜、沛县黄牛入选名录。制定《沛县第二轮行动方案》。",
        "全县粮食播种面积稳定,我县农业增长。",
    ]
    assert speaking_government(None, lines) == "沛县人民政府"


def test_a_one_letter_county_named_once_or_a_size_word_is_no_evidence() -> None:
    once = ["全县上下齐心,我县农业增长。", "沛县西瓜入选名录。"]
    assert speaking_government(None, once) is None
    size = ["全县上下齐心,我县农业增长。", "大县城建设。大县农业。"]
    assert speaking_government(None, size) is None


def test_an_autonomous_county_named_in_full() -> None:
    lines = [
        "2月20日上午,宁远彝族自治县第十五届人民代表大会第二次会议开幕。",
        "政府工作报告指出,2012年是我县经济社会快速发展的一年,全县生产总值增长15%。",
    ]
    import models.ingest.metadata_speaker as speaker

    leveled = speaker._dictionary()[1]
    name = next(w for w in sorted(leveled) if w.endswith("彝族自治县"))
    lines = [line.replace("宁远彝族自治县", name) for line in lines]
    assert speaking_government(None, lines) == name + "人民政府"


def test_a_slogan_the_dictionary_lists_as_a_county_is_no_place() -> None:
    lines = [
        "一年来,全县上下建设工业大县、旅游名县、生态美县,我县经济平稳增长。",
        "全县生产总值增长9%,我县财政收入增长6%。",
    ]
    assert speaking_government(None, lines) is None


def test_a_county_whose_name_is_also_a_word_counts_where_a_name_stands() -> None:
    lines = [
        "各县、区人民政府,市人民政府有关部门:",
        "《合肥市推动制造业高质量发展实施方案》已经市政府常务会议研究通过,现印发给你们。",
        "结合我市实际,立足我市产业基础,全市制造业增加值增长8%。",
    ]
    assert speaking_government(None, lines) == "合肥市人民政府"
    mentioned = ["结合我市实际,立足我市产业基础,全市制造业增加值增长8%,与外省市客商合作。"]
    assert speaking_government(None, mentioned) is None


def test_a_town_with_a_three_letter_name_named_as_the_clause_subject_speaks() -> None:
    lines = [
        "现在,我代表镇人民政府向大会作工作报告,请予审议。",
        "五年来,我镇经济发展提质提速,全镇固定资产投资大幅增长,完成了镇人大确定的任务。",
        "这是奋力拼搏的五年,柳溪坪镇正沿着科学发展的大道阔步前进。",
    ]
    assert speaking_government(None, lines) == "柳溪坪镇人民政府"


def test_a_town_naming_its_own_plan_in_book_title_marks_speaks() -> None:
    lines = [
        "近年来,我镇应急管理工作扎实有效,成立了以镇长为组长的领导小组。",
        "一、主要工作成效。" + "全镇上下紧紧围绕一案三制建设,扎实有效地开展工作,并取得了一定成效。" * 8,
        "截止目前,我镇印发了《桃岭镇突发公共事件总体应急预案》,全镇应急体系逐步健全。",
    ]
    assert speaking_government(None, lines) == "桃岭镇人民政府"


def test_an_honour_ending_in_zhen_is_no_town_that_speaks() -> None:
    lines = [
        "镇人民政府2023年政府工作报告",
        "一年来,团结依靠全镇人民,坚持稳中求进,全镇经济平稳发展。",
        "获得国家级卫生镇、全国文明镇、省级森林城镇等荣誉称号,全镇面貌焕然一新。",
    ]
    assert speaking_government(lines[0], lines) is None


def test_a_river_lake_or_mountain_sharing_a_county_s_name_names_no_county() -> None:
    # family: a county text that never names its county but names a reservoir or a mountain range whose name is
    # some county's (光山河水库, 祁连山南麓): no place (190's and 303's shape, made up)
    from models.ingest.metadata_bare_places import bare_place

    assert bare_place("全县完成光山河水库除险加固。光山河水库蓄水正常。", "县", True) is None
    assert bare_place("我县地处祁连山南麓,祁连山下牧业兴旺。", "县", True) is None
    assert bare_place("黎平发展史上,黎平山区群众脱贫。", "县", True) == "黎平县"  # its mountain areas: the place
    # a bay or a park named after a place (山阳湾生态公园) names no district either (379's shape)
    assert bare_place("推进山阳湾生态公园建设,山阳湾绿道贯通。", "区", True) is None
