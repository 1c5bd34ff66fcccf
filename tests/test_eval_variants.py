"""The variant families keep the gold true: every gold string is still found in the variant as the scorer looks."""

from __future__ import annotations

import io
import itertools
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.docx_source import docx_source_text
from benchmarks.eval_variants import FAMILIES, build_family, main, pick_documents, variant_of
from benchmarks.reading_parts import score_body
from benchmarks.reading_score import PINYIN_RE, find_nth, norm, norm_map, norm_spaced, parse_heading
from benchmarks.variant_cut import EXCERPT_BYTES, carry_over, excerpt_end, heading_spans, holds_date
from benchmarks.variant_print import paginate
from benchmarks.variant_transforms import Variant, char_width, chrome_pool, one_line, wrap, wrap_joins

SHORT = ["158", "729", "125", "824"]  # short .txt reports with chrome, breaks, headings and indicators
LONG = ["024", "025", "027", "561", "628"]  # over 2,000 bytes, three headings or more: the cut families apply


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
        if find_nth(whole, norm(item["quote"]), int(item.get("occurrence", 1))) < 0:
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


# ---------------------------------------------------------------- the cut shapes: only what the copy still holds


@pytest.mark.parametrize("family", ["excerpt", "cut"])
def test_cut_families_apply_and_keep_the_gold_findable(family: str, tmp_path: Path) -> None:
    for doc in pick_documents(0, 0, LONG):
        v = variant_of(family, doc, seed=1)
        assert v is not None, (family, doc[0])
        assert not _found(v.gold, v.ind_gold, _text(v, tmp_path)), (family, doc[0])


def _spans_in(text: str, quote: str, occurrence: int) -> tuple[int, int] | None:
    src, where = norm_map(text)
    q = norm(quote)
    i = find_nth(src, q, occurrence)
    return None if i < 0 else (where[i], where[i + len(q) - 1] + 1)


@pytest.mark.parametrize("family", ["excerpt", "cut"])
def test_cut_copies_carry_over_all_they_hold_and_nothing_else(family: str) -> None:
    for doc in pick_documents(0, 0, LONG):
        name, gold, ind, path = doc
        original = path.read_text(encoding="utf-8")
        v = variant_of(family, doc, seed=1)
        assert v is not None and ind is not None and v.ind_gold is not None
        piece = v.data.decode("utf-8")
        lo = original.find(piece)
        assert lo >= 0 and (lo == 0) == (family == "excerpt")  # a stretch of the original: its start, or a tail
        hi = lo + len(piece)
        if family == "excerpt":
            assert len(piece.encode("utf-8")) <= EXCERPT_BYTES and not piece[-1].isspace() and piece[-1] not in "。；"
        else:  # it starts inside a heading: that heading and the ones before it are gone
            titles = [norm(parse_heading(h)[2]) for h in gold["outline"]]
            assert hi == len(original) and not any(t and norm(piece).startswith(t) for t in titles)
        # headings: exactly the ones the copy holds whole, levels re-counted from the first one present
        spans = heading_spans(original, gold["outline"])
        assert spans is not None
        held = [parse_heading(h)[1:] for h, (a, z) in zip(gold["outline"], spans, strict=True) if lo <= a and z <= hi]
        assert [parse_heading(h)[1:] for h in v.gold["outline"]] == held and held
        assert min(parse_heading(h)[0] for h in v.gold["outline"]) == 1
        # indicators: exactly those whose quote (its occurrence-th) lies in the copy, found there at their occurrence
        kept = {(i["quote"], i["name"]) for i in v.ind_gold["indicators"]}
        for item in ind["indicators"]:
            span = _spans_in(original, item["quote"], int(item.get("occurrence", 1)))
            assert span is not None
            assert ((item["quote"], item["name"]) in kept) == (lo <= span[0] and span[1] <= hi), item["quote"]
        for item in v.ind_gold["indicators"]:
            assert _spans_in(piece, item["quote"], int(item.get("occurrence", 1))) is not None
        # metadata: a field stays when the copy writes it, and only then
        for field in ("title", "issuer", "doc_number", "date"):
            if gold.get(field):
                writes = holds_date(piece, gold[field]) if field == "date" else norm(gold[field]) in norm(piece)
                assert (field in v.gold) == writes, (name, field)
        # body: its ends lie in the copy; chrome lines kept are lines of the copy
        body = v.gold["body"]
        assert norm(body["first"]) in norm(piece) and norm(body["last"]) in norm(piece)
        if family == "excerpt" and norm(gold["body"]["last"]) not in norm(piece):
            assert norm(piece).endswith(norm(body["last"]))  # the cut copy's last body line
        lines = [norm(line) for line in piece.split("\n")]
        assert all(norm(c) in lines for c in body["chrome"])


def test_cut_counts_a_repeated_quote_again_and_drops_what_it_cut() -> None:
    text = "标题\n一、甲\n产量增长5%。\n二、乙\n产量增长5%。其他增长5%。\n三、丙\n2021年1月4日\n、\n版权"
    gold: dict[str, Any] = {
        "title": "标题",
        "date": "2021-01-04",
        "issuer": None,
        "outline": ["1|一、|甲", "1|二、|乙", "1|三、|丙"],
        "body": {
            "first": "一、甲",
            "last": "三、丙",
            "chrome": ["、", "版权"],
            "joins": [],
            "breaks": [["一、甲", "产量增长5%。"]],
        },
    }
    ind = {
        "indicators": [
            {"quote": "产量增长5%", "name": "a"},
            {"quote": "产量增长5%", "name": "b", "occurrence": 2},
            {"quote": "其他增长5%", "name": "c"},
        ]
    }
    lo = text.index("乙")
    g, i = carry_over(text, gold, ind, lo, len(text))
    assert i is not None
    assert [(x["name"], x.get("occurrence", 1)) for x in i["indicators"]] == [("b", 1), ("c", 1)]
    assert g["outline"] == ["1|三、|丙"] and "title" not in g and g["date"] == "2021-01-04" and g["issuer"] is None
    assert g["body"]["breaks"] == [] and g["body"]["first"].startswith("乙") and g["body"]["last"] == "三、丙"
    assert g["body"]["chrome"] == ["、", "版权"]
    # an excerpt that lost the page's "、" line keeps no "、" chrome (the scorer would count every 、 of the text)
    g, i = carry_over(text, gold, ind, 0, text.index("其他"))
    assert i is not None and [x["name"] for x in i["indicators"]] == ["a", "b"]
    assert g["body"]["chrome"] == []
    assert "date" not in g and g["title"] == "标题" and g["body"]["last"] == "产量增长5%。"


@pytest.mark.parametrize(
    ("written", "held"),
    [("2021年1月4日", True), ("2021-01-04", True), ("二〇二一年一月四日", True), ("2021年1月14日", False), ("", False)],
)
def test_a_date_is_held_when_the_copy_writes_it(written: str, held: bool) -> None:
    assert holds_date(f"会议于{written}召开", "2021-01-04") == held


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"中文报告。；，a1 ", "\n", "”"]), max_size=1500), st.integers(10, 200))
def test_an_excerpt_is_a_prefix_under_the_limit_ending_inside_a_sentence(text: str, limit: int) -> None:
    hi = excerpt_end(text, limit)
    if hi is None:
        head = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
        assert len(text.encode("utf-8")) <= limit or not head.strip(" \n。；”")  # nothing cut, or nothing to keep
        return
    assert hi > 0 and len(text[:hi].encode("utf-8")) <= limit
    assert not text[hi - 1].isspace() and text[hi - 1] not in "。；”"


@pytest.mark.parametrize(("family", "comma"), [("fullwidth", ","), ("halfwidth", "，")])
def test_punctuation_families_carry_a_drop_pattern_over(family: str, comma: str) -> None:
    text = f"甲乙。{comma}广告#\n丙丁\n(?)戊，己。\n"  # the site's stamp glued to a line: a break across it
    body = {"first": "甲乙", "last": "戊，己。", "chrome": [], "joins": [], "breaks": [["甲乙。", "丙丁"]]}
    gold = {"body": {**body, "drop": [comma + "广告#+", r"(?m)^\(\?\)", r"(?m)^\d{1,3}、"]}}
    assert not score_body(gold["body"], text, text)["errors"]
    v = FAMILIES[family](text, gold, None, random.Random(0))
    assert v is not None
    out = v.data.decode("utf-8")
    assert out != text and not score_body(v.gold["body"], out, out)["errors"]
    assert r"(?m)^\d{1,3}、" in v.gold["body"]["drop"]  # a pattern no match of which changes stays a pattern


@pytest.mark.parametrize("family", ["traditional", "big5", "figurespaces", "wrapspaces", "pdf", "indented"])
def test_a_store_marker_dropped_in_the_original_is_dropped_in_every_shape(family: str, tmp_path: Path) -> None:
    """A doc store's marker for the text it hides (``……此处隐藏27862个字……``, gold ``body.drop``) is no body text in a
    transformed copy either: the pattern written for the original is carried through the transformation."""
    para = "全年实现地区生产总值290.58亿元，比上年增长6.5%，规模以上工业增加值增长8.1%，固定资产投资增长10.2%。"
    text = f"一、主要工作\n{para}\n……此处隐藏27862个字……\n二、下一步打算\n{para}\n(?m)不是规则\n1、加强领导。\n"
    body = {"first": "一、主要工作", "last": "1、加强领导。", "chrome": [], "joins": [], "breaks": []}
    gold = {"body": {**body, "drop": [r"……此处隐藏\d+个字……", r"(?m)^\d{1,3}、"]}, "outline": []}
    display = text.replace("……此处隐藏27862个字……\n", "").replace("1、", "")
    assert score_body(gold["body"], text, display)["missing_chars"] == 0
    v = FAMILIES[family](text, gold, None, random.Random(0))
    assert v is not None
    out = _text(v, tmp_path)
    shown = "\n".join(ln for ln in out.replace("\r", "").split("\n") if "此" not in ln and "處" not in ln)
    shown = re.sub(r"(?m)^\s*\d{1,3}、", "", shown)
    assert score_body(v.gold["body"], out, shown)["missing_chars"] == 0
    assert r"(?m)^\d{1,3}、" in v.gold["body"]["drop"]  # a pattern whose short matches the shape keeps stays itself


def test_the_one_line_gold_takes_a_paragraphs_lead_sentence_as_a_heading_below_its_own() -> None:
    from benchmarks.variant_transforms import one_line_outline

    text = (
        "一、工作回顾\n科技申报项目有成效。围绕重点产业，全年申报项目十二个。\n一是抓谋划。全年谋划项目八个。\n"
        "二、明年打算\n继续做好项目申报工作。"
    )
    outline = ["1|一、|工作回顾", "1|二、|明年打算"]
    assert one_line_outline(text, outline) == ["1|一、|工作回顾", "2||科技申报项目有成效", "1|二、|明年打算"]
    # a heading the text does not hold on a line of its own: the gold is left as it was
    assert one_line_outline(text, ["1|一、|工作总结"]) == ["1|一、|工作总结"]


def test_the_one_line_gold_never_takes_a_dash_lead_in_as_a_heading() -> None:
    # gold README: a `——…。` lead-in is never a heading, on one line or many (187, 671; found on 1516's variant)
    from benchmarks.variant_transforms import one_line_outline

    text = "一、工作回顾\n——突出提升发展质量。全年完成投资十亿元。\n——持续改善民生福祉。新增就业两千人。\n二、明年打算"
    outline = ["1|一、|工作回顾", "1|二、|明年打算"]
    assert one_line_outline(text, outline) == outline
