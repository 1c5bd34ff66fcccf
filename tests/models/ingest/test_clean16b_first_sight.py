"""Session 16 round 2, first-sight reports: a contents list's spaced page numbers (``…说明......( 5 )``) are no junk
stamp, so a hijacked mirror's 决算 keeps its 目录 whole (1468); a real junk-stamped copy is still cut. A table's header
cell printed again on every page is no running head (669)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.inline_junk import junk_mode, trailing_junk
from tests.models.ingest.test_clean_props import check_map

_TOC = [
    "目录",
    "一、概况......................(2)",
    "(一)部门(单位)职责......................( 2 )",
    "(二)机构设置......................( 4)",
    "二、2021年度部门(单位)决算公开表......................(  5 )",
    "三、2021年度部门(单位)决算情况说......................(  5 )",
    "(一)收入支出决算总体情况说明.......................( 5 )",
    "(二)收入决算情况说明......................( 5 )",
    "四、名词解释........................( 24 )",
    "一、概况",
]


def test_a_spaced_page_number_closes_its_bracket_and_is_no_junk_token() -> None:
    line = "(二)收入决算情况说明......................( 5 )"
    assert trailing_junk(line, cjk_line=True) == len(line)
    assert not junk_mode(_TOC)


def test_a_contents_list_with_spaced_page_numbers_keeps_its_closing_brackets() -> None:
    text = "\n".join(_TOC) + "\n"
    out = clean(text)
    check_map(text)
    assert "......( 5 )" in out.display_text
    assert "......( 24 )" in out.display_text


def test_a_lone_bracket_with_no_opener_before_it_is_still_junk() -> None:
    line = "政府工作报告 )"
    assert trailing_junk(line, cjk_line=True) == len("政府工作报告")


def test_a_junk_stamped_copy_is_still_cut() -> None:
    lines = [f"第{n}段正文内容写在这里。 LsMq&a-j{n}" for n in range(6)]
    assert junk_mode(lines)
    out = clean("\n".join(lines) + "\n")
    assert "LsMq" not in out.display_text


def _table_pages(cell: str) -> list[str]:
    """A PDF table of projects over three pages, its header row printed again at the top of each page."""
    lines = ["附件1", "2020-2022年重点项目", ""]
    for page in range(3):
        lines += ["序号", "项目名称", "总投资", "（亿元）", cell, "投资（亿元）", "责任地区"]
        lines += [str(page + 1), f"第{page + 1}号产业园项目建设", "60", "12", "锡山区", ""]
    return lines


def test_a_table_header_cell_repeated_on_every_page_is_no_running_head() -> None:
    # 669: the column header `2020 年计划` ends in a kind of report, but it repeats with the header row around it
    text = "\n".join(_table_pages("2020 年计划")) + "\n"
    out = clean(text)
    check_map(text)
    assert out.display_text.replace(" ", "").count("2020年计划") == 3


def test_a_running_head_between_changing_lines_is_still_page_chrome() -> None:
    lines = []
    for page in range(3):
        lines += [f"第{page + 1}部分的正文写在这里，说明本年度工作开展情况。", "洛阳市2023年国民经济和社会发展统计公报"]
        lines += [f"全年完成投资{page + 10}亿元，比上年增长{page + 2}%。"]
    out = clean("\n".join(lines) + "\n")
    assert "统计公报" not in out.display_text


def test_joint_issuers_over_a_title_split_after_guanyu_are_no_slogan() -> None:
    # 1323: `国家发展改革委 市场监管总局关于` ⏎ `新时代服务业高质量发展的指导意见`: two names, then the title runs on
    body = "国务院有关部门，各省、自治区、直辖市发展改革委、市场监管局：\n为深入贯彻党的十九大精神，现提出如下意见。\n"
    text = "国家发展改革委 市场监管总局关于\n新时代服务业高质量发展的指导意见\n发改产业〔2019〕1602号\n" + body
    out = clean(text)
    assert not any("关于" in c for c in out.chrome_lines)


def test_a_sites_browser_advice_is_site_words_wherever_it_stands() -> None:
    # 1238, 1292, 1380 print it in their footers; a chrome variant of 1127 carries it over the title
    from models.ingest.chrome_debris import is_page_debris

    for line in (
        "建议使用1024 X 768分辨率，IE8.0以上版本浏览器浏览本站",
        "建议使用IE7.0，1024*768分辨率以上浏览本站 联系电话：0427-2824960",
        "建议使用1920*1080分辨率浏览器",
    ):
        assert is_page_debris(line), line
    assert not is_page_debris("建议使用高分辨率遥感影像开展耕地保护动态监测。")


_DUTIES = (
    "一是贯彻执行国民健康政策及国家和省、市关于卫生健康  工作的方针政策和法律法规,起草并组织实施全县卫生健康政策、"
    "规划,组织实施国家、省卫生健康地方标准和技术规范;统  筹规划全县卫生健康服务资源配置,指导区域卫生健康规划的编 "
    "制和实施;负责职责范围内的职业卫生、放射卫生、环境卫生、 学校卫生、公共场所卫生的监督管理。"
)


def test_a_pdf_paragraphs_word_spaces_go_when_its_other_blanks_stand_inside_clauses() -> None:
    # 1467: a performance report's duties paragraph copied from a PDF, blanks where lines ended or were justified
    from models.ingest.clean_wraps import word_spaces

    gone = word_spaces(_DUTIES)
    kept = "".join(ch for k, ch in enumerate(_DUTIES) if k not in gone)
    assert len(gone) == 4 and "统筹规划" in kept and "编制和实施" in kept  # ``统  筹``: a wrap stretched to two blanks
    assert "环境卫生、学校卫生" in kept  # a blank after a comma's mark: a wrap (session 17)
    out = clean(_DUTIES + "\n").display_text
    assert "统筹规划" in out and "编制和实施" in out
    assert "卫生健康  工作" in out  # a blank between two words is left as written


def test_a_one_line_copy_whose_blanks_end_headings_keeps_its_word_spaces() -> None:
    from models.ingest.clean_wraps import word_spaces

    # the heading's blank stays; a word's space with clause marks on both sides parts no piece (session 17)
    line = "一、总体要求 坚持稳中求进，统筹规划的编 制和实施。"
    assert {line[i - 1 : i + 2] for i in word_spaces(line)} == {"编 制"}
    assert word_spaces("一、总体要求 坚持稳中求进，统筹规划的编 制和实施") == set()  # no mark closes it


_BUDGET = """梧州市档案2023
部门预算及三公经费预算情况说明
目 录
第一部分:梧州市档案馆概况
一、主要职
二、机构设置情况
三、人员构成情况
第二部分:梧州市档案馆部门预算及三公经费预算情况说
一、部门收支预算总体预算情况说明
二、部门收入预算总体情况说明
三、部门支出预算总体情况说明
四、财政拨款收支预算总体情况说明
五、一般公共预算支出情况说明
六、一般公共预算基本支出情况说明
七、一般公共预算三公经费情况说
八、政府性基金预算情况说明
九、国有资本经营预算情况说明
十、其他重要事项情况说明
第三部分:专业名词解释
第一部分:部门概况
一、主要职能
梧州市档案馆为全额预算管理单位负责贯彻执行党和国家、
自治区有关档案管理的法律、法规和方针政策。负责编制和实施
档案事业发展规划和档案工作管理制度负责研究制定进馆档案
的接收标准和规范档案整理质量检查和移交工作。负责接收和
征集本地区范围内对国家和社会有保存价值的档案。负责对馆藏
档案按规定进行整理、鉴定和安全保管。负责档案资源的开发和
为社会利用提供服务。负责档案宣传、档案文化建设、档案科研
和档案信息化建设等工作。
二、机构设置情况
"""


def test_a_contents_list_over_a_hard_wrapped_paragraph_does_not_hide_the_wrap() -> None:
    # 1474: the 目录's entries are headings, not running text; the duties paragraph is wrapped at 28 characters
    out = clean(_BUDGET).display_text
    for joined in ("编制和实施档案事业", "进馆档案的接收标准", "档案科研和档案信息化"):
        assert joined in out
    assert "十、其他重要事项情况说明\n第三部分" in out


def test_an_apps_login_box_over_the_report_is_chrome() -> None:
    # 1429 (a statistics bureau's app page) and 785 (a farm's login footer: 验证码:, 注册)
    from models.ingest.chrome_debris import is_page_debris

    for line in ("忘记密码 > 还没有账号? 点击注册 >", "captcha", "已有账号", "验证码:"):
        assert is_page_debris(line), line
    assert not is_page_debris("推行短信验证码登录，群众办事不再需要重复注册账号。")
