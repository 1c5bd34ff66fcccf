"""The gazetteer read from jionlp's installed data, and the towns a text names bare (made-up snippets)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.ingest.metadata_gazetteer import gazetteer
from models.ingest.metadata_places import bare_town
from models.ingest.metadata_speaker import speaking_government

ROOT = Path(__file__).resolve().parents[3]


def test_the_installed_gazetteer_knows_counties_with_their_city_and_province() -> None:
    known = gazetteer()
    assert known.counties["佳县"] == ("佳县", "榆林市", "陕西省")
    assert known.counties["嘉定区"] == ("嘉定", "上海市", "上海市")
    assert known.cities["榆林市"] == "榆林"
    assert known.provinces["陕西省"] == "陕西"
    assert "华亭镇" in known.towns
    assert "北新村" not in known.towns  # villages are never read


def test_reading_places_never_imports_jionlp_and_reads_the_gazetteer_once() -> None:
    # (session 17: the gazetteer is the authority on county-level names, so placing a bureau named by its level
    # reads it; the zip file is streamed once per process, jionlp itself is never imported)
    code = (
        "import sys\n"
        "from models.ingest import parse_file\n"
        "from models.ingest.metadata_gazetteer import gazetteer\n"
        "from models.ingest.metadata_bureau_place import place_of_bureau\n"
        "place_of_bureau('区科技局', ['区科技局2023年工作总结', '推动西陵区科技创新。'])\n"
        "place_of_bureau('区科技局', ['区科技局2023年工作总结', '推动金坛区科技创新。'])\n"
        "print(gazetteer.cache_info().currsize, gazetteer.cache_info().misses, 'jionlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "1", "False"]


def test_a_town_speaking_as_wo_zhen_takes_the_town_it_keeps_naming_bare() -> None:
    lines = [
        "各位代表:",
        "一年来,我镇经济稳步发展,华亭有史以来规模最大的道路建设全面完成。",
        "我们建成了一批关系华亭全局的重大项目,全镇财政收入增长12%。",
        "沿河乡、南桥村的群众也参与了建设,华亭的面貌焕然一新。",
    ]
    assert speaking_government(None, lines) == "华亭镇人民政府"


def test_a_town_named_bare_twice_or_with_a_close_rival_is_no_evidence() -> None:
    text = "我镇华亭有史以来的变化,关系华亭全局。"
    assert bare_town(text, "镇") is None
    rival = "我镇华亭有史以来的变化,关系华亭全局,华亭人民和马陆人民、马陆群众一道。"
    assert bare_town(rival, "镇") is None


def test_the_countryside_words_of_a_township_text_are_no_rival_town() -> None:
    # family: a township's own report that speaks as 我乡 and names itself with its level, beside the slogans
    # 美丽乡镇 / 美丽乡村 (the countryside, no town's name) — 1028's shape, made up
    lines = [
        "2019年上半年丹云乡重点工作自查报告",
        "2019年,丹云乡在县委、县政府的正确领导下,扎实推进各项工作。",
        "一是我乡完成道路硬化3公里。二是积极创建美丽乡镇、美丽乡村,我乡人居环境持续改善。",
        "三是丹云乡产业发展提速,我乡茶叶种植面积扩大。",
    ]
    assert speaking_government(lines[0], lines) == "丹云乡人民政府"


def test_a_verb_before_a_town_party_committee_is_no_rival_town() -> None:
    # family: news of a town's congress session, which thanks the delegates 代表镇党委: 代表镇 is no town (480's
    # shape, made up); a three-letter stem the gazetteer knows still counts
    lines = [
        "华亭镇召开第十八届人民代表大会第三次会议",
        "会上,镇长代表镇人民政府作政府工作报告,全镇上下凝心聚力。",
        "镇党委书记讲话,并代表镇党委向全体代表表示感谢,全镇要再接再厉。",
        "华亭镇各村代表参加会议。",
    ]
    assert speaking_government(None, lines) == "华亭镇人民政府"
