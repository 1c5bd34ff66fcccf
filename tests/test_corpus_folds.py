"""The corpus folds hold whole collections and every report exactly once."""

from benchmarks.corpus_folds import CORPUS, collections, folds


def test_every_report_in_one_fold_and_collections_never_split() -> None:
    owner = collections()
    parts = folds(5, seed=0)
    seen = [n for part in parts for n in part]
    assert sorted(seen) == sorted(owner)
    assert len(seen) == len(set(seen))
    for name in set(owner.values()):
        holding = [i for i, part in enumerate(parts) if any(owner[n] == name for n in part)]
        assert len(holding) == 1, name
    assert "unknown" not in owner.values()


def test_folds_are_reproducible_and_balanced() -> None:
    a, b = folds(5, seed=0), folds(5, seed=0)
    assert a == b
    sizes = [len(p) for p in a]
    assert max(sizes) - min(sizes) <= max(len(p) for p in a) // 4


def test_four_digit_reports_are_their_own_numbers() -> None:
    # 1001_… is report 1001, not a second report 100: every report file is counted once under its own number
    owner = collections()
    numbers = {p.name.split("_")[0] for p in (CORPUS / "reports").iterdir() if p.name[:1].isdigit()}
    assert set(owner) == numbers
    assert owner["1001"] == "holdout56"
