"""Names of documents in lists, choosers and table headers: the title, and for a title several share, whose and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from models.types import Document


def _issuer_year(doc: Document) -> str:
    return " ".join(x for x in (doc.issuer, (doc.date or "")[:4]) if x)


# what tells reports of one title apart, in the order a clerk reads it: who issued it, then the year;
# the file name only when those do not (two copies of one report)
_DISTINGUISHERS: tuple[Callable[[Document], str], ...] = (
    lambda d: d.issuer or "",
    _issuer_year,
    lambda d: d.date or "",
    lambda d: d.source_name,
)


def distinct_labels(documents: Iterable[Document]) -> dict[int, str]:
    """``{id: label}``: the title alone, or ``标题（发文机关 年份）`` when other documents have that title too."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        groups[doc.title or doc.source_name].append(doc)
    labels: dict[int, str] = {}
    for title, docs in groups.items():
        if len(docs) == 1:
            labels[docs[0].id] = title
            continue
        key = next((k for k in _DISTINGUISHERS if _tells_apart(k, docs, title)), None)
        for doc in docs:
            # nothing tells them apart (two copies of one file): the title alone, the caller numbers them
            extra = key(doc) if key is not None else ""
            labels[doc.id] = f"{title}（{extra}）" if extra else title
    return labels


def _tells_apart(key: Callable[[Document], str], docs: list[Document], title: str) -> bool:
    values = [key(d) for d in docs]
    return len(set(values)) == len(values) and sum(not v for v in values) <= 1 and title not in values
