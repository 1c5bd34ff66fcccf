"""Cleaning by family (session 19): a site's contact banner over the article (disc19 1739: a hospital's phone lines
and honours over its 决算; corpus 1648: a farm's mobile number over the title), and a site's notice to its reader
that is a sentence, which must not start the body (1648)."""

from __future__ import annotations

from models.ingest.chrome_contacts import phone_line
from tests.models.ingest._reading import kept_lines as _lines

_TEXT = [
    "一、收入支出决算总体情况说明",
    "2023年度收入总计1000万元,支出总计980万元,与上年相比收入增加5%,主要原因是业务量增加。",
]


def test_phone_lines_are_told_from_dates_and_figures() -> None:
    for line in (
        "24小时应诊电话:0830-3103108",
        "预约挂号电话:0830-3192516(接电话时间8:00-11:30,13:30-17:00)",
        "15072428589",
        "电话:0556-4186366  传真:0556-4162541",
        "服务热线:12345",
    ):
        assert phone_line(line), line
    for line in ("2021319", "8690022", "联系电话:0551-1234567。请于周五前报送。", "电话费支出12万元"):
        assert not phone_line(line), line


def test_a_hospital_banner_over_the_title_leaves() -> None:
    banner = [
        "欢迎来到某市中医医院",
        "24小时应诊电话:0830-3103108",
        "预约挂号电话:0830-3192516(接电话时间8:00-11:30,13:30-17:00)",
        "国家三级甲等中医医院",
        "国家重点中医医院建设单位",
        "国家级胸痛中心、国家级心衰中心",
    ]
    lines = _lines("\n\n".join([*banner, "2023年度某市中医医院单位决算", *_TEXT]) + "\n")
    assert lines[0] == "2023年度某市中医医院单位决算"


def test_an_issuer_over_a_title_with_no_phone_line_stays() -> None:
    lines = _lines("\n".join(["首页 > 政务公开", "某县人民政府", "关于2021年县级财政决算(草案)的报告", *_TEXT]) + "\n")
    assert "某县人民政府" in lines


def test_a_title_first_half_under_a_phone_line_stays() -> None:
    # the line under the phone line runs on into the title below it (no title opening on its own)
    text = "\n".join(["咨询电话:0830-3103108", "关于某县2022年国民经济和社会发展", "计划执行情况的报告", *_TEXT])
    lines = _lines(text + "\n")
    assert "咨询电话:0830-3103108" not in lines
    assert "关于某县2022年国民经济和社会发展" in lines


def test_a_notice_to_the_reader_does_not_start_the_body() -> None:
    page = [
        "提示",
        "您将跳转至新网站进行购买,购买成功会自动刷新当前页面。",
        "取消",
        "立即开通",
        "某某官网 某某网校 某某APP",
        "加入VIP",
        "15072428589",
        "2021年某市政府工作报告",
        "各位代表:",
        "现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。",
    ]
    lines = _lines("\n".join(page) + "\n")
    assert "15072428589" not in lines and "某某官网 某某网校 某某APP" not in lines
    assert lines[0] == "2021年某市政府工作报告"
