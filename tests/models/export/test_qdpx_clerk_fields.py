"""A colleague's REFI-QDA project brings the title, issuer and date they chose by hand as their choice (marked)."""

from __future__ import annotations

from pathlib import Path

from models import doc_fields, ops
from models.export import export_annotations, import_qdpx
from models.store import Store

ROOT = Path(__file__).resolve().parents[3]
REPORT = ROOT / "tests" / "fixtures" / "reports" / "r01_fullwidth_paren_digits.txt"


def _project(path: Path) -> tuple[Store, int]:
    store = ops.open_project(path)
    outcomes, _ = ops.import_files(store, [REPORT])
    assert outcomes[0].status == "imported"
    return store, store.documents.all()[0].id


def _colleagues_export(tmp_path: Path) -> tuple[Path, str, str | None]:
    """A colleague's project: the title set by hand, the issuer as read; exported to .qdpx."""
    theirs, doc_id = _project(tmp_path / "colleague.reportmark")
    read_title, read_issuer = theirs.documents.get(doc_id).title, theirs.documents.get(doc_id).issuer
    doc_fields.set_document_field(theirs, doc_id, "title", "同事改定的标题")
    out = tmp_path / "colleague.qdpx"
    export_annotations(theirs, out, fmt="qdpx")
    theirs.close()
    return out, read_title, read_issuer


def test_a_new_report_keeps_the_colleagues_hand_chosen_title_marked_and_the_read_issuer_unmarked(
    tmp_path: Path,
) -> None:
    out, read_title, read_issuer = _colleagues_export(tmp_path)
    mine = ops.open_project(tmp_path / "mine.reportmark")
    import_qdpx(mine, out)
    mine.close()
    mine = Store.open(tmp_path / "mine.reportmark")  # from disk
    doc = mine.documents.all()[0]
    assert doc.title == "同事改定的标题" and doc.issuer == read_issuer
    assert set(doc.clerk_fields) == {"title"}  # a value their reader read stays the reader's: a re-read may improve it
    assert doc.clerk_fields["title"]["reader"] == read_title
    import_qdpx(mine, out)  # importing it again changes nothing
    assert mine.documents.get(doc.id).clerk_fields == doc.clerk_fields
    mine.close()


def test_a_report_already_here_takes_the_colleagues_choice_unless_the_clerk_chose_later(tmp_path: Path) -> None:
    mine, doc_id = _project(tmp_path / "mine.reportmark")
    read_title = mine.documents.get(doc_id).title
    out, _read, _issuer = _colleagues_export(tmp_path)
    changes = import_qdpx(mine, out)
    doc = mine.documents.get(doc_id)
    assert doc_id in changes.documents
    assert doc.title == "同事改定的标题" and doc.clerk_fields["title"]["reader"] == read_title
    doc_fields.set_document_field(mine, doc_id, "title", "我后来改的标题")
    import_qdpx(mine, out)
    assert mine.documents.get(doc_id).title == "我后来改的标题"  # the clerk's own later choice stays
    mine.close()
