"""A 公文's head as web copies print it: the red rule as a line of dashes, the 文号 glued before the title."""

from __future__ import annotations

import pytest

from models.ingest import parse_bytes


def _meta(text: str):  # type: ignore[no-untyped-def]
    return parse_bytes(text.encode("utf-8"), "r.txt").metadata


BODY = (
    "各有关单位：\n现将有关事项通知如下，请认真贯彻执行。为进一步做好相关工作，推动各项任务落实落地，提出如下意见。\n"
)


@pytest.mark.parametrize("rule", ["-" * 60, "—" * 20, "_" * 40, "=" * 30, "━" * 25])
def test_a_rule_line_under_the_red_head_is_no_part_of_the_title(rule: str) -> None:
    meta = _meta(f"某某省农业厅文件\n\n某农发〔2016〕3号\n\n{rule}\n\n某某省农业厅关于做好春耕生产工作的意见\n\n{BODY}")
    assert meta.title == "某某省农业厅关于做好春耕生产工作的意见"
    assert meta.doc_number == "某农发〔2016〕3号"


@pytest.mark.parametrize(
    ("line", "title", "number"),
    [
        (
            "某教发[2015]1号关于印发《某某省教育厅2015年工作要点》的通知",
            "关于印发《某某省教育厅2015年工作要点》的通知",
            "某教发[2015]1号",
        ),
        (
            "某政办发〔2020〕42号 关于印发某某市三年行动计划的通知",
            "关于印发某某市三年行动计划的通知",
            "某政办发〔2020〕42号",
        ),
    ],
)
def test_a_doc_number_glued_before_the_title_is_the_doc_number(line: str, title: str, number: str) -> None:
    meta = _meta(f"某某省教育厅文件\n{line}\n{BODY}")
    assert meta.title == title
    assert meta.doc_number == number


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a red-head joint issuer line (543, 862): both bodies, then the 关于 line
        (
            "中共某某省委 某某省人民政府\n关于做好春耕生产工作的意见",
            "中共某某省委 某某省人民政府关于做好春耕生产工作的意见",
        ),
        (
            "中共某某区委\t某某区人民政府\n关于进一步深化产业发展的意见",
            "中共某某区委\t某某区人民政府关于进一步深化产业发展的意见",
        ),
        # an office forwarding the bodies' document, its 关于 line under it (873)
        (
            "省政府办公厅转发省建设厅等部门\n关于调整2003年度房改有关政策意见的通知",
            "省政府办公厅转发省建设厅等部门关于调整2003年度房改有关政策意见的通知",
        ),
        # the joint line over a 关于 title wrapped once more (972)
        (
            "某某县医疗保障局  某某县发展和改革局\n关于印发《某某县“十四五”医疗保障事业发展\n规划》的通知",
            "某某县医疗保障局  某某县发展和改革局关于印发《某某县“十四五”医疗保障事业发展规划》的通知",
        ),
    ],
)
def test_a_red_head_issuer_line_over_the_about_line_is_part_of_the_title(head: str, title: str) -> None:
    meta = _meta(f"{head}\n\n{BODY}")
    assert "".join((meta.title or "").split()) == "".join(title.split())


def test_the_red_head_issuer_beats_the_portal_office_that_posted_the_notice() -> None:
    # 581: a county portal credits its 发改局 as 发布机构; the red head and the title name the government
    text = (
        "当前位置:首页\n> 政务公开 > 规划计划 > 发展计划\n索  引  号 113708280043358015/2021-01956 公开方式 主动公开\n"
        "发布机构 金乡县发展和改革局 组配分类 发展计划\n成文日期 2021-02-22 废止日期\n有效性\n"
        "金乡县2021年国民经济和社会发展计划\n分享\n\n"
        "金乡县人民政府\n\n关于下达金乡县2021年国民经济和社会发展计划的通知\n\n"
        "金政发〔2021〕3号\n\n" + BODY + "\n金乡县人民政府\n\n2021年2月22\n"
    )
    assert _meta(text).issuer == "金乡县人民政府"


@pytest.mark.parametrize("brand", ["手机彩票网", "bet36体育在线", "365投注网址"])
def test_a_gambling_brand_where_the_place_stood_leaves_the_issuer_unknown(brand: str) -> None:
    # 759 北京市手机彩票网卫生健康委员会, 260 365…投注网址…统计局: the place is never named
    text = f"北京市{brand}卫生健康委员会(本级)2022年度部门决算\n\n2022年度部门决算公开\n\n一、单位基本情况\n\n{BODY}"
    meta = _meta(text)
    assert meta.issuer is None


def test_a_gambling_brand_inside_a_title_is_no_part_of_it() -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text("2025年上半年bet36体育在线国民经济运行情况")[0] == "2025年上半年国民经济运行情况"


def test_a_government_report_posted_by_its_bureau_is_the_governments() -> None:
    # 680: 发布机构 县财政局 on the portal; the title says whose report it is
    text = (
        "发布机构:县财政局\n来源:松阳县\n发布日期:2021-09-16\n\n"
        "松阳县人民政府关于2020年度财政决算(草案)的报告\n\n一、经济运行基本情况\n\n" + BODY
    )
    assert _meta(text).issuer == "松阳县人民政府"


@pytest.mark.parametrize("outlet", ["某某县融媒体中心", "某某县融媒中心", "某某市新闻中心"])
def test_a_county_media_centre_named_as_source_is_a_news_outlet(outlet: str) -> None:
    from models.ingest.metadata_issuers import source_is_issuer

    assert not source_is_issuer(outlet)
