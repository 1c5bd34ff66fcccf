"""Cleaning (session 24, variants): a hard-wrapped copy's first paragraph opens the body though none of its printed
lines is long or ends a sentence, so a short heading under it (``一 综 合``) is no prelude line; a one-line copy's
title field ends at a strong key glued after it."""

from __future__ import annotations

import pytest

from benchmarks.variant_transforms import traditional, wrap
from tests.models.ingest._reading import kept_lines

_BULLETIN = (
    "2019年,{place}高举习近平新时代中国特色社会主义思想伟大旗帜,切实贯彻中央和省市决策部署,认真开展主题教育,"
    "从县情实际出发,紧紧围绕建设新{short}的奋斗目标,全县经济激昂奋进超出预期,为全面建成小康社会再添新力。\n"
    "{h1}\n"
    "初步测算,全年全县地区生产总值110.30亿元,同比增长14.5%。其中,第一产业增加值15.63亿元,同比增长8.4%,"
    "占生产总值的14.2%;第二产业增加值62.21亿元,同比增长20.8%,占生产总值的56.4%。\n"
    "{h2}\n"
    "全年全县农林牧渔业总产值27.28亿元,比上年增长8.1%,其中农业产值实现20.97亿元,增长10.2%;林业产值实现0.39亿元,"
    "下降8.6%;牧业产值实现3.79亿元,增长2.6%。\n"
)
_SUMMARY = (
    "今年以来,{place}{office}在县委、县政府的正确领导下,紧紧围绕年初确定的目标任务,攻坚克难,扎实工作,"
    "各项工作取得了新的进展,现将上半年工作情况报告如下。\n"
    "{h1}\n"
    "上半年,全县完成固定资产投资18.6亿元,同比增长12.1%,完成年度目标任务的52.3%;新开工项目16个,"
    "竣工投产项目9个,项目建设保持良好势头。\n"
    "{h2}\n"
    "一是加强组织领导,成立了工作专班;二是完善工作机制,建立了周调度、月通报制度,确保各项工作落到实处。\n"
)


def _wrapped(template: str, width: int, **names: str) -> str:
    """The text hard-wrapped at ``width`` cells as a PDF copy is (the benchmark's own wrap, digits half a cell)."""
    return wrap(template.format(**names), width)[0]


@pytest.mark.parametrize(
    ("template", "names", "width"),
    [
        (_BULLETIN, {"place": "曲沃县", "short": "曲沃", "h1": "一 综 合", "h2": "二 农 业"}, 32),
        (_BULLETIN, {"place": "宁晋县", "short": "宁晋", "h1": "一 综合", "h2": "二 农业"}, 38),
        (_BULLETIN, {"place": "会理县", "short": "会理", "h1": "一 综 合", "h2": "二 农 业", "trad": "1"}, 28),
        (_SUMMARY, {"place": "泾县", "office": "发改局", "h1": "一 主要成效", "h2": "二 主要措施"}, 30),
        (_SUMMARY, {"place": "丰城市", "office": "商务局", "h1": "一 工作成效", "h2": "二 工作举措"}, 41),
    ],
)
def test_a_short_heading_under_a_wrapped_opening_paragraph_is_the_text(
    template: str, names: dict[str, str], width: int
) -> None:
    text = _wrapped(template, width, **names)
    lines = kept_lines(traditional(text) if names.get("trad") else text)
    compact = [line.replace(" ", "") for line in lines]  # (a spaced title may close up: 二农业)
    assert names["h1"].replace(" ", "") in compact and names["h2"].replace(" ", "") in compact
    assert lines[0].endswith("再添新力。") or lines[0].endswith("报告如下。")  # the paragraph whole, its last piece too


def test_a_site_menu_over_a_wrapped_text_stays_chrome() -> None:
    menu = "首页\n政务公开\n办事服务\n互动交流\n您的位置:首页 > 政务公开 > 统计信息\n"
    text = menu + _wrapped(_BULLETIN, 34, place="宁晋县", short="宁晋", h1="一 综 合", h2="二 农 业")
    lines = kept_lines(text)
    assert "首页" not in lines and "办事服务" not in lines
    assert "一综合" in [line.replace(" ", "") for line in lines]


@pytest.mark.parametrize(
    ("row", "title"),
    [
        (
            "标题:关于琼海市2022年国民经济和社会发展计划执行情况和2023年国民经济和社会发展计划草案的报告"
            "索引号:008207030/2023-00188 分类:国民经济管理发文机关:琼海市发展和改革委员会",
            "关于琼海市2022年国民经济和社会发展计划执行情况和2023年国民经济和社会发展计划草案的报告",
        ),
        ("名称:宁晋县2021年政府工作报告发布机构:宁晋县人民政府 文号:无", "宁晋县2021年政府工作报告"),
        (
            "文件标题:关于印发泾县商务局2023年工作要点的通知成文日期:2023年3月1日",
            "关于印发泾县商务局2023年工作要点的通知",
        ),
        ("标题:丰城市2020年统计公报主题词:统计", "丰城市2020年统计公报"),
    ],
)
def test_a_title_field_ends_at_a_strong_key_glued_after_it(row: str, title: str) -> None:
    """A one-line copy's header row, its blanks closed up by cleaning: the title field ends where a key no title
    writes (索引号:, 发文机关:, 成文日期:) is glued on."""
    from models.ingest.metadata_fields import parse_fields

    fields = parse_fields(row)
    assert fields is not None and fields[0][0] == "名称" and fields[0][2] == title


def test_a_title_as_wide_as_the_wrapped_text_under_it_stays_the_reports_title() -> None:
    """A store's page over a wrapped copy (461): its title line is as wide as the printed lines but no clause; the
    report's own title under the store's copy stays, the store's copy above goes."""
    head = "泾县商务局2022年工作总结和2023年工作计划\nVIP专免\n2024-05-20\n侵权投诉\n"
    own = "XX 县商务局 2022 年工作总结和 2023 年工作计划\n"
    body = wrap(
        "2022 年,县商务局在县委、县政府的领导下,紧紧围绕稳增长、促消费为重点,以改革求创新、促转型作为工作的出发点"
        "和落脚点,不断提升全县商务工作水平,现将 2022 年工作情况汇报如下:\n一、2022年工作总结\n"
        "全年实现社会消费品零售总额86.5亿元,增长6.1%。\n",
        28,
    )[0]
    lines = kept_lines(head + own + body)
    assert lines[0].replace(" ", "") == "XX县商务局2022年工作总结和2023年工作计划"
