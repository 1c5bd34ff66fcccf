"""The variant families keep the gold true: every gold string is still found in the variant as the scorer looks."""

from __future__ import annotations

import io
import itertools
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.docx_source import docx_source_text
from benchmarks.eval_variants import FAMILIES, build_family, main, pick_documents, variant_of
from benchmarks.reading_parts import score_body
from benchmarks.reading_score import PINYIN_RE, norm, norm_spaced, parse_heading
from benchmarks.variant_print import paginate
from benchmarks.variant_transforms import Variant, char_width, chrome_pool, one_line, wrap, wrap_joins

SHORT = ["158", "729", "125", "824"]  # short .txt reports with chrome, breaks, headings and indicators


def _text(v: Variant, tmp: Path) -> str:
    if v.suffix == ".docx":
        path = tmp / "v.docx"
        path.write_bytes(v.data)
        return docx_source_text(path)
    for codec in ("utf-8", "gbk", "big5"):
        try:
            return v.data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise AssertionError("undecodable variant")


def _found(gold: dict[str, Any], ind: dict[str, Any] | None, text: str) -> list[str]:
    """Gold strings the scorer would not find in ``text`` (the file as the variant stores it)."""
    lost = [f"body: {e}" for e in score_body(gold["body"], text, text)["errors"]] if "body" in gold else []
    whole = norm(text)
    for line in gold.get("outline", []):
        title = parse_heading(line)[2]
        if norm(title) not in whole:
            lost.append(f"heading: {title}")
    for item in (ind or {}).get("indicators", []):
        if norm(item["quote"]) not in whole:
            lost.append(f"quote: {item['quote']}")
    return lost


@pytest.mark.parametrize("family", list(FAMILIES))
def test_each_family_keeps_the_gold_findable(family: str, tmp_path: Path) -> None:
    for doc in pick_documents(0, 0, SHORT):
        assert not _found(doc[1], doc[2], doc[3].read_text(encoding="utf-8"))  # the gold is right to start with
        v = variant_of(family, doc, seed=1)
        if v is None:
            continue
        assert not _found(v.gold, v.ind_gold, _text(v, tmp_path)), (family, doc[0])


def test_wrap_joins_lie_where_the_wrap_broke_lines() -> None:
    doc = pick_documents(0, 0, ["125"])[0]
    original = doc[3].read_text(encoding="utf-8")
    v = variant_of("wrap", doc, seed=2)
    assert v is not None
    wrapped = v.data.decode("utf-8")
    added = v.gold["body"]["joins"][len(doc[1]["body"].get("joins", [])) :]
    assert added
    flat = norm_spaced(wrapped)
    for j in added:
        assert norm_spaced(j) not in flat  # split in the variant …
        assert any(j[:k] + "\n" + j[k:] in wrapped for k in range(1, len(j)))  # … by a break the wrap made
    # the untransformed text has every added join whole
    assert not set(added) & set(score_body(v.gold["body"], wrapped, original)["joins_wrong"])


def test_chrome_wrapper_adds_its_lines_as_chrome() -> None:
    head, foot = chrome_pool()
    assert head and foot
    doc = pick_documents(0, 0, ["158"])[0]
    v = variant_of("chrome", doc, seed=3)
    assert v is not None
    text = v.data.decode("utf-8")
    added = v.gold["body"]["chrome"][len(doc[1]["body"]["chrome"]) :]
    assert added and all(line in text.split("\n") for line in added)
    assert text.split("\n")[0] in head and text.split("\n")[-1] in foot


def test_build_family_writes_a_corpus_folder(tmp_path: Path) -> None:
    docs = pick_documents(0, 0, ["158", "729"])
    assert build_family("docx", docs, tmp_path, seed=0) == ["158", "729"]
    assert len(list((tmp_path / "reports").glob("*.docx"))) == 2
    assert zipfile.is_zipfile(io.BytesIO((tmp_path / "reports" / f"{docs[0][3].stem}.docx").read_bytes()))
    assert (tmp_path / "gold" / "indicators" / "158.json").exists()


def test_main_scores_a_family(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--only", "halfwidth", "--doc", "158"]) == 0
    out = capsys.readouterr().out
    assert "== halfwidth: 1 reports" in out and "outline_macro_f1" in out
    assert main(["--only", "nosuch"]) == 1


# ---------------------------------------------------------------- the transformations over random text

TEXT = st.text(
    alphabet=st.sampled_from(list("中文报告年一二三，。：（）0123456789abc. 　|")) | st.just("\n"), max_size=400
)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.integers(28, 42))
def test_wrap_only_inserts_line_breaks_at_the_offsets_it_gives(text: str, width: int) -> None:
    wrapped, breaks = wrap(text, width, keep=lambda line: "|" in line)
    assert all(wrapped[b] == "\n" for b in breaks)
    assert "".join(c for i, c in enumerate(wrapped) if i not in set(breaks)) == text
    for line in wrapped.split("\n"):
        if "|" not in line and sum(char_width(c) for c in line.rstrip()) > width:
            assert PINYIN_RE.search(line)  # a pinyin annotation is never split
    flat, whole = norm_spaced(wrapped), norm(wrapped)
    for j in wrap_joins(wrapped, breaks):
        assert norm(j) in whole and norm_spaced(j) not in flat
        assert not any(j[:k] + "\n" + j[k:] in wrapped for k in range(1, len(j)) if j[k - 1] in "。："), j
        assert any(wrapped[b - k : b] + wrapped[b + 1 : b + 1 + len(j) - k] == j for b in breaks for k in range(len(j)))


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from([" ", ""]))
def test_one_line_keeps_every_character_but_the_line_breaks(text: str, sep: str) -> None:
    flat = one_line(text, sep)
    assert "\n" not in flat
    assert "".join(flat.split()) == "".join(text.split())
    kept = one_line(text, sep, keep=lambda line: "|" in line).split("\n")
    assert [line for line in kept if "|" in line] == [line for line in text.split("\n") if "|" in line]
    assert "".join("".join(kept).split()) == "".join(text.split())
    assert not any("|" not in a and "|" not in b for a, b in itertools.pairwise(kept))  # runs are one line


def test_families_are_seeded() -> None:
    doc = pick_documents(0, 0, ["729"])[0]
    for family in FAMILIES:
        a, b = variant_of(family, doc, seed=5), variant_of(family, doc, seed=5)
        assert (a and a.data) == (b and b.data)


@given(st.text(alphabet="甲乙丙丁。，12\n", min_size=1, max_size=400), st.integers(1, 12), st.integers(4, 20))
@settings(max_examples=60, deadline=None)
def test_paginate_adds_only_page_numbers_and_keeps_joins_off_them(text: str, per_page: int, width: int) -> None:
    wrapped, breaks = wrap(text, width)
    paged, kept, numbers = paginate(wrapped, breaks, per_page, "- {n} -")
    lines = paged.split("\n")
    assert numbers and numbers[0] == "- 1 -"
    assert [line for line in lines if line not in numbers] == wrapped.split("\n")  # nothing else added or lost
    for pos in kept:  # a kept break joins two lines of the wrapped text, never a page number
        assert paged[pos] == "\n"
        before = paged[:pos].rsplit("\n", 1)[-1]
        after = paged[pos + 1 :].split("\n", 1)[0]
        assert before not in numbers and after not in numbers


def test_print_families_carry_the_gold_over() -> None:
    doc = pick_documents(0, 0, ["125"])[0]
    original = doc[3].read_text(encoding="utf-8")
    pdf = variant_of("pdf", doc, seed=3)
    assert pdf is not None
    added = pdf.gold["body"]["chrome"][len(doc[1]["body"].get("chrome", [])) :]
    assert added and all(line in pdf.data.decode("utf-8").split("\n") for line in added)  # page numbers are chrome
    spaced = variant_of("wrapspaces", doc, seed=3)
    assert spaced is not None
    text = spaced.data.decode("utf-8")
    assert text.count("\n") == original.count("\n")  # the paragraphs stay lines; the wraps became spaces
    assert len(spaced.gold["body"]["joins"]) > len(doc[1]["body"].get("joins", []))
    figures = variant_of("figurespaces", doc, seed=3)
    assert figures is not None and norm(figures.data.decode("utf-8")) == norm(original)
    indented = variant_of("indented", doc, seed=3)
    assert indented is not None and b"\r\n" in indented.data
