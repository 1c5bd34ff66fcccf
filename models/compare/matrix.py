"""A matrix of tags or indicator names (rows) by documents (columns), with counts or values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from models.compare.indicators import document_indicators, representative
from models.compare.synonyms import normalize_name
from models.labels import distinct_labels
from models.types import AnnotationStatus

Mode = Literal["values", "counts"]


def _column_names(store: Any, document_ids: Sequence[int]) -> list[str]:
    # several counties' 政府工作报告 are told apart by issuer and year, as in every list of the window
    docs = [store.documents.get(doc_id) for doc_id in document_ids]
    labels = distinct_labels(docs)
    names: list[str] = []
    seen: Counter[str] = Counter()
    for doc in docs:
        label = labels[doc.id] or f"文档{doc.id}"
        seen[label] += 1
        names.append(label if seen[label] == 1 else f"{label} ({doc.id})")
    return names


def indicator_matrix(
    store: Any,
    document_ids: Iterable[int],
    *,
    names: Iterable[str] | None = None,
    tag_ids: Iterable[int] | None = None,
    mode: Mode = "values",
    include_suggested: bool = True,
) -> tuple[list[str], list[dict[str, Any]]]:
    """Rows of tags or indicators by document columns, ready for a table or an export.

    With ``tag_ids`` (and ``mode="counts"``), each row is a tag and each cell the number
    of its annotations in the document. Otherwise each row is an indicator name
    (``names`` normalised through the synonym table, or every indicator found): in
    ``"values"`` mode the cell is the indicator's value in base units (column 单位),
    in ``"counts"`` mode the number of times the document states it.

    Returns:
        (headers, rows): the first header is 标签 or 指标, then 单位 for values, then
        one header per document (its title, made unique); each row a dict keyed by them.
    """
    ids = list(document_ids)
    columns = _column_names(store, ids)
    statuses = (
        (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED) if include_suggested else (AnnotationStatus.ACCEPTED,)
    )
    if tag_ids is not None:
        wanted = list(tag_ids)
        headers = ["标签", *columns]
        counts = {
            doc: Counter(a.tag_id for a in store.annotations.select(doc, tag_ids=wanted, statuses=statuses))
            for doc in ids
        }
        rows = []
        for tag_id in wanted:
            row: dict[str, Any] = {"标签": store.tags.get(tag_id).name}
            for doc, col in zip(ids, columns, strict=True):
                row[col] = counts[doc][tag_id]
            rows.append(row)
        return headers, rows

    per_doc = {doc: document_indicators(store, doc, include_suggested=include_suggested) for doc in ids}
    if names is not None:
        keys = [(n, normalize_name(n)) for n in names]
    else:
        first: dict[str, str] = {}
        docs_with: Counter[str] = Counter()
        for inds in per_doc.values():
            for k in {i.key for i in inds}:
                docs_with[k] += 1
            for i in inds:
                first.setdefault(i.key, i.name)
        keys = [(first[k], k) for k in sorted(first, key=lambda k: (-docs_with[k], k))]
    if mode == "counts":
        headers = ["指标", *columns]
        tallies = {doc: Counter(i.key for i in inds) for doc, inds in per_doc.items()}
        return headers, [
            {"指标": label, **{col: tallies[doc][key] for doc, col in zip(ids, columns, strict=True)}}
            for label, key in keys
        ]
    headers = ["指标", "单位", *columns]
    reps = {doc: representative(inds) for doc, inds in per_doc.items()}
    rows = []
    for label, key in keys:
        row = {"指标": label, "单位": ""}
        for doc, col in zip(ids, columns, strict=True):
            ind = reps[doc].get(key)
            row[col] = ind.base_value if ind is not None else None
            if ind is not None and not row["单位"]:
                row["单位"] = ind.base_unit
        rows.append(row)
    return headers, rows
