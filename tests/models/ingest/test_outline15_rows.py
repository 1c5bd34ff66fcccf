"""A statistical bulletin's flattened table rows are no headings, its notes section is one (1291, 1295, 1269)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年全市居民消费价格涨幅与上年持平。其中，城市下降0.1%，农村上涨0.1%。食品烟酒类价格下降0.8%。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_price_index_row_with_one_figure_is_no_heading() -> None:
    # 1291: 表2 …居民消费价格指数, one row a line, 一、食品烟酒 99.2
    lines = ["一、综合", PARA, "表2 2023年居民消费价格指数", "类别 指数（以上年为100）", "居民消费价格指数 100.0"]
    lines += ["一、食品烟酒 99.2", "粮 食 101.9", "鲜 菜 91.9", "二、衣着 101.3", "三、居住 99.9"]
    lines += ["四、生活用品及服务 100.0"]
    lines += ["二、农业", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "综合"), (1, "二、", "农业")]


def test_a_heading_ending_with_a_page_number_is_left_to_the_contents_rules() -> None:
    # a bare integer after a blank may be a contents entry's page, not a measured figure: not read as a cell here
    lines = ["一、综合", PARA, "二、农业", PARA, "三、工业", PARA]
    assert [h[1] for h in flat("\n".join(lines))] == ["一、", "二、", "三、"]


def test_decimal_labels_glued_after_a_figure_are_table_cells() -> None:
    # 1295: a PDF table flattened into one long line, each row's figure glued to the next row's name
    row = "#有色金属冶炼和压延加工业增加值 % 41.5电气机械和器材制造业增加值 % 21.5化学原料和化学制品制造业增加值 % "
    row += "5.0酒、饮料和精制茶制造业增加值 % 28.8黑色金属冶炼和压延加工业增加值 % 7.6矿产资源精深加工增加值 % "
    row += "-1.2再生资源循环利用增加值 % 41.0特色食品增加值 % 41.9木材加工及家具制造增加值 % 1.3大健康医药增加值 % 3.3"
    # (figures that happen to count on, 21.5 7.6 24.7, read as the decimal labels of sections 5, 6, 7)
    cells = "化学药品原药 吨 2025.68 21.5中药饮片 吨 8167.42 7.6中成药 吨 641.00 24.7钢化玻璃 万平方米 106.21 8.1瓷质砖"
    cells += " 万平方米 308.94 49.2陶质砖 万平方米 92.10 3.5氧化铝 万吨 125.80 67.3金属切削机床 台 231.00"
    cells += " 14.2电子元件 万只 5120.00 170.1自来水生产量 万立方米 4103.36 16.5发电量 亿千瓦时 101.16 6.3"
    lines = ["一、工业", PARA, "表5 2023年规模以上工业主要行业增加值增长速度产品名称 单位 比上年增长", row, cells, PARA]
    lines += ["二、投资", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "工业"), (1, "二、", "投资")]


def test_decimal_section_numbers_after_a_sentence_stay_headings() -> None:
    text = "1 总则\n1.1 编制目的\n" + PARA + "\n1.2 编制依据\n" + PARA + "\n2 组织体系\n" + PARA
    got = flat(text)
    assert [h[1] for h in got if h[1].startswith("1.")] == ["1.1", "1.2"]


def test_a_bulletins_notes_under_fu_zhu_with_a_colon_are_its_notes_section() -> None:
    # 1269: 附注: on its line after the last paragraph, (1)… (2)… under it (as 注释： and 注： are, 930)
    lines = ["一、工业", PARA, "二、财政", PARA, "附注:", "(1)规模以上工业增加值增长速度按可比价计算,为实际增长速度;"]
    lines += ["(2)2017年10月1日起,执行新国民经济行业分类标准,指标增速按可比口径计算。"]
    got = flat("\n".join(lines))
    assert got[2] == (1, "", "附注")
