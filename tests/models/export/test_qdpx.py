"""REFI-QDA (.qdpx) export validated against QDA-XML 1.0 Project.xsd, and imported back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from models.errors import Cancelled, UnsupportedFormat
from models.export import export_annotations, import_qdpx
from models.store import Store

XSD = Path(__file__).resolve().parents[2] / "fixtures" / "qdpx" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def _tag_key(store: Store, tag_id: int) -> tuple[str, ...]:
    tag = store.tags.get(tag_id)
    return (*(_tag_key(store, tag.parent_id) if tag.parent_id else ()), tag.name)


def _snapshot(store: Store) -> tuple[object, object, object]:
    docs = sorted((d.title, store.documents.display_text(d.id)) for d in store.documents.all())
    tags = sorted((_tag_key(store, t.id), t.color) for t in store.tags.all())
    titles = {d.id: d.title for d in store.documents.all()}
    anns = sorted(
        (
            titles[a.document_id],
            a.start,
            a.end,
            a.text,
            _tag_key(store, a.tag_id),
            a.note,
            sorted(a.attributes.items()),
            a.author,
            a.created,
        )
        for a in store.annotations.select()
    )
    return docs, tags, anns


def test_qdpx_validates_against_project_xsd(project: Store, tmp_path: Path, schema: etree.XMLSchema) -> None:
    out = tmp_path / "project.qdpx"
    n = export_annotations(project, out, fmt="qdpx")
    assert n == len(project.annotations.select())
    with zipfile.ZipFile(out) as zf:
        root = etree.fromstring(zf.read("project.qde"))
        assert schema.validate(root), schema.error_log
        sources = root.findall(".//q:TextSource", NS)
        assert len(sources) == project.documents.count()
        for src in sources:
            path = src.get("plainTextPath")
            assert path.startswith("internal://")
            text = zf.read("sources/" + path[len("internal://") :]).decode("utf-8")
            doc = next(d for d in project.documents.all() if d.title == src.get("name"))
            assert text == project.documents.display_text(doc.id)
            for sel in src.findall("q:PlainTextSelection", NS):
                start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
                assert text[start:end] in {a.text for a in project.annotations.select(doc.id)}
    codes = root.findall(".//q:Code", NS)
    assert {c.get("name") for c in codes} == {t.name for t in project.tags.all()}
    child = root.find(".//q:Code[@name='指标']/q:Code", NS)
    assert child.get("name") == "工业" and child.get("color") == "#aa5500"


def test_positions_count_code_points(store: Store, tmp_path: Path, schema: etree.XMLSchema) -> None:
    from tests.models.export.conftest import add_text

    text = "𠮷野家新建5G基站𠮷"
    doc = add_text(store, text, "扩展字符")
    start = text.index("5G基站")
    store.annotations.add(doc, start, start + 4, store.tags.find("指标").id)
    out = tmp_path / "p.qdpx"
    export_annotations(store, out, fmt="qdpx")
    with zipfile.ZipFile(out) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    assert schema.validate(root), schema.error_log
    sel = root.find(".//q:PlainTextSelection", NS)
    assert (int(sel.get("startPosition")), int(sel.get("endPosition"))) == (start, start + 4) == (5, 9)


def test_qdpx_import_gives_back_documents_tags_and_annotations(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "project.qdpx"
    export_annotations(project, out, fmt="qdpx")
    fresh = Store.memory()
    changes = import_qdpx(fresh, out)
    assert len(changes.documents) == project.documents.count()
    assert len(changes.annotations) == len(project.annotations.select())
    assert _snapshot(fresh) == _snapshot(project)
    # metadata travels in the source description
    formula = next(d for d in fresh.documents.all() if d.title == "公式文档")
    assert (formula.issuer, formula.date, formula.doc_number) == ("测试局", "2021-03-01", "测发〔2021〕3号")


def test_import_into_same_project_reuses_documents_and_tags(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "project.qdpx"
    export_annotations(project, out, fmt="qdpx", tag_ids=[project.tags.find("政策").id])
    docs_before, tags_before = project.documents.count(), len(project.tags.all())
    anns_before = project.annotations.count()
    changes = import_qdpx(project, out)
    assert project.documents.count() == docs_before
    assert len(project.tags.all()) == tags_before and not changes.tags
    assert not changes.annotations and project.annotations.count() == anns_before  # its own tags, not doubled


def _write_foreign_qdpx(path: Path) -> None:
    """A minimal project as another tool writes it: inline text, 3-digit colour, nested codes."""
    qde = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="外部项目" origin="QualCoder">
  <Users><User guid="11111111-1111-1111-1111-111111111111" name="李四"/></Users>
  <CodeBook><Codes>
    <Code guid="22222222-2222-2222-2222-222222222222" name="经济" isCodable="true" color="#f00">
      <Code guid="33333333-3333-3333-3333-333333333333" name="投资" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="44444444-4444-4444-4444-444444444444" name="访谈一" plainTextPath="internal://44444444-4444-4444-4444-444444444444.txt">
      <PlainTextSelection guid="55555555-5555-5555-5555-555555555555" startPosition="2" endPosition="6"
          creatingUser="11111111-1111-1111-1111-111111111111" creationDateTime="2023-05-01T10:00:00Z">
        <Description>重点投资</Description>
        <Coding guid="66666666-6666-6666-6666-666666666666">
          <CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="0" endPosition="1">
        <Coding guid="88888888-8888-8888-8888-888888888888">
          <CodeRef targetGUID="99999999-9999-9999-9999-999999999999"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="备忘">
      <PlainTextContent>全年投资增长。</PlainTextContent>
    </TextSource>
  </Sources>
</Project>"""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde.encode("utf-8"))
        zf.writestr("sources/44444444-4444-4444-4444-444444444444.txt", "今年固定资产投资增长10%。".encode())


def test_import_foreign_project(store: Store, tmp_path: Path, schema: etree.XMLSchema) -> None:
    path = tmp_path / "foreign.qdpx"
    _write_foreign_qdpx(path)
    with zipfile.ZipFile(path) as zf:
        assert schema.validate(etree.fromstring(zf.read("project.qde"))), schema.error_log
    changes = import_qdpx(store, path)
    parent = store.tags.find("经济")
    assert parent is not None and parent.color == "#ff0000"
    child = store.tags.find("投资", parent.id)
    assert child is not None
    docs = {d.title: d for d in store.documents.all()}
    assert set(docs) == {"访谈一", "备忘"}
    assert store.documents.display_text(docs["备忘"].id) == "全年投资增长。"
    [ann] = store.annotations.select(docs["访谈一"].id)
    assert (ann.text, ann.tag_id, ann.note, ann.author) == ("固定资产", child.id, "重点投资", "李四")
    assert ann.created == "2023-05-01T10:00:00Z"
    assert len(changes.annotations) == 1  # the coding of an unknown code is skipped


def test_import_rejects_non_qdpx(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "x.qdpx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(UnsupportedFormat):
        import_qdpx(store, bad)
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("other.txt", "x")
    with pytest.raises(UnsupportedFormat):
        import_qdpx(store, bad)


def test_import_cancel_imports_nothing(project: Store, tmp_path: Path) -> None:
    out = tmp_path / "p.qdpx"
    export_annotations(project, out, fmt="qdpx")
    fresh = Store.memory()
    with pytest.raises(Cancelled):
        import_qdpx(fresh, out, cancelled=lambda: True)
    assert fresh.documents.count() == 0 and fresh.tags.all() == []
