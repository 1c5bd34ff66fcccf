"""Title and date families first seen on the disc16b set (statistics releases, final accounts, performance forms),
each on a made-up snippet."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_fields
from models.types import Metadata

PARA = (
    "过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，"
    "全年地区生产总值完成120亿元，同比增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


@pytest.mark.parametrize("key", ["填报日期", "填表日期", "填报时间"])
def test_a_performance_forms_fill_in_date_dates_it(key: str) -> None:
    # a 绩效自评 form's cover field, as 报告日期 is on a self-evaluation's cover (1475; 1467, 1166)
    text = (
        "项目支出绩效自评报告\n"
        "项目名称:某县某水库除险加固工程\n"
        "评价年度:2022\n"
        "预算部门单位(公章):某县水务局\n"
        f"{key}:2023年4月25日\n"
        "一、基本情况\n" + PARA * 3
    )
    assert _meta(text).date == "2023-04-25"


def test_a_portals_generated_time_is_its_generated_date() -> None:
    # 生成时间 beside 生成日期 (1468; 生成日期 on 1001, 1289, 395 …)
    fields = parse_fields("索引号:2662024/2022-160268 生成时间:2022-09-22 11:15:46 发布机构:卫生系统")
    assert fields is not None
    assert ("发布日期", "生成时间", "2022-09-22 11:15:46") in fields


RELEASE = (
    "上半年,面对复杂严峻的国际环境和艰巨繁重的改革发展稳定任务,全市国民经济恢复向好,生产供给持续增加,"
    "就业物价总体稳定,居民收入平稳增长。\n"
    "初步核算,上半年全市地区生产总值1234亿元,按不变价格计算,同比增长5.5%,比一季度加快1.0个百分点。\n" + PARA * 2
)


def test_a_releases_headline_under_the_body_and_colon_that_repeat_it_is_its_title() -> None:
    # 国家统计局:上半年国民经济恢复向好 over 上半年国民经济恢复向好 / (2023年7月17日) / 国家统计局 (1430)
    text = "某市统计局:上半年国民经济恢复向好\n\n上半年国民经济恢复向好\n\n(2023年7月17日)\n\n某市统计局\n\n" + RELEASE
    assert _meta(text).title == "上半年国民经济恢复向好"


def test_a_releases_headline_under_the_page_title_row_that_repeats_it_is_its_title() -> None:
    # X - 某市人民政府 / the portal's banner / X (1380)
    text = (
        "上半年全市经济稳中向好 - 某市人民政府\n某市人民政府\nThe People's Government of Moushi\n"
        "上半年全市经济稳中向好\n" + RELEASE
    )
    assert _meta(text).title == "上半年全市经济稳中向好"


def test_a_repeated_headline_that_says_nothing_of_the_opening_is_no_title() -> None:
    text = "某市统计局:工作动态信息一览\n\n工作动态信息一览\n\n" + RELEASE
    assert _meta(text).title is None


def test_a_covers_code_and_field_cells_are_no_title_wrapped_under_it() -> None:
    # 预算编码  306001 / 评价方式:部门(单位)绩效自评 under the cover's two-line title (1467; cover cells 1166, 1475)
    text = (
        "附件2-1\n\n某县2021年度部门(单位)整体支出\n\n绩效评价自评报告\n\n部门(单位)名称  某县卫生健康局\n\n"
        "预算编码         306001\n\n评价方式:部门(单位)绩效自评\n\n评价机构:部门(单位)评价组\n\n"
        "报告日期:2022年03月21日\n\n某县财政局(制)\n\n一、部门(单位)基本概况\n\n" + PARA * 3
    )
    assert _meta(text).title == "某县2021年度部门(单位)整体支出绩效评价自评报告"


def test_a_released_bulletin_is_named_when_a_wrap_ran_the_headline_onto_the_lead() -> None:
    # 人社部:截至…29251万人金融界6月7日消息 人力资源和社会保障部发布《…统计公报》 (160 wrapped or as a PDF copy)
    text = (
        "某某部:截至2021年末全国就业人员74652万人,农民工总量29251万人金融界6月7日消息 某某部发布"
        "《2021年度某某事业发展统计公报》(以下简称《公报》)。《公报》显示,截至2021年末全国就业人员74652万人。\n"
        + PARA
        * 3
    )
    assert _meta(text).title == "2021年度某某事业发展统计公报"


ONE_LINE_NOTICE = (
    "某教发[2015]1号关于印发《某省教育厅2015年工作要点》的通知\n"
    "各市(州)、长白山管委会教育局,梅河口、公主岭市教育局,各高等学校,厅机关各处室和直属单位:\n"
    "现将《某省教育厅2015年工作要点》印发给你们,请结合实际,认真抓好贯彻落实。 附件:某省教育厅2015年工作要点 "
    "某省教育厅 2015年3月10日\n附件\n某省教育厅2015年工作要点\n"
    "2015年全省教育工作的总体要求是:全面贯彻党的十八届三中、四中全会精神,继续深化教育领域综合改革,"
    "加强教育系统党的建设,坚持依法治教、依法治校,深入推进义务教育均衡发展,努力构建现代职业教育体系,"
    "加快实施高教强省战略,积极扩大城乡学前教育公共资源,有效维护教育系统和谐稳定。"
    "推进考试招生制度改革。制定实施方案,稳妥推进各项改革任务,确保改革平稳落地。"
    "推进管办评分离改革。加快转变政府职能,扩大学校办学自主权,完善教育督导和评估监测制度。"
    "加强领导班子建设。完善学校领导体制,落实党委领导下的校长负责制。"
    "加强基层党组织建设。推进党组织全覆盖,提升组织力,发挥战斗堡垒作用和党员先锋模范作用。"
    "改善薄弱学校办学条件。统筹资金,补齐短板,推动城乡学校标准化建设。"
    "加强教师队伍建设。深化教师管理制度改革,推进校长教师交流轮岗,提高乡村教师待遇。"
    "扩大学前教育资源。新建改扩建一批公办幼儿园,扶持普惠性民办幼儿园发展,提高学前三年毛入园率。"
)


def test_a_one_line_copy_hard_wrapped_is_still_opened_into_its_lines() -> None:
    # 856/1347 as a PDF copy or a wrapped page: …某省教育 / 厅 2015年3月10日, the signature dates it
    wrapped = "\n".join(line[k : k + 31] for line in ONE_LINE_NOTICE.split("\n") for k in range(0, len(line), 31))
    assert "某省教育\n厅 2015年3月10日" in wrapped
    for text in (ONE_LINE_NOTICE, wrapped):
        assert extract_metadata(clean(text), (), source_name="file.txt", original=text).date == "2015-03-10"


def test_a_column_label_the_page_title_row_names_is_no_part_of_the_title() -> None:
    # 标题-工作计划及完成情况-政务公开-某局 / 某局 / 工作计划及完成情况 / the own title (1377)
    text = (
        "某市财政局2025年工作总结和2026年工作计划-工作计划及完成情况-政务公开-某市财政局\n某市财政局\n\n"
        "工作计划及完成情况\n\n某市财政局2025年工作总结和2026年工作计划\n\n一、2025年工作总结\n" + PARA * 3
    )
    assert _meta(text).title == "某市财政局2025年工作总结和2026年工作计划"
