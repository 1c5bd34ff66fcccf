"""Outline families from the first-sight misses of the session-14 discovery set (reports nobody had tuned to):
each test is a short made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年收入总计1609.10万元，支出总计1609.10万元，较上年减少684.52万元，主要原因是上级追加的专项资金减少。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


DUTIES = (
    "1.执行本级人民代表大会的决议和上级国家机关的决议和命令,发布决定和命令。2.执行本乡的经济和社会发展规划、预算,"
    "管理本乡的经济、教育、科学、文化等行政工作。3.推动产业结构调整,转变农业发展方式,优化发展环境。4.关注和改善民生,"
    "加快社会事业发展,推动公共服务均等化。5.加强生态建设和保护,加大环境整治,完善和落实护水、护河、护山、护林的机制。"
    "6.保护合法财产,维护社会秩序,保障公民的人身权利、民主权利和其他权利。7不断强化社会维稳体系,确保社会稳定。"
    "8.完成上级交办的其他事项。"
)


def test_duties_run_together_in_one_paragraph_are_headings() -> None:
    # a 决算's duties under （一）职能职责, run together on one line as a portal stores them (one number lost its dot)
    lines = ["某乡人民政府2020年度部门决算情况说明", "一、部门基本情况", "(一)职能职责", DUTIES, "(二)机构设置"]
    lines += ["政府内设党政办公室、经济发展办公室、社会事务办公室。", "二、部门决算情况说明", PARA]
    got = flat("\n".join(lines))
    assert (3, "1.", "执行本级人民代表大会的决议和上级国家机关的决议和命令,发布决定和命令") in got
    assert (3, "4.", "关注和改善民生,加快社会事业发展,推动公共服务均等化") in got
    assert (3, "8.", "完成上级交办的其他事项") in got
    assert (2, "(二)", "机构设置") in got


def test_a_numbered_list_in_a_paragraph_under_another_heading_stays_prose() -> None:
    # the same paragraph under a table's 工作内容 cell (565): a list in the text (its 1. at the line's start aside)
    lines = ["某市城管局2019年绩效自评报告", "一、部门基本概况", PARA, "工作内容", DUTIES, "二、绩效自评情况", PARA]
    got = flat("\n".join(lines))
    assert [h for h in got if h[1] not in ("一、", "二、", "1.")] == []


def test_run_in_leads_of_a_pdf_copy_with_blanks_after_its_stops_stay_leads() -> None:
    # a text written in lines whose PDF layer put a blank after every stop: 主导产业多点开花。 优化发展金融服务业。 …
    # the run-in leads of a paragraph are no headings (322), however its blanks break it into pieces
    para = (
        "主导产业多点开花。 优化发展金融服务业。 深入推进“凤凰行动”计划,深交所杭州基地正式落地,南华期货登陆上交所成为"
        "主板期货第一股。 评定杰出金融人才4名,突出贡献金融人才 12名。 完成一般公共预算收入 18.08亿元。 优化发展文创"
        "产业。 着力打造影视基地,佳平影业获评省级文化出口企业。 引进省文投集团等重大项目,央视短视频基地落户。"
        " 完成一般公共预算收入 4.97亿元。 优化发展信息技术产业。 累计实现企业上云6400家,入选省第三批上云标杆企业,"
        "城市大数据运营获评省大数据应用示范企业。 完成一般公共预算收入 6.12亿元。"
    )
    lines = ["各位代表:", "", "受区政府委托,向大会报告我区计划执行情况,请予审议。", "", "一、2019 年经济和社会发展情况"]
    lines += ["", "(一)坚持产业升级促动,竞争优势不断强化", "", para, "", "(二)坚持改革开放驱动,发展活力不断增强", ""]
    lines += ["营商环境持续优化,全年新增市场主体1.2万户,同比增长 8.5%。"]
    got = flat("\n".join(lines))
    assert [h for h in got if h[1] == ""] == []


def test_a_plan_part_name_glued_to_its_paragraph_in_a_copy_run_together() -> None:
    # a doc store's one-line copy of a plan with no blank left: 一、指导思想以习近平…为指导,…
    text = (
        "某县林业局2017年工作计划 2017年,我局将坚持生态优先,加速绿化美化,严管林业资源,提升森林质量,为建设生态经济强县"
        "贡献林业力量。一、指导思想以习总书记关于生态文明建设的战略思想为指导,准确把握维护生态安全,林业肩负新使命。"
        "二、目标任务全年完成造林绿化面积2万亩,森林覆盖率达到65%以上。(一)造林绿化。全面完成春季造林任务,抓好苗木"
        "培育和检查验收。(二)资源管护。严格林地管理,加强森林防火和有害生物防治,确保森林资源安全。"
    )
    got = flat(text)
    assert (1, "一、", "指导思想") in got
    assert got[0] == (1, "一、", "指导思想")


def test_a_guiding_thought_sentence_keeps_its_title() -> None:
    lines = ["某县2023年政府工作报告", "各位代表：", "一、过去一年的工作", PARA]
    lines += ["二、县政府工作的指导思想是,高举中国特色社会主义伟大旗帜,认真执行党的路线方针政策,全面正确履行政府职能"]
    lines += [PARA]
    got = flat("\n".join(lines))
    assert got[1][2].startswith("县政府工作的指导思想是,高举")


def test_an_item_run_into_its_paragraph_after_a_comma_ends_where_a_time_adverbial_opens_it() -> None:
    # 1、农田水利与道路建设,今年以来,xx镇…: the body evidently starts at 今年以来, (gold rule of 004/1190)
    lines = ["某镇2015年工作总结", "四、社会稳定和平安创建工作", PARA, "五、各项社会事业"]
    lines += ["1、农田水利与道路建设,今年以来,xx镇在完成了大型主干道的通达工程后,积极将水泥建设工程向边远村推进。"]
    lines += ["2、土地增减挂钩,今年来,我们按照节约集约用地的相关要求,积极开展土地复垦和增减挂钩工作。"]
    got = flat("\n".join(lines))
    assert (2, "1、", "农田水利与道路建设") in got
    assert (2, "2、", "土地增减挂钩") in got
