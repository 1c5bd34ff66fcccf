"""A doc store's chunk numbers after its own lines (clean_edges.chunk_prefixes): the chunks are the page's last
lines."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_edges import chunk_prefixes

_SENTENCE = "全面推进城乡绿化美化建设,持续改善人居环境,打造生态宜居的美丽家园,提升群众的获得感和幸福感。"


def _chunks(text: str, size: int) -> list[str]:
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    return [f"{k}、{piece}" for k, piece in enumerate(pieces, start=1)]


_TEXT = (
    "县园林绿化局2018年重点工作安排" + _SENTENCE * 12 + "积极探索国省干道两侧区域绿化美化示范性建设,打造立体景观长廊。"
)


def test_chunks_after_the_store_s_lines_are_found() -> None:
    # 1150 (上传人… 资源描述 …请在金锄头文库上搜索。 then 1、… 2、…), 1675 (the store's abstract line, then the chunks)
    prelude = [
        "上传人:shaoy****1971 文档编号:10 大小:11.52KB",
        "《县园林绿化局2018年重点工作安排》由会员分享,请在文库上搜索。",
    ]
    chunks = _chunks(_TEXT, 300)
    found = chunk_prefixes(prelude + chunks)
    assert found == {2 + k: len(f"{k + 1}、") for k in range(len(chunks))}


def test_a_numbered_list_after_an_opening_is_no_store_s_chunks() -> None:
    items = ["1、" + _SENTENCE * 3, "2、" + _SENTENCE * 2 + "加快", "3、" + _SENTENCE]
    assert chunk_prefixes(["各街道办事处:", "现将有关事项通知如下:", *items]) == {}


def test_cleaning_runs_the_chunks_on_after_the_store_s_lines() -> None:
    prelude = [
        "上传人:shaoy****1971 文档编号:10 大小:11.52KB",
        "《县园林绿化局2018年重点工作安排》由会员分享,请在文库上搜索。",
    ]
    display = clean("\n\n".join(prelude + _chunks(_TEXT, 300)) + "\n").display_text
    assert "2、" not in display and "3、" not in display
