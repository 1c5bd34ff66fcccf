"""Issuer families read in session 13: where a bureau named by its level stands, and when a text names no place."""

from __future__ import annotations

from models.ingest.metadata_bare_places import bare_place
from models.ingest.metadata_bodies import finance_body
from models.ingest.metadata_body_names import opening_bureau
from models.ingest.metadata_issuer_forms import is_prefecture_short
from models.ingest.metadata_issuer_names import has_place
from models.ingest.metadata_issuer_towns import own_town
from models.ingest.metadata_issuers import _index_row_publisher, choose_issuer
from models.ingest.metadata_own_work import bureau_of_own_work, leveled_kind, placed_name
from models.ingest.metadata_speaker import speaking_government


def test_a_one_letter_county_the_text_names_places_a_county_bureau() -> None:
    lines = ["一、总体情况", "2023年,县人社局严格按照条例规定发布政务信息。", "利用凤县人民政府网站发布信息56条。"]
    assert placed_name("县人社局", lines) == "凤县人社局"
    # a district of one letter is a plain word anywhere else (城区, 郊区): no place
    lines = ["区科技局积极开展工作,包河区的前身合肥市郊区于1993年建立。"]
    assert placed_name("区科技局", lines) == "包河区科技局"


def test_a_template_whose_figures_are_masked_names_no_place_by_a_bare_word() -> None:
    masked = [
        "xxxx年以来,县农业局在县委、县政府的领导下,着力抓好春季农业生产。",
        "全县共储备玉米种子xxx吨,水稻xx吨;储备农家肥xx万余吨,化肥x.x万吨。二是大田管理落实到位。",
        "农业总产值xx.x亿元,农民收入xxxx元。",
    ]
    assert placed_name("县农业局", masked) is None


def test_an_account_of_a_place_in_the_third_person_is_not_its_government_speaking() -> None:
    told = [
        "今年以来,海西州针对就业率不高的实际,细化各项就业工作目标任务,就业再就业工作成效显著。",
        "一、推进政策落实。为全面推进全民创业小额贷款发放工作,海西州在全州范围内开展了创业培训。",
    ]
    assert speaking_government(None, told) is None
    spoken = [
        "今年以来,我州针对就业率不高的实际,细化各项就业工作目标任务,海西州就业工作成效显著。",
        "一、推进政策落实。海西州在全州范围内开展了创业培训,全州新增就业5000人。",
    ]
    assert speaking_government(None, spoken) == "海西州人民政府"


def test_a_news_item_opening_with_its_dateline_and_the_body_at_work_names_that_body() -> None:
    assert opening_bureau(["1月28日,锡盟统计局召开2021年度述职暨职工考核大会,局长主持会议。"]) == "锡盟统计局"
    assert opening_bureau(["1月4日,金坛市科技局举行了领导班子述职报告会。"]) == "金坛市科技局"
    # a dateline before a sentence whose subject is no body
    assert opening_bureau(["1月28日,全市统计工作会议召开。"]) is None


def test_only_a_prefecture_or_league_keeps_its_level_in_its_short_form() -> None:
    assert is_prefecture_short("锡盟") and is_prefecture_short("延边州") and is_prefecture_short("海北州")
    assert not is_prefecture_short("常州") and not is_prefecture_short("大理")
    assert has_place("锡盟统计局")


def test_a_county_only_the_gazetteer_knows_is_named_bare_when_no_known_name_rivals_it() -> None:
    text = "过去五年,是全椒发展历程中充满挑战、极不平凡的五年。全县人民团结奋斗。"
    assert bare_place(text, "县", True) == "全椒县"
    # beside a county the dictionary knows, a gazetteer-only word (丰林: lush woods) is no rival and no place
    forest = "岳西生态优美,全县森林丰林茂密,我局抓好林业工作。"
    assert bare_place(forest, "县", True) == "岳西县"


def test_the_publisher_an_index_table_row_names_issues_the_page() -> None:
    lines = [
        "蠡园开发区(蠡园街道)2022年上半年工作总结",
        "信息索引号 014028901/2022-05909 生成日期 2022-08-18公开日期 2022-08-18",
        "文件编号 公开时限 长期公开 发布机构 无锡市滨湖区蠡园街道办事处",
        "公开形式 网站 公开方式 主动公开 公开范围 面向社会",
        "上半年,蠡园开发区(蠡园街道)紧紧围绕全年目标任务……",
    ]
    extra: dict[str, str] = {}
    assert choose_issuer({}, lines[:4], lines[0], None, extra, lines) == "无锡市滨湖区蠡园街道办事处"
    assert extra["发布机构依据"] == "发布机构"
    # a row whose 发布机构 cell is empty names nobody
    assert _index_row_publisher(["发布机构 发文日期 2025-02-26 08:32"]) is None


def test_a_places_budget_made_public_is_its_finance_offices() -> None:
    assert finance_body("巫溪县2022年预算执行及2023年预算公开的说明", []) == "巫溪县财政局"
    assert finance_body("双牌县2022年度政府决算公开", []) == "双牌县财政局"
    # a department's accounts open with the department, which issues them
    assert finance_body("城口县商务委员会2022年度部门决算情况说明", []) is None


def test_a_we_bureau_text_filled_with_one_line_of_work_is_that_bureau_of_the_place_it_names() -> None:
    stats = [
        "2022年,我局紧紧围绕市委、市政府中心工作,竭力发挥统计工作辅政参谋作用,做好统计数据公开和解读工作。",
        "为助力广州经济平稳健康发展提供了坚实统计支撑。我局党组认真贯彻落实,积极发挥统计工作作用。",
        "统计微信公众号发布205条,主要包括统计动态、统计快讯等信息。",
    ]
    assert bureau_of_own_work(stats) == "广州市统计局"
    audit = [
        "2020年以来,审计局面对新形势,切实履行审计监督职责,为鲤城实现经济社会高质量发展保驾护航。",
        "截至今年12月底,我局共完成审计项目21个,审计提出建议70条,出具审计报告23篇。",
        "今年来,我局先后获得全市审计信息工作先进单位、全市审计统计工作较好单位,对我区132家一级部门开展审计。",
    ]
    assert bureau_of_own_work(audit) == "鲤城区审计局"


def test_every_county_and_city_is_no_place() -> None:
    lines = ["我局严格执行省气象局的要求,将预警信息送各县市气象局和各相关部门。", "我市气象服务及时。"]
    assert placed_name("市气象局", lines) is None


def test_a_service_centre_or_a_sectors_department_opening_the_report_is_its_issuer() -> None:
    centre = ["今年以来,区政务服务中心在区委、区政府的领导和关心下,坚持优质服务。", "20xx年,相山区全面完成审批改革。"]
    assert opening_bureau(centre) == "区政务服务中心"
    sector = ["今年上半年,市商务部门紧紧围绕市委、市政府的统一部署,努力促外贸出口。", "下半年,市商务局将认真贯彻落实。"]
    assert opening_bureau(sector) == "市商务局"
    # the department named only as a sector, with no bureau of that name in the text
    assert opening_bureau(["今年上半年,市商务部门紧紧围绕市委的统一部署开展工作。"]) is None


def test_tied_places_of_a_level_are_told_apart_by_the_one_the_text_names_bare() -> None:
    lines = [
        "全市外派劳务人数达到67人,随州市外经工作发展势头良好,广水市新批企业2家。",
        "实施“圣地车都、神韵随州”战略,拓宽了随州外派劳务渠道,市商务局将认真贯彻落实。",
    ]
    assert placed_name("市商务局", lines) == "随州市商务局"
    # a city written only as the level above (镇江市级, 镇江市下达) is no place of its own
    above = ["我市共组织申报镇江市级以上科技计划,超额完成了镇江市下达的指标,落实科教兴市战略。"]
    assert placed_name("市科技局", above) is None


def test_a_news_items_byline_and_purpose_clause_stand_before_the_bureau_at_work() -> None:
    lines = [
        "今日房县网讯 通讯员 赵静 报道:为确保实现一季度工业经济开门红,县经信局于一个“早”字,全面推进各项工作。",
        "春节前,局领导带领业务科室多次深入全县53家规模企业。",
    ]
    assert opening_bureau(lines) == "县经信局"
    assert placed_name("县经信局", lines) == "房县经信局"
    assert opening_bureau(["本报讯 2021年度,市商务粮食局以“平安建设”为抓手,狠抓安全生产。"]) == "市商务粮食局"


def test_a_bureau_a_title_names_by_kind_stands_at_the_level_and_place_its_text_writes() -> None:
    lines = [
        "年建设局工作总结及工作计划今年以来在县委县政府的正确领导下全县拆迁工作稳步推进",
        "围绕溧水县年国民经济和社会发展奋斗目标全县建设工作取得新进展",
    ]
    assert leveled_kind("年建设局", lines) == "溧水县建设局"
    # a level said once (全市) is no level the text speaks at
    assert leveled_kind("教育局", ["新增成都市新优质学校3所,全区教育质量提升,全市第一。"]) is None
    # a place's name only as a slogan's word is no place
    slogan = ["我区农林工作稳步推进,全区落实好各项强农惠农富农政策。"]
    assert leveled_kind("农林局", slogan) is None


def test_a_county_named_by_a_joining_letter_is_never_read_as_a_place() -> None:
    lines = ["全县卫生健康工作稳步推进,省千x医院鲁北院区和县妇幼保健院项目顺利开工,全县卫生院达标。"]
    assert placed_name("县卫生健康局", lines) is None


def test_the_production_and_construction_corps_is_a_place_its_bodies_are_named_by() -> None:
    assert has_place("兵团卫生健康委") and has_place("新疆生产建设兵团统计局")
    fields = {"作者": "兵团卫健委"}
    lines = ["兵团卫生健康委召开2023年重点工作调度会", "113日,兵团卫生健康委召开重点工作调度会,会议深入落实部署。"]
    assert choose_issuer(fields, lines[:1], lines[0], None, {}, lines) == "兵团卫生健康委"


def test_a_town_speaking_as_itself_is_named_by_its_slogans_or_fixed_phrases() -> None:
    slogans = [
        "五年来,镇政府在县委、县政府和镇党委的正确领导下,全镇经济社会持续发展。",
        "我镇将建设文化万安、开放万安、活力万安、生态万安、幸福万安、和谐万安,全镇人民共同奋斗。",
        "我镇按照生产发展的要求,全镇农业稳步发展。",
    ]
    assert speaking_government(None, slogans) == "万安镇人民政府"
    assert own_town("2006年以来,我镇立足冶溪实际,打造魅力冶溪,全镇呈现新面貌。", "镇") == "冶溪镇"
    # lists of kinds of work or growth name no town, whatever town of the gazetteer bears the word
    assert own_town("我乡坚持经济建设、政治建设、文化建设、社会建设,实现科学发展、和谐发展、跨越发展。", "乡") is None


def test_a_township_misread_several_ways_is_named_as_the_text_most_often_spells_it() -> None:
    lines = [
        "政府工作报告一、基本情况。济淡河乡位于龙江县西北部,距县城60公里,济沁河乡矿产资源丰富。",
        "2、矿。济沁河乡核定编制52名,全乡在编人员18名。在县委坚强领导下,济沁河乡以坚持“一业为主”为引领。",
        "二十大精神在济沁河乡扎根落地,全乡发展林果产业。济沁河乡土壤为沙壤,济法河乡适宜种植。",
    ]
    assert speaking_government(None, lines) == "济沁河乡人民政府"


def test_an_inferred_district_takes_the_city_the_text_writes_before_it() -> None:
    lines = [
        "2011年上半年,我局在区委、区政府的坚强领导下,统一思想认识。",
        "一是拟定了《丽江市古城区城市市容和环境卫生管理办法(试行)》初稿,并已上报区政府常务会研究。",
    ]
    assert placed_name("区市政局", lines) == "丽江市古城区市政局"
