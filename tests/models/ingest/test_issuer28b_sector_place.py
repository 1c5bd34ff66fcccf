"""A bureau named by its level only (区工信局, 市科技局) placed where its text names its place once, bare, in its
own words: before the bureau's own line of work (2349 厚植钟楼工业, 2421 福州科技工作, 2185 成华文旅事业) or in its
government's brand (1169 善美济阳); a breadcrumb's body whose place and line of work the text writes (2350 恩阳区商务局
over 恩阳区…全市商务系统); an office titled in full and written short (2459 人防办), short forms written out (2463).
Variants for other places, levels, offices and scripts; the rule abstains on two places, a city's name for a
district's bureau, a verb, a brand or a set phrase."""

from __future__ import annotations

import pytest

from models.ingest.metadata_issuer_full import issuer_in_full
from models.ingest.metadata_issuer_source import breadcrumb_body
from models.ingest.metadata_own_work import kind_at_level, placed_name
from models.ingest.metadata_sector_place import sector_place, sector_words
from tests.models.ingest._reading import issuer


@pytest.mark.parametrize(
    ("name", "text", "placed"),
    [
        ("区工信局", "区工信局围绕目标,厚植钟楼工业经济发展新优势。", "钟楼区工信局"),
        ("区工信局", "今年以来,区工信局全力推动江宁工业转型升级。", "江宁区工信局"),
        ("市科技局", "一、20xx年福州科技工作\n市科技局深化改革。", "福州市科技局"),
        ("市科技局", "2023年,市科技局紧扣中心,推动绍兴科技创新再上新台阶。", "绍兴市科技局"),
        ("区文化体育和旅游局", "区文体旅局将景区创建作为成华文旅事业发展重大任务。", "成华区文化体育和旅游局"),
        ("县农业农村局", "县农业农村局坚持抓好安吉农业特色产业。", "安吉县农业农村局"),
        ("区文化和旅游局", "区文化和旅游局为建设善美济阳提供文化支撑。", "济阳区文化和旅游局"),
        ("区商务局", "区商务局聚力打造幸福恩阳,消费持续回暖。", "恩阳区商务局"),
    ],
)
def test_a_place_named_once_in_the_bureaus_own_words(name: str, text: str, placed: str) -> None:
    assert sector_place(name, text) == placed


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # two places before the line of work: no telling whose bureau
        ("区工信局", "区工信局学习江宁工业经验,推动钟楼工业发展。"),
        # a city's name before a district's bureau's work: the city around it, or not
        ("区科技局", "区科技局助力株洲科技创新。"),
        # another district of the level written with its level
        ("区工信局", "区工信局推动钟楼工业发展,与天宁区合作共建园区。"),
        # a common word after a brand word (健康长寿: good health, not 长寿区)
        ("区卫健局", "区卫健局倡导健康长寿生活方式。"),
        # no line of work of its own in the name (发展和改革 is what every text writes)
        ("区发展和改革局", "区发展和改革局推动钟楼发展。"),
        # the place written with its level is not named bare (the other steps place it)
        ("区工信局", "区工信局推动钟楼区工业发展。"),
    ],
)
def test_no_place_on_doubt(name: str, text: str) -> None:
    assert sector_place(name, text) is None


def test_the_lines_of_work_a_bureau_is_named_for() -> None:
    assert set(sector_words("工信局")) == {"工业", "信息化", "工信"}
    assert {"文旅", "文化", "体育", "旅游", "文体旅"} <= set(sector_words("文化体育和旅游局"))
    assert "发展" not in sector_words("发展和改革委员会")
    assert sector_words("科技局") == ("科技",)


def test_placed_name_takes_it_over_a_farm_masking_its_figures() -> None:
    text = "\n".join(
        [
            "xxxx年,区文体旅局完成xx项任务,接待游客xx万人次,收入xx亿元,增长xx%,新增xx个景区。",
            "区文体旅局将景区创建作为成华文旅事业发展重大任务。",
        ]
    )
    assert placed_name("区文化体育和旅游局", text.split("\n")) == "成华区文化体育和旅游局"


@pytest.mark.parametrize(
    "text",
    [
        "区工信局2023年工作总结\n2023年,区工信局坚持稳中求进,厚植钟楼工业经济发展新优势。\n我区规模工业增加值同比增长6.7%。\n",
        "區工信局2023年工作總結\n2023年,區工信局堅持穩中求進,厚植鍾樓工業經濟發展新優勢。\n我區規模工業增加值同比增長6.7%。\n",
    ],
)
def test_the_reader_files_it_written_out_in_either_script(text: str) -> None:
    assert issuer(text) == "钟楼区工业和信息化局"


@pytest.mark.parametrize(
    ("crumb", "said", "body"),
    [
        ("首页 >政务公开 > 恩阳区商务局 > 规划计划", "我区商务工作稳中有进,其中恩阳区9个项目入围。", "恩阳区商务局"),
        ("当前位置:首页 > 部门信息 > 嘉善县科学技术局 > 计划总结", "嘉善县全年科技投入持续增长。", "嘉善县科学技术局"),
    ],
)
def test_a_breadcrumbs_body_by_its_place_and_line_of_work(crumb: str, said: str, body: str) -> None:
    assert breadcrumb_body([crumb], said) == body


def test_a_breadcrumbs_body_whose_place_the_text_never_writes_stays_out() -> None:
    crumb = "首页 >政务公开 > 恩阳区商务局 > 规划计划"
    assert breadcrumb_body([crumb], "我区商务工作稳中有进。") is None


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("嵊州市民宗局", "嵊州市民族宗教事务局"),
        ("恩施州民宗委", "恩施州民族宗教事务委员会"),
        ("海沧区人防办", "海沧区人民防空办公室"),
        ("市人防办", "市人民防空办公室"),
        ("嵊州市民宗局 嵊州市人防办", "嵊州市民族宗教事务局 嵊州市人民防空办公室"),
    ],
)
def test_the_ethnic_affairs_and_civil_air_defence_offices_written_in_full(written: str, full: str) -> None:
    assert issuer_in_full(written) == full


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        # 2459: the superior 市人防办 leads, the text speaks as 我区 and names 海沧区
        (
            "在区委、区政府和市人防办的领导下,区人防办完成了各项任务。\n我区人防工程移交给海沧区后,区人防办积极沟通。",
            "海沧区人民防空办公室",
        ),
        ("县人防办认真履职,我县人防工作稳步推进。\n泰顺县人防指挥所建成。", "泰顺县人民防空办公室"),
    ],
)
def test_an_office_titled_in_full_and_written_short_at_the_level_it_speaks_as(text: str, placed: str) -> None:
    assert kind_at_level("人民防空办公室", text.split("\n")) == placed


def test_an_office_written_at_two_levels_with_no_voice_of_its_own_stays_unknown() -> None:
    text = "市人防办和区人防办联合检查,海沧区工程验收合格。"
    assert kind_at_level("人民防空办公室", [text]) is None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # 1481: an adjective before a noun (复兴, revive), not 复兴区
        ("区退役军人事务局", "区退役军人事务局全力推进工作,复兴退役军人之家多次代表全市接受检查。"),
        # 1848: a brand named after the place (泰山茶, 泰山农业发展集团)
        ("区农业农村局", "区农业农村局带动泰山农业提质增效,与泰山农业发展集团合作。"),
        # 2257: a slogan's county written with its level (质量兴县), not named bare
        ("县科技局", "围绕落实质量兴县科技工作目标责任书任务,县科技局制定了计划。"),
    ],
)
def test_no_place_from_a_word_a_brand_or_a_slogan(name: str, text: str) -> None:
    assert sector_place(name, text) is None


def test_a_city_whose_short_name_ends_in_zhou_is_named_bare() -> None:
    assert sector_place("市科技局", "市科技局全力推动杭州科技创新。") == "杭州市科技局"
