"""A yearbook entry's bracketed run-in heads (【概况】…, 【财政体制改革和机制创新】…): phrases, often long."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections


def titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in walk_sections(build_outline(text))]


def test_a_yearbook_entrys_long_bracketed_head() -> None:
    # 1971 《成都年鉴》财政部分: 【概况】… 【财政体制改革和机制创新】… (a phrase, often long)
    body = "市财政局进一步完善分税制财政体制，及时调整营改增后市与区县收入划分，全年减轻企业负担36.98亿元。"
    for heads in [
        ("概况", "财政体制改革和机制创新"),
        ("概況", "全面推進預算績效管理改革工作"),
        ("基本情况", "深化农村集体产权制度改革试点"),
    ]:
        text = "\n\n".join(f"【{h}】{body}" for h in heads)
        assert [t for _, t in titles(text)] == list(heads)
