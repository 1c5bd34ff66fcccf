"""The corpus read once for the chrome line model: each report's source, display text, title and body gold.

Reading 1558 reports takes minutes; the texts do not depend on the model, so ``collect`` caches them in /tmp.
``benchmarks/chrome_cv.py`` and ``benchmarks/train_chrome.py`` build their rows from these records.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus_folds import collections  # noqa: E402
from benchmarks.docx_source import docx_source_text  # noqa: E402
from benchmarks.eval_reading import CORPUS, gold_documents, report_path  # noqa: E402

Record = dict[str, Any]  # doc, collection, source, display, title, body (gold)


def cache_path(corpus: Path) -> Path:
    return Path(f"/tmp/chrome_cv_{corpus.resolve().as_posix().strip('/').replace('/', '_')}.pkl")


def collect(corpus: Path = CORPUS, refresh: bool = False) -> list[Record]:
    """Every report with body gold, read by today's import path (cached per corpus)."""
    cache = cache_path(corpus)
    if cache.exists() and not refresh:
        with cache.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    from models.ingest import parse_file

    owner = collections(corpus) if corpus == CORPUS else {}
    out: list[Record] = []
    for doc, gold, ind in gold_documents(corpus=corpus):
        if gold is None or "body" not in gold:
            continue
        path = report_path(doc, gold, ind, corpus=corpus)
        try:
            parsed = parse_file(path, learned=False)  # the model's training data and figure (a): the rules alone
        except Exception:  # a report the import path cannot read has no display text to clean further
            continue
        source = docx_source_text(path) if path.suffix == ".docx" else parsed.original_text
        out.append(
            {
                "doc": doc,
                "collection": owner.get(doc, "unknown"),
                "source": source,
                "display": parsed.display_text,
                "title": parsed.metadata.title or "",
                "body": gold["body"],
            }
        )
    with cache.open("wb") as f:
        pickle.dump(out, f)
    return out


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    recs = collect(corpus, refresh=True)
    print(f"{len(recs)} reports cached in {cache_path(corpus)}")
