"""First-sight chrome of session 15's fourth discovery set: a portal's directory of offices over its footer
(1378's 市政府部门 ⏎ 旗县区 ⏎ 各盟市, 1380's 市政府工作部门网站 ⏎ 县区政府网站)."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_REPORT = (
    "各位代表:\n"
    "现在,我代表市人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
    "过去的一年,全市地区生产总值完成312.5亿元,增长6.8%,一般公共预算收入完成21.3亿元,增长5.2%。\n"
    "加强财会监督\n"
    "坚决遏制新增隐性债务\n"
)
_OFFICES = ["市发展和改革委员会", "市教育局", "市公安局", "市民政局", "市司法局", "市财政局", "市审计局", "市统计局"]
_COUNTIES = ["阿鲁科尔沁旗", "巴林左旗", "林西县", "红山区", "松山区"]
_FOOTER = (
    "网站地图\n联系我们\n法律声明\n主办：某某市人民政府办公室   政府网站标识码1504000053\n"
    "地址：某某区玉龙大街1号党政综合楼  邮编：024000\n蒙公网安备15040002000101号\n"
)


def test_a_directory_of_offices_over_the_footer_is_chrome() -> None:
    text = _REPORT + "市政府部门\n" + "\n".join(_OFFICES) + "\n旗县区\n" + "\n".join(_COUNTIES) + "\n" + _FOOTER
    cleaned = clean(text)
    assert cleaned.display_text.rstrip().endswith("坚决遏制新增隐性债务")  # the report's own heads stay
    for name in [*_OFFICES, *_COUNTIES, "市政府部门", "旗县区"]:
        assert name in cleaned.chrome_lines
    check_map(text)


def test_a_joint_signature_followed_by_its_date_stays() -> None:
    text = _REPORT + "\n".join(_OFFICES) + "\n2023年5月6日\n" + _FOOTER
    cleaned = clean(text)
    for name in _OFFICES:
        assert name in cleaned.display_text


def test_heads_over_a_headless_list_stay() -> None:
    """Without a directory's head the list is left alone: the report's own short heads above it are never taken."""
    text = _REPORT + "\n".join(_COUNTIES) + "\n" + _FOOTER
    cleaned = clean(text)
    assert "加强财会监督" in cleaned.display_text and "坚决遏制新增隐性债务" in cleaned.display_text
