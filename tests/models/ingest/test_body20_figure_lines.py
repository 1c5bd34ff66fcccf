"""A PDF text layer that sets each figure on a line of its own (the figures in another font): 1692
``…专项整治行动`` ⏎ ``150余次,出动`` ⏎ ``8000`` ⏎ ``余人次,出动``, 087 ``…项目`` ⏎ ``15`` ⏎ ``个,推进…``, 805.
Where the page does it again and again, the sentence runs on across the figure's lines; a statistics table's
label over its figure, a paragraph opening with its period (``1-6月,全区…``) and a list's label keep theirs."""

from __future__ import annotations

from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

_FIGURE_PAGE = [
    "2021年城建局工作总结",
    "(一)加强城区管理,确保城区环境得到提升。",
    "一是集中整治占道经营。今年,共开展专项整治行动",
    "120余次,出动",
    "6000",
    "余人次,出动车辆",
    "900",
    "余车次;查处违规运输车辆",
    "260辆次。二是与沿街商铺签订责任状。",
    "(二)依法行政,完成拆违任务",
    "截止目前,查处违法建筑共计",
    "41户,面积为",
    "2.6万平方米。在拆违工作中,解决群众来访",
    "75多次,遭受阻工",
    "3起,拆除房屋面积",
    "98650",
    "平方米,",
    "100%",
    "完成县级任务数。",
]


def test_a_page_setting_its_figures_apart_runs_its_sentences_on() -> None:
    text = "\n".join(_FIGURE_PAGE) + "\n"
    shown = clean(text).display_text
    for joined in (
        "专项整治行动120余次,出动6000余人次,出动车辆900余车次;查处违规运输车辆260辆次。",
        "共计41户",
        "群众来访75多次,遭受阻工3起,拆除房屋面积98650平方米,100%完成县级任务数。",
    ):
        assert joined in shown
    assert "(一)加强城区管理,确保城区环境得到提升。\n" in shown
    assert "\n(二)依法行政,完成拆违任务\n" in shown
    check_map(text)


def test_a_statistics_table_keeps_its_labels_over_figures() -> None:
    lines = ["主要指标", "地区生产总值", "850030", "第一产业", "229110", "第二产业", "388971", "工业", "359971"]
    lines += ["全年实现地区生产总值85亿元,比上年增长", "12%", "。"]
    text = "\n".join(lines) + "\n"
    shown = clean(text).display_text
    assert "地区生产总值\n850030\n第一产业\n229110" in shown


def test_periods_opening_paragraphs_keep_their_lines() -> None:
    lines = [
        "一、规模以上工业生产平稳增长",
        "1-6月,全区规模以上工业增加值同比增长6.5%。",
        "二、固定资产投资较快增长",
        "1-6月,全区固定资产投资同比增长9.1%。",
        "三、消费市场稳定恢复",
        "1-6月,全区社会消费品零售总额23亿元。",
        "四、财政收支",
        "6月末,全区金融机构存款余额300亿元。",
    ]
    text = "\n".join(lines) + "\n"
    assert clean(text).display_text.strip().split("\n") == lines
