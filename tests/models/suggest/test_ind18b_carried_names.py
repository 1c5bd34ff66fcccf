"""Names carried from an earlier clause: a measure of the things just counted, the parts of a whole after 其中."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_parts_after_qizhong_take_the_head_of_the_whole() -> None:
    # 1620, 545, 840: crops after the sown area
    names = _names("我乡粮食播种面积87817亩,其中水稻81317亩、红薯3800亩、大豆2700亩。")
    assert names[81317.0] == "水稻播种面积"
    assert names[3800.0] == "红薯播种面积"
    assert names[2700.0] == "大豆播种面积"


def test_places_after_qizhong_take_the_head_of_the_whole() -> None:
    # 1293: the districts' shares of the bonds
    names = _names("市级专项债券357508万元，其中：市直234256万元，黄石港区3604万元。")
    assert names[234256.0] == "市直专项债券"
    assert names[3604.0] == "黄石港区专项债券"


def test_a_part_that_names_its_own_quantity_keeps_it() -> None:
    names = _names("全县财政收入5亿元，其中税收3亿元。全县生产总值100亿元，其中第一产业10亿元。")
    assert names[3.0] == "税收"
    assert names[10.0] == "第一产业"


def test_parts_in_brackets_and_villages_take_the_head_of_the_whole() -> None:
    # 1586: the care homes by owner, in brackets; 1552: the road built in each village
    names = _names(
        "全市养老机构达到49家(公办13家、民办28家、公建民营8家),共有养老床位5000张。"
        "实施了农村幸福路建设共计20.78公里,其中碾子咀村7公里,雪花寺村3.1公里。"
    )
    assert names[13.0] == "公办养老机构"
    assert names[28.0] == "民办养老机构"
    assert names[5000.0] == "养老床位"
    assert names[7.0].startswith("碾子咀村") and names[7.0].endswith("幸福路建设")
