"""Merging a colleague's .qdpx into a project made from the same reports: nothing doubled, nothing lost."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import ops
from models.export import export_annotations, import_qdpx
from models.store import Store
from models.types import AnnotationStatus
from tests.models.conftest import add_plain_text

TEXT = "全年地区生产总值增长4.5%，规模以上工业增加值增长6.9%，固定资产投资增长9.1%，社会消费品零售总额增长3.1%。"


def _project(path: Path) -> tuple[Store, int]:
    store = ops.open_project(path)
    return store, add_plain_text(store, TEXT, "政府工作报告", issuer="某县人民政府", date="2023-02-02")


def _span(phrase: str) -> tuple[int, int]:
    i = TEXT.index(phrase)
    return i, i + len(phrase)


def _keys(store: Store, statuses: tuple[str, ...] = (AnnotationStatus.ACCEPTED,)) -> Counter[tuple[int, int, int]]:
    return Counter((a.start, a.end, a.tag_id) for a in store.annotations.select(statuses=statuses))


def test_colleague_tags_on_the_same_spans_are_not_doubled(tmp_path: Path) -> None:
    mine, doc = _project(tmp_path / "mine.reportmark")
    theirs, their_doc = _project(tmp_path / "theirs.reportmark")
    indicator = mine.tags.find("指标").id
    both, only_theirs = _span("地区生产总值增长4.5%"), _span("固定资产投资增长9.1%")
    mine.annotations.add(doc, *both, indicator, author="我")
    theirs.annotations.add(their_doc, *both, theirs.tags.find("指标").id, author="小王", note="核对过统计公报")
    theirs.annotations.add(their_doc, *only_theirs, theirs.tags.find("指标").id, author="小王")
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")

    import_qdpx(mine, out)

    assert _keys(mine) == Counter({(*both, indicator): 1, (*only_theirs, indicator): 1})
    kept = next(a for a in mine.annotations.select() if (a.start, a.end) == both)
    assert kept.author == "我" and "核对过统计公报" in kept.note  # the colleague's note is not lost


def test_a_colleagues_accepted_tag_accepts_my_pending_suggestion(tmp_path: Path) -> None:
    mine, doc = _project(tmp_path / "mine.reportmark")
    theirs, their_doc = _project(tmp_path / "theirs.reportmark")
    indicator = mine.tags.find("指标").id
    span = _span("规模以上工业增加值增长6.9%")
    mine.annotations.add(doc, *span, indicator, status=AnnotationStatus.SUGGESTED)
    theirs.annotations.add(their_doc, *span, theirs.tags.find("指标").id, author="小王")
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")

    import_qdpx(mine, out)

    every = (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED, AnnotationStatus.REJECTED)
    assert _keys(mine, every) == Counter({(*span, indicator): 1})
    assert mine.annotations.select()[0].status == AnnotationStatus.ACCEPTED


def test_importing_the_same_file_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    theirs, their_doc = _project(tmp_path / "theirs.reportmark")
    theirs.annotations.add(their_doc, *_span("社会消费品零售总额增长3.1%"), theirs.tags.find("指标").id)
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")
    mine, _ = _project(tmp_path / "mine.reportmark")

    first = import_qdpx(mine, out)
    second = import_qdpx(mine, out)

    assert len(first.annotations) == 1 and not second.annotations
    assert sum(_keys(mine).values()) == 1


_SPANS = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 12), st.sampled_from(["指标", "政策", "问题"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SPANS, max_size=8), st.lists(_SPANS, max_size=8))
def test_merge_gives_the_union_of_both_clerks_tags_once_each(
    my_spans: list[tuple[int, int, str]], their_spans: list[tuple[int, int, str]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        mine, doc = _project(Path(tmp) / "mine.reportmark")
        theirs, their_doc = _project(Path(tmp) / "theirs.reportmark")

        def key(store: Store, spans: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
            return {(s, min(len(TEXT), s + n), tag) for s, n, tag in spans}

        for s, e, tag in key(mine, my_spans):
            mine.annotations.add(doc, s, e, mine.tags.find(tag).id)
        for s, e, tag in key(theirs, their_spans):
            theirs.annotations.add(their_doc, s, e, theirs.tags.find(tag).id)
        out = Path(tmp) / "theirs.qdpx"
        export_annotations(theirs, out, fmt="qdpx")

        import_qdpx(mine, out)

        names = {t.id: t.name for t in mine.tags.all()}
        merged = Counter((a.start, a.end, names[a.tag_id]) for a in mine.annotations.select())
        assert set(merged) == key(mine, my_spans) | key(theirs, their_spans)
        assert set(merged.values()) <= {1}
        mine.close()
        theirs.close()


def test_a_colleague_reading_the_figure_differently_is_kept_in_the_note(tmp_path: Path) -> None:
    mine, doc = _project(tmp_path / "mine.reportmark")
    theirs, their_doc = _project(tmp_path / "theirs.reportmark")
    span = _span("固定资产投资增长9.1%")
    mine.annotations.add(doc, *span, mine.tags.find("指标").id, attributes={"name": "固定资产投资", "change": 9.1})
    theirs.annotations.add(
        their_doc,
        *span,
        theirs.tags.find("指标").id,
        author="小王",
        attributes={"name": "全社会固定资产投资", "change": 9.1, "change_unit": "%"},
    )
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")

    import_qdpx(mine, out)
    import_qdpx(mine, out)  # a second merge explains it once, not twice

    (kept,) = mine.annotations.select()
    assert kept.attributes["name"] == "固定资产投资"  # mine stays
    assert kept.note.count("全社会固定资产投资") == 1 and "小王" in kept.note


def _doc_read_differently(store: Store, text: str, content_hash: str) -> int:
    """The same file bytes (same hash) whose display text another version of the reader cleaned differently."""
    import dataclasses

    from models.offsets import OffsetMap
    from models.types import Metadata, ParsedDocument

    parsed = ParsedDocument(
        source_name="政府工作报告.txt",
        source_format="txt",
        encoding="utf-8",
        content_hash=content_hash,
        original_text=text,
        display_text=text,
        offset_map=OffsetMap.identity(len(text)),
        script="simplified",
        metadata=Metadata(title="政府工作报告"),
        sections=(),
        suspects=(),
    )
    return store.documents.add(dataclasses.replace(parsed)).id


def test_the_same_report_read_by_another_version_is_not_doubled(tmp_path: Path) -> None:
    mine, doc = _project(tmp_path / "mine.reportmark")
    theirs = ops.open_project(tmp_path / "theirs.reportmark")
    same_file = mine.documents.get(doc).content_hash
    their_text = "政府工作报告\n\n" + TEXT.replace("，", "， ")  # a heading line and spaces their reader kept
    their_doc = _doc_read_differently(theirs, their_text, same_file)
    i = their_text.index("固定资产投资增长9.1%")
    theirs.annotations.add(their_doc, i, i + len("固定资产投资增长9.1%"), theirs.tags.find("指标").id, author="小王")
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")

    import_qdpx(mine, out)

    assert mine.documents.count() == 1
    (ann,) = mine.annotations.select()
    assert ann.document_id == doc and (ann.start, ann.end) == _span("固定资产投资增长9.1%") and ann.author == "小王"


def test_a_tag_that_cannot_be_placed_keeps_the_colleagues_copy_of_the_report(tmp_path: Path) -> None:
    mine, doc = _project(tmp_path / "mine.reportmark")
    theirs = ops.open_project(tmp_path / "theirs.reportmark")
    their_text = TEXT + "\n附件：重点项目清单（共十二项）"  # text mine does not have: its tag has nowhere to go
    their_doc = _doc_read_differently(theirs, their_text, mine.documents.get(doc).content_hash)
    i = their_text.index("重点项目清单")
    theirs.annotations.add(their_doc, i, i + 6, theirs.tags.find("措施").id)
    out = tmp_path / "theirs.qdpx"
    export_annotations(theirs, out, fmt="qdpx")

    import_qdpx(mine, out)

    (ann,) = mine.annotations.select()
    assert ann.text == "重点项目清单"  # never lost: their copy of the report comes in beside mine
