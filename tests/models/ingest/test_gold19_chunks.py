"""clean_edges.chunk_prefixes after the body19-chunks merge: no chunks, no crash."""

from __future__ import annotations

from models.ingest.clean_edges import chunk_prefixes


def test_chunk_search_survives_a_blank_line_with_no_chunks() -> None:
    # hypothesis found it (test_clean_props: "\x1f\n0"): no 1、 line, a blank before the last line
    assert chunk_prefixes(["", "正文"]) == {}
