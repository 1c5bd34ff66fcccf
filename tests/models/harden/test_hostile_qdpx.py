"""Hostile .qdpx projects are imported cleanly or refused with one line, within 500 MB (issue 15, items 5, 8, 10)."""

from __future__ import annotations

import pytest

from tests.hostile import qdpx
from tests.hostile.bounded import import_qdpx_all_bounded

VARIANTS = qdpx.variants()
MUST_REFUSE = {
    "qdpx_entity_truncates.qdpx",
    "qdpx_external_entity.qdpx",
    "qdpx_billion_laughs.qdpx",
    "qdpx_bomb_qde.qdpx",
    "qdpx_bomb_source.qdpx",
    "qdpx_many_controls.qdpx",
    "qdpx_not_zip.qdpx",
    "qdpx_nul_in_source_file.qdpx",
    "qdpx_controls_in_source_file.qdpx",
}
MUST_IMPORT = {"qdpx_ok.qdpx", "qdpx_esc_in_source_file.qdpx", "qdpx_bel_c1_in_source_file.qdpx"}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every variant imported into its own project, all in one child process under the memory bound."""
    folder = tmp_path_factory.mktemp("qdpx")
    for name, data in VARIANTS.items():
        (folder / name).write_bytes(data)
    return import_qdpx_all_bounded(folder, sorted(VARIANTS))


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_hostile_qdpx_is_imported_cleanly_or_refused(results: dict[str, str], name: str) -> None:
    result = results[name]
    assert result.startswith(("ok", "refused")), result
    if name in MUST_REFUSE:
        assert result.startswith("refused"), result
    if name in MUST_IMPORT:
        assert result.startswith("ok"), result
    if result.startswith("ok"):
        assert result.split()[2] == "0", f"control characters reached the project: {result}"
