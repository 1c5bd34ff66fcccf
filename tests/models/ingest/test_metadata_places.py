"""The place a text gives a bureau named by its level only, and what the lookup costs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.ingest.metadata_bureau_place import _is_place_of_level, _may_name_level, _tokens, place_of_bureau
from models.ingest.metadata_issuers import bureau_of_own_work

ROOT = Path(__file__).resolve().parents[3]


def test_bureau_takes_the_place_of_its_level_the_text_names() -> None:
    lines = ["区科技局2023年上半年工作总结", "上半年，我局围绕西陵区产业发展，推动西陵区科技创新。"]
    assert place_of_bureau("区科技局", lines) == "西陵区科技局"


def test_a_text_naming_no_place_decides_without_the_segmenter() -> None:
    # a fresh interpreter: jieba is imported only when some word could be a place of the bureau's level
    code = (
        "import sys\n"
        "from models.ingest.metadata_bureau_place import place_of_bureau\n"
        "r = place_of_bureau('区科技局', ['区科技局2023年工作总结', '今年以来，我局认真开展科技服务工作。'])\n"
        "print(r, 'jieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False"]


def test_the_cheap_check_never_misses_a_place_jieba_would_cut() -> None:
    texts = [
        "推动西陵区科技创新，服务西陵区企业。",
        "延边朝鲜族自治州科技局召开会议。",
        "在南京市民广场举办活动，南京市科技局参加。",
        "开发区、高新区和示范区建设稳步推进。",
        "XX区科技局认真开展工作。",
    ]
    for text in texts:
        for level in "市区县州":
            found = [t for t in _tokens(text) if _is_place_of_level(t, level)]
            if found:
                assert _may_name_level(text, level), (text, level, found)


def test_a_bureau_speaking_as_wo_ju_takes_its_own_work_and_the_place_its_text_names() -> None:
    # made-up untitled excerpt: the bureau never names itself, only 我局 and the work it sums up
    lines = [
        "2019年，在市委市政府的正确领导下，我局紧扣湘潭市发展大局，统筹推进各项任务，林业工作取得了新成效。",
        "全年我局完成造林3.2万亩，湘潭市森林覆盖率稳步提高。",
    ]
    assert bureau_of_own_work(lines) == "湘潭市林业局"


def test_no_bureau_from_own_work_when_the_place_is_masked_or_the_speaker_is_not_a_bureau() -> None:
    masked = ["在市委领导下，我局紧扣XX市发展大局，林业工作取得了新成效。", "我局完成造林3.2万亩。"]
    assert bureau_of_own_work(masked) is None
    government = ["在市委领导下，我市紧扣湘潭市发展大局，林业工作取得了新成效。", "湘潭市完成造林3.2万亩。"]
    assert bureau_of_own_work(government) is None
    generic = ["在市委领导下，我局紧扣湘潭市发展大局，各项工作取得了新成效。", "我局完成造林3.2万亩。"]
    assert bureau_of_own_work(generic) is None


def test_a_known_place_whose_name_ends_like_an_area_word_is_a_place() -> None:
    from models.ingest.metadata_places import is_area_word

    assert not is_area_word("襄城县") and not is_area_word("昆山市") and not is_area_word("黄山区")
    assert is_area_word("示范县") and is_area_word("开发区") and is_area_word("城区")


def test_a_district_the_gazetteer_knows_is_no_area_word_though_it_ends_in_shan_qu() -> None:
    from models.ingest.metadata_places import is_area_word

    # 烈山区, 雨山区: districts the gazetteer lists and jieba's dictionary does not; 山区 alone is terrain
    assert not is_area_word("烈山区") and not is_area_word("雨山区")
    assert is_area_word("山区") and is_area_word("老山区") and is_area_word("老城区") and is_area_word("某山区")
    assert is_area_word("新市区")  # a district of one city by that name, the new town anywhere else


def test_a_bureau_opening_the_text_right_after_its_year_takes_the_county_the_text_names() -> None:
    from models.ingest.metadata_body_names import opening_bureau

    lines = ["2021年县交通运输局承担重点工作11项,均已完成。", "国道234襄城县段改建工程完工。"]
    assert opening_bureau(lines) == "县交通运输局"
    assert place_of_bureau("县交通运输局", lines) == "襄城县交通运输局"


def test_a_city_named_only_as_a_level_of_platforms_does_not_place_the_bureau() -> None:
    lines = ["市科学技术局2024年度工作计划", "支持更多中小企业建立聊城市级科技创新平台。"]
    assert place_of_bureau("市科学技术局", lines) is None


def test_a_word_tagged_as_a_place_that_names_no_known_city_does_not_place_a_city_bureau() -> None:
    lines = ["市生态环境局2024年工作总结", "建设宜居城市,治理内河水系,推进城镇污水处理,打造宜居环境。"]
    assert place_of_bureau("市生态环境局", lines) is None


def test_an_untitled_news_item_names_its_body_as_the_subject_twice() -> None:
    from models.ingest.metadata_issuer_bureaus import only_bureau_named

    lines = [
        "(文/图 张三)2020年,重庆市供销合作社荣获全国考核一等奖,全市供销系统销售1447亿元。",
        "据了解,重庆市供销合作社系统坚持为农服务。",
    ]
    assert only_bureau_named(lines) == "重庆市供销合作社"
    once = ["2020年,重庆市供销合作社荣获一等奖。", "全市销售增长。"]
    assert only_bureau_named(once) is None


def test_a_city_whose_name_ends_in_zhou_is_named_bare() -> None:
    from models.ingest.metadata_body_names import opening_bureau

    lines = [
        "现将总结印发给你们。",
        "2024年是关键之年。市体育局坚持创新,推动常州体育高质量发展,为常州建设新能源之都贡献力量。",
    ]
    assert opening_bureau(lines) == "市体育局"
    assert place_of_bureau("市体育局", lines) == "常州市体育局"


def test_known_place_takes_the_gazetteers_full_name_over_a_shorter_tail() -> None:
    # 沙依巴克区 (乌鲁木齐) is no word of jieba's dictionary, but its tail 巴克 is: the gazetteer's full name wins
    # (disc 1680 read 巴克区人民政府); 城关区, 雨山区 stay found as before
    from models.ingest.metadata_places import known_place

    assert known_place("沙依巴克区") == "沙依巴克区"
    assert known_place("配合洛阳市") == "洛阳市"
