"""A file name as the export writes it: the format's suffix added to a name that has no export suffix."""

from __future__ import annotations

from pathlib import Path

from models.export import export_target


def test_a_name_without_an_export_suffix_gets_the_formats_own() -> None:
    assert export_target(Path("x.ledger"), "ledger") == Path("x.ledger.xlsx")
    assert export_target(Path("台账"), "csv") == Path("台账.csv")
    assert export_target(Path("汇总.2024"), "json") == Path("汇总.2024.json")


def test_a_name_with_an_export_suffix_is_kept_even_when_it_names_another_format() -> None:
    # the mismatch (CSV text under .xlsx) is refused by export_annotations, not renamed here
    assert export_target(Path("台账.xlsx"), "ledger") == Path("台账.xlsx")
    assert export_target(Path("汇总.XLSX"), "csv") == Path("汇总.XLSX")
