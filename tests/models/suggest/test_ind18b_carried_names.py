"""Names carried from an earlier clause: a measure of the things just counted, the parts of a whole after 其中."""

from models.suggest.indicators import find_indicators


def _names(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["name"] for s in find_indicators(text)}


def test_measure_of_the_things_counted_before_it() -> None:
    # 238, 125, 454: a bare head with no verb after a count is the counted things' measure
    names = _names("实施新能源项目304个,容量1255万千瓦。基础设施建设项目18个,到位资金8910万元。")
    assert names[1255.0] == "新能源项目容量"
    assert names[8910.0] == "基础设施建设项目到位资金"


def test_a_peer_count_keeps_its_own_name() -> None:
    names = _names("城镇人口5万人,乡村人口7万人。在校学生3000人,教职工200人。")
    assert names[7.0] == "乡村人口"
    assert names[200.0] == "教职工"


def test_a_head_with_its_own_subject_is_not_carried() -> None:
    names = _names("完成煤矿智能化改造12处,煤炭产量达到3215万吨。全年接待国内外游客突破370万人次，旅游收入达到38亿元。")
    assert names[3215.0] == "煤炭产量"
    assert names[38.0] == "旅游收入"  # (217: the project's word list makes 旅游收入 one word, still not bare)


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


def test_a_rate_after_a_breakdown_is_the_wholes() -> None:
    # 1134: matters decided, done, in progress, then the rate of the matters decided
    names = _names("第八次常务会确定事项38项,完成34项,正在办理4项,完成率89.5%。")
    assert names[89.5] == "第八次常务会确定事项完成率"
    # other meetings, other places, 件 for 项 (1131's shape); a share of a part stays the part's
    names = _names("市政府第三次常务会议确定事项12项,已完成9项,正在办理3项,完成率75%。")
    assert names[75.0] == "市政府第三次常务会议确定事项完成率"
    names = _names("县长办公会议确定事项40件,完成38件,正在办理2件,完成率95%。")
    assert names[95.0] == "县长办公会议确定事项完成率"
    shares = _names("确定事项22件,已办结6件,占比27%;正在办理16件,占比73%。")
    assert not shares[27.0].startswith("确定事项")


def test_a_rate_after_two_peers_is_theirs_together() -> None:
    # 012, 217, 330: the rate of answers to both kinds of motions
    names = _names("全年办结人大代表建议68件、政协委员提案101件,办复率100%。")
    assert names[100.0].endswith("人大代表建议和政协委员提案办复率")


def test_a_share_after_a_whole_and_its_part_is_the_parts() -> None:
    names = _names("规模以上工业企业150家,开工并实现产值企业121家,比重为80.6%。")
    assert names[80.6].endswith("产值企业比重")  # (the part, not 规模以上工业企业)


def test_money_after_a_list_of_counts_is_the_nearest_counts() -> None:
    names = _names("摸排梳理全市46个突出民生问题、76项年度重点任务，排定三年滚动实施重点项目87个，总投资达545亿元。")
    assert names[545.0].endswith("重点项目总投资")


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
