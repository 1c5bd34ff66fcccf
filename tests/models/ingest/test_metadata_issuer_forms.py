"""Issuers composed the way 公文 name them: a 街道 through its office, a government from its place."""

from __future__ import annotations

from models.ingest.metadata_places import settled_name


def test_a_subdistrict_issues_through_its_office_even_when_the_text_never_writes_it() -> None:
    lines = ["新安街道2025年工作总结", "今年以来，新安街道党工委、办事处团结带领全街道干部群众……"]
    assert settled_name("新安街道", "新安街道2025年工作总结", lines) == "新安街道办事处"
    assert settled_name("新安街道办事处", None, lines) == "新安街道办事处"
