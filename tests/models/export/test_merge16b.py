"""Two clerks tag the same reports and merge each other's project both ways, twice: nothing doubled, nothing lost."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from models import ops
from models.export.merge_project import merge_project
from models.store import Store
from models.types import AnnotationStatus

SHARED = {
    "甲县2023年政府工作报告.txt": "甲县人民政府\n\n2023年政府工作报告\n\n全年地区生产总值939.05亿元，增长5.2%。"
    "规模以上工业增加值增长6.9%，固定资产投资增长9.1%。\n社会消费品零售总额412.3亿元，增长3.1%。\n",
    "乙县2023年工作总结.txt": "乙县人民政府\n\n2023年工作总结\n\n新增城镇就业1.2万人。城镇居民人均可支配收入"
    "45678元，增长5.5%。\n完成造林面积3.6万亩。\n",
}
ONLY_A = {"丙县2023年工作要点.txt": "丙县人民政府\n\n2023年工作要点\n\n粮食产量稳定在50万吨以上。\n"}
ONLY_B = {"丁县2023年统计公报.txt": "丁县统计局\n\n2023年统计公报\n\n年末常住人口78.4万人。\n"}
EVERY = tuple(AnnotationStatus)


def _project(tmp_path: Path, name: str, files: dict[str, str]) -> Store:
    folder = tmp_path / f"{name}-files"
    folder.mkdir()
    for file_name, text in files.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    store = ops.open_project(tmp_path / f"{name}.reportmark")
    ops.import_files(store, sorted(folder.iterdir()))
    return store


def _doc(store: Store, title_part: str) -> int:
    return next(d.id for d in store.documents.all() if title_part in d.source_name)


def _tag(store: Store, doc: int, phrase: str, *, author: str, note: str = "", **attributes: object) -> int:
    text = store.documents.display_text(doc)
    start = text.index(phrase)
    ann, _ = ops.create_annotation(
        store, doc, start, start + len(phrase), store.tags.find("指标").id, note=note, author=author
    )
    if attributes:
        ann, _ = ops.update_annotation(store, ann.id, attributes={**ann.attributes, **attributes})
    return ann.id


def _state(store: Store) -> tuple[Counter[tuple[str, str, str]], dict[tuple[str, str], str]]:
    """Tags as (report, text, tag) counted, and each tag's note, keyed by report and text."""
    names = {d.id: d.source_name for d in store.documents.all()}
    tags = {t.id: t.name for t in store.tags.all()}
    anns = store.annotations.select(statuses=EVERY)
    return (
        Counter((names[a.document_id], a.text, tags[a.tag_id]) for a in anns),
        {(names[a.document_id], a.text): a.note for a in anns},
    )


@pytest.fixture
def clerks(tmp_path: Path) -> tuple[Store, Store]:
    a = _project(tmp_path, "小李", {**SHARED, **ONLY_A})
    b = _project(tmp_path, "小王", {**SHARED, **ONLY_B})
    ja, jb = _doc(a, "甲县"), _doc(b, "甲县")
    ya, yb = _doc(a, "乙县"), _doc(b, "乙县")
    # the same span on both sides, a note on each, figures read differently
    _tag(a, ja, "全年地区生产总值939.05亿元，增长5.2%", author="小李", note="与统计公报核对过", value=939.05)
    _tag(b, jb, "全年地区生产总值939.05亿元，增长5.2%", author="小王", note="第二段", value=939.5)
    # the same span, same figures, a note on one side only
    _tag(a, ja, "规模以上工业增加值增长6.9%", author="小李")
    _tag(b, jb, "规模以上工业增加值增长6.9%", author="小王", note="口径：规上")
    # spans only one side tagged
    _tag(a, ya, "新增城镇就业1.2万人", author="小李")
    _tag(b, yb, "完成造林面积3.6万亩", author="小王")
    _tag(a, _doc(a, "丙县"), "粮食产量稳定在50万吨以上", author="小李")
    _tag(b, _doc(b, "丁县"), "年末常住人口78.4万人", author="小王")
    # both had this tag; 小王 deleted it, 小李 then edited its figures and note
    _tag(a, ja, "固定资产投资增长9.1%", author="小李", note="待核", name="全社会固定资产投资")
    gone = _tag(b, jb, "固定资产投资增长9.1%", author="小王")
    ops.delete_annotation(b, gone)
    yield a, b
    a.close()
    b.close()


def test_merging_both_ways_twice_gives_each_tag_note_and_report_once(clerks: tuple[Store, Store]) -> None:
    a, b = clerks
    merge_project(a, b.path)
    merge_project(b, a.path)
    first_a, first_b = _state(a), _state(b)
    merge_project(a, b.path)
    merge_project(b, a.path)

    assert _state(a) == first_a and _state(b) == first_b  # a second round changes nothing
    for store in (a, b):
        tags, notes = _state(store)
        assert all(n == 1 for n in tags.values()), tags
        assert len(tags) == 7  # the union: nothing lost, the deleted-and-edited tag is back
        assert sorted(d.source_name for d in store.documents.all()) == sorted({**SHARED, **ONLY_A, **ONLY_B})
        for note in notes.values():
            lines = [line for line in note.split("\n") if line.strip()]
            assert len(lines) == len(set(lines)), note
        gdp = next(n for (_, text), n in notes.items() if text.startswith("全年地区生产总值"))
        assert "与统计公报核对过" in gdp and "第二段" in gdp
        assert "口径：规上" in next(n for (_, text), n in notes.items() if text.startswith("规模以上"))
        assert "待核" in next(n for (_, text), n in notes.items() if text.startswith("固定资产"))


def test_a_figure_read_differently_is_named_once_in_plain_chinese_on_each_side(clerks: tuple[Store, Store]) -> None:
    a, b = clerks
    for _ in range(2):
        merge_project(a, b.path)
        merge_project(b, a.path)
    for store, mine, theirs, other in ((a, 939.05, "939.5", "小王"), (b, 939.5, "939.05", "小李")):
        (gdp,) = [x for x in store.annotations.select() if x.text.startswith("全年地区生产总值")]
        assert gdp.attributes["value"] == mine  # each keeps their own reading
        conflict = [line for line in gdp.note.split("\n") if line.startswith("合并时")]
        assert conflict == [f"合并时{other}记为：" + conflict[0].split("：", 1)[1]], gdp.note
        assert f"数值 {theirs}" in conflict[0]


KILL_MID_MERGE = """
import os, signal, sys
from models import ops
from models.export.merge_project import merge_project

store = ops.open_project(sys.argv[1], create=False)

def progress(done, total, name):
    if done == 2:  # two reports merged inside the transaction: the power goes
        os.kill(os.getpid(), signal.SIGKILL)

merge_project(store, sys.argv[2], progress=progress)
"""


def test_a_merge_killed_half_way_leaves_the_project_as_it_was(clerks: tuple[Store, Store], tmp_path: Path) -> None:
    import subprocess
    import sys

    a, b = clerks
    before = _state(a), sorted(d.source_name for d in a.documents.all()), [t.name for t in a.tags.all()]
    path = a.path
    a.close()
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run(
        [sys.executable, "-c", KILL_MID_MERGE, str(path), str(b.path)], cwd=root, env={"PYTHONPATH": str(root)}
    )
    assert run.returncode == -9  # killed, not finished

    again = ops.open_project(path, create=False)
    try:
        assert (
            _state(again),
            sorted(d.source_name for d in again.documents.all()),
            [t.name for t in again.tags.all()],
        ) == before
    finally:
        again.close()
