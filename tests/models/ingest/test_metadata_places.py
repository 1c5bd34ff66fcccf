"""The place a text gives a bureau named by its level only, and what the lookup costs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.ingest.metadata_places import _is_place_of_level, _may_name_level, _tokens, place_of_bureau

ROOT = Path(__file__).resolve().parents[3]


def test_bureau_takes_the_place_of_its_level_the_text_names() -> None:
    lines = ["区科技局2023年上半年工作总结", "上半年，我局围绕西陵区产业发展，推动西陵区科技创新。"]
    assert place_of_bureau("区科技局", lines) == "西陵区科技局"


def test_a_text_naming_no_place_decides_without_the_segmenter() -> None:
    # a fresh interpreter: jieba is imported only when some word could be a place of the bureau's level
    code = (
        "import sys\n"
        "from models.ingest.metadata_places import place_of_bureau\n"
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
