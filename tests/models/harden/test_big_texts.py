"""Re-import, suggest --accept and compare on 12 MB texts finish (or refuse) within bounds (issue 15, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.bounded import run_bounded

SETUP = (
    "import sys, time\n"
    "from models import importing, ops\n"
    "from models.errors import ReportMarkError\n"
    "from tests.hostile.big_text import big_report\n"
    "from pathlib import Path\n"
    "tmp = Path(sys.argv[1]) if len(sys.argv) > 1 else Path({tmp!r})\n"
    "(tmp / 'a.txt').write_text(big_report(12, 0), encoding='utf-8')\n"
    "(tmp / 'b.txt').write_text(big_report(12, 1), encoding='utf-8')\n"
    "store = ops.open_project(tmp / 'p.reportmark')\n"
    "outcomes, _ = ops.import_files(store, [tmp / 'a.txt'])\n"
    "doc = outcomes[0].document.id\n"
)


@pytest.mark.slow
def test_reimport_against_a_twelve_megabyte_text(tmp_path: Path) -> None:
    proc = run_bounded(
        SETUP.format(tmp=str(tmp_path)) + "from models.suggest import run_suggestions\n"
        "run_suggestions(store, doc, status='accepted')\n"
        "result, _ = importing.reimport_document(store, doc, tmp / 'b.txt')\n"
        "text = store.documents.display_text(doc)\n"
        "for a in store.annotations.iterate(doc, statuses=('accepted',)):\n"
        "    assert text[a.start:a.end] == a.text\n"
        "print('placed', len(result.placed), 'unplaced', len(result.unplaced))\n"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "placed" in proc.stdout


@pytest.mark.slow
def test_compare_of_two_twelve_megabyte_texts_is_bounded(tmp_path: Path) -> None:
    proc = run_bounded(
        SETUP.format(tmp=str(tmp_path)) + "other, _ = ops.import_files(store, [tmp / 'b.txt'])\n"
        "from models.compare import compare_documents\n"
        "try:\n"
        "    compare_documents(store, doc, other[0].document.id)\n"
        "    print('compared')\n"
        "except ReportMarkError as e:\n"
        "    print('refused', e.user_message)\n"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.startswith(("compared", "refused"))


def test_compare_and_version_diff_refuse_texts_beyond_their_bounds() -> None:
    from models.bounds import MAX_COMPARE_CHARS
    from models.compare import version_diff
    from models.errors import ReportMarkError

    huge = "全年完成投资12亿元。\n" * (MAX_COMPARE_CHARS // 10)
    with pytest.raises(ReportMarkError, match="上限"):
        version_diff(huge, huge + "增")
