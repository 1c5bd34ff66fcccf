"""Score one report's parts against its gold: outline, metadata, body cleaning, indicators."""

from __future__ import annotations

import re
from typing import Any

from benchmarks.reading_score import (
    HTML_TAG_RE,
    PINYIN_LOWER_RE,
    PINYIN_RE,
    close_name,
    find_nth,
    heading_key,
    lcs_pairs,
    locate,
    match_spans,
    norm,
    norm_lines,
    norm_map,
    norm_spaced,
    parse_heading,
    prf,
    same_number,
    same_text,
)

META_FIELDS = ("title", "issuer", "date", "doc_number")
CLAUSE_SPLIT_RE = re.compile(r"[。；;！!？?,，:：]")


def score_outline(gold_lines: list[str], sections: Any) -> dict[str, Any]:
    from models.types import walk_sections

    gold = [parse_heading(line) for line in gold_lines]
    pred = [(s.level, s.label, s.title) for s in walk_sections(sections)]
    gk = [heading_key(*h) for h in gold]
    pk = [heading_key(*h) for h in pred]
    pairs = lcs_pairs(gk, pk)
    p, r, f1 = prf(len(pairs), len(gold), len(pred))
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    # missing (-) and extra (+) headings interleaved in document order, for reading side by side
    diff: list[str] = []
    i = j = 0
    for gi, pj in [*pairs, (len(gold), len(pred))]:
        diff.extend(f"- {lv}|{lb}|{t}" for lv, lb, t in gold[i:gi])
        diff.extend(f"+ {lv}|{lb}|{t}" for lv, lb, t in pred[j:pj])
        i, j = gi + 1, pj + 1
    return {
        "gold": len(gold),
        "pred": len(pred),
        "matched": len(pairs),
        "precision": p,
        "recall": r,
        "f1": f1,
        "missing": [f"{lv}|{lb}|{t}" for i, (lv, lb, t) in enumerate(gold) if i not in mg],
        "extra": [f"{lv}|{lb}|{t}" for j, (lv, lb, t) in enumerate(pred) if j not in mp],
        "diff": diff,
    }


def score_metadata(gold: dict[str, Any], meta: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in META_FIELDS:
        if f not in gold:
            continue
        got = getattr(meta, f, None) or None
        expected = gold[f] or None
        ok = got == expected if f == "date" else (got is None) == (expected is None) and norm(got) == norm(expected)
        out[f] = {"ok": ok, "got": got, "expected": expected}
    return out


def _unpipe(text: str) -> str:
    return text.replace("|", "").replace("｜", "")


def _clean_for_lookup(text: str) -> str:
    """The original with what a cleaner rightly removes (pinyin, HTML tags) taken out, for gold checks."""
    return PINYIN_RE.sub("", HTML_TAG_RE.sub("\n", text))


def _gold_forms(text: str | None) -> list[str]:
    """A gold string normalised as written and without the pinyin or tags it may have copied from the file."""
    if not text:
        return [""]
    return list(dict.fromkeys([norm(text), norm(_clean_for_lookup(text))]))


def _found_form(text: str | None, *haystacks: str) -> str:
    """The first normalised form of a gold string found in one of the haystacks; its plain form when none is."""
    forms = _gold_forms(text)
    return next((f for f in forms if f and any(f in h for h in haystacks)), forms[0])


def _without_chrome_lines(text: str, chrome: set[str]) -> str:
    """The text normalised with the gold's chrome lines taken out: a break or join may straddle one."""
    return "".join(nl for nl in norm_lines(text) if nl not in chrome)


COLUMN_GAP_RE = re.compile(r"(?<=\S) {8,}(?=\S)")


def _column_reading(text: str) -> str:
    """A page extracted as two columns side by side (a left-column line, a run of spaces, a right-column line)
    read column by column, as the clerk reads it; "" when fewer than three lines hold two columns."""
    left: list[str] = []
    right: list[str] = []
    split = 0
    for line in text.split("\n"):
        parts = COLUMN_GAP_RE.split(line.strip(), maxsplit=1)
        left.append(parts[0])
        if len(parts) == 2:
            right.append(parts[1])
            split += 1
    return "".join(norm_lines("\n".join(left + right))) if split >= 3 else ""


def _inside_chrome_line(text: str, pos: int, last: int, chrome: set[str]) -> bool:
    """The span pos..last lies inside one line of the text, and that line is chrome."""
    if "\n" in text[pos:last]:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return norm(text[start : end if end >= 0 else len(text)]) in chrome


def _unbroken(join: str, disp_spaced: str) -> bool:
    """The join stands in the display unbroken: no line break, no space where the gold has none; a space the
    gold copied from the file (around a figure, ``排名 10 强``) may be kept or dropped by the cleaner."""
    pattern = " ?".join(re.escape(piece) for piece in join.split(" "))
    return re.search(pattern, disp_spaced) is not None


def _broken_copies(line: str, lines: list[str]) -> int:
    """How many times ``line`` stands in the file broken over two or more consecutive lines (a report's own title
    under a store's one-line copy of it): joining them rightly gives a display line equal to the chrome copy."""
    count = 0
    for i, first in enumerate(lines):
        if not first or not line.startswith(first) or first == line:
            continue
        joined, j = first, i + 1
        while len(joined) < len(line) and j < len(lines) and line.startswith(joined + lines[j]):
            joined, j = joined + lines[j], j + 1
        count += joined == line
    return count


def score_body(body: dict[str, Any], original: str, display: str) -> dict[str, Any]:
    errors: list[str] = []
    file_lines = norm_lines(original)
    disp_lines = norm_lines(display)
    disp_norm = "".join(disp_lines)
    orig_norm = norm(original)
    chrome = [norm(c) for c in body.get("chrome", [])]
    chrome_left: list[str] = []
    for c in dict.fromkeys(chrome):
        if not c:
            continue
        gold_count = chrome.count(c)
        if c in file_lines:  # a whole line: count lines, and the copies the file breaks over lines (joined rightly)
            file_count, disp_count = file_lines.count(c) + _broken_copies(c, file_lines), disp_lines.count(c)
        elif c in orig_norm:  # a fragment of a line (one-line files): count occurrences
            file_count, disp_count = orig_norm.count(c), disp_norm.count(c)
        else:
            errors.append(f"chrome not in the file: {c}")
            continue
        left = max(0, disp_count - max(0, file_count - gold_count))
        chrome_left.extend([c] * left)

    missing: list[str] = []
    source = _clean_for_lookup(original)
    for pattern in body.get("drop", []):
        source = re.sub(pattern, "", source)
    for wrong, right in body.get("replace", []):  # garbling a cleaner rightly repairs
        source = source.replace(wrong, right)
    if body.get("replace"):  # a repair restoring a garbled gloss's bracket (經(jīng)) leaves the gloss to remove
        source = _clean_for_lookup(source)
    src_norm, src_map = norm_map(source)
    # a gold string copied with the file's pinyin or tags is looked up without them, as the source is
    first, last = _found_form(body.get("first"), src_norm), _found_form(body.get("last"), src_norm)
    # pinyin or tags left in the display text are not body text lost: look the body up without them too
    disp_bare = norm(_clean_for_lookup(display))
    # chrome lines are looked up as the body lines are: without the pinyin a cleaner rightly removes
    chrome_set = set(chrome) | {norm(_clean_for_lookup(c)) for c in body.get("chrome", [])}
    # breaks and joins are checked in the file with its chrome lines taken out too (a page number, a farm's
    # repeated title between the two halves is no text between them)
    src_free = _without_chrome_lines(source, chrome_set)
    src_cols = _column_reading(source)
    i0 = src_norm.find(first) if first else -1
    while i0 >= 0 and _inside_chrome_line(source, src_map[i0], src_map[i0 + len(first) - 1], chrome_set):
        i0 = src_norm.find(first, i0 + 1)  # the body never starts in a chrome line (a store's abstract copying it)
    i1 = src_norm.find(last, max(i0, 0)) if last else -1
    if first and i0 < 0:
        errors.append(f"body.first not in the file: {body.get('first')}")
    if last and i1 < 0:
        errors.append(f"body.last not in the file after body.first: {body.get('last')}")
    if i0 >= 0 and i1 >= 0:
        span = source[src_map[i0] : src_map[i1 + len(last) - 1] + 1]
        # table cell separators are layout, not text: a cleaner may drop a row's trailing "|"
        disp_cells = _unpipe(disp_norm) + "\n" + _unpipe(disp_bare)
        # a chrome fragment inside a line (a one-line file's store banner glued to the text) is no body text
        fragments = sorted((c for c in chrome if c and c not in file_lines and c in orig_norm), key=len, reverse=True)
        for line in span.split("\n"):
            nl = norm(line)
            if not nl or nl in chrome_set or nl in disp_norm or nl in disp_bare or _unpipe(nl) in disp_cells:
                continue
            for c in fragments:
                nl = nl.replace(c, "\n")  # the fragment also ends the clause it was glued into
            for clause in re.split(r"\n|" + CLAUSE_SPLIT_RE.pattern, nl):
                if clause and clause not in disp_norm and clause not in disp_bare and _unpipe(clause) not in disp_cells:
                    missing.append(clause)

    # joins: unbroken means no line break and no space inside (2010⏎年, 同比 下降)
    src_spaced, disp_spaced = norm_spaced(source), norm_spaced(display)
    compact = "\n".join(line for line in disp_lines if line)
    joins_ok: list[str] = []
    joins_wrong: list[str] = []
    for j in body.get("joins", []):
        if not any(f in src_norm or f in src_free or f in src_cols for f in _gold_forms(j)):
            errors.append(f"join not in the file: {j}")
        elif norm_spaced(j) in src_spaced:
            errors.append(f"join not split by a line break or space in the file: {j}")
        # a join or break written with the file's pinyin is also looked up without it (the cleaner removes it)
        bare_j = norm_spaced(_clean_for_lookup(j))
        found = _unbroken(norm_spaced(j), disp_spaced) or _unbroken(bare_j, disp_spaced)
        (joins_ok if found else joins_wrong).append(j)
    breaks_ok: list[str] = []
    breaks_wrong: list[str] = []
    for a, b in body.get("breaks", []):
        pairs = {fa + fb for fa in _gold_forms(a) for fb in _gold_forms(b)}
        if not any(p in src_norm or p in src_free or p in src_cols for p in pairs):
            errors.append(f"break not in the file: {a}⏎{b}")
        bare = f"{norm(_clean_for_lookup(a))}\n{norm(_clean_for_lookup(b))}"
        (breaks_ok if f"{norm(a)}\n{norm(b)}" in compact or bare in compact else breaks_wrong).append(f"{a}⏎{b}")
    return {
        "chrome_left": chrome_left,
        "missing": missing,
        "missing_chars": sum(len(m) for m in missing),
        "joins_ok": len(joins_ok) + len(breaks_ok),
        "joins_wrong": joins_wrong + breaks_wrong,
        "errors": errors,
    }


def score_indicators(
    gold: dict[str, Any],
    display: str,
    original: str,
    sections: Any,
    source: str | None = None,
    chrome: list[str] | None = None,
) -> dict[str, Any]:
    """Score the reader's indicators; `source` is a .docx's own XML text, where the gold was copied from.

    `chrome` is the body gold's chrome lines: a quote copied across one (a page number between a figure and its unit,
    1998) is also looked for without it, as the clerk reads it once the page's debris is gone."""
    from models.suggest import suggest

    preds = [s for s in suggest(display, sections) if s.kind == "指标"]
    disp_norm, disp_map = norm_map(display)
    orig_norm = norm(_clean_for_lookup(original))
    orig_raw = norm(original)
    # a .docx quote may keep a paragraph the reader drops (a page number inside a sentence: 669): lost, not wrong
    in_file = (orig_norm, orig_raw) if source is None else (orig_norm, orig_raw, norm(source))
    located: list[tuple[int, int]] = []
    located_items: list[dict[str, Any]] = []
    lost: list[str] = []
    gold_errors: list[str] = []
    for item in gold.get("indicators", []):
        occurrence = int(item.get("occurrence", 1))
        # a quote copied with the file's pinyin (區(qū)) is found in a display text without it too
        forms = dict.fromkeys([item["quote"], PINYIN_RE.sub("", item["quote"]), PINYIN_LOWER_RE.sub("", item["quote"])])
        if chrome and "\n" in item["quote"]:
            debris = {c.strip() for c in chrome}
            kept = "\n".join(line for line in item["quote"].split("\n") if line.strip() not in debris)
            forms[kept] = None
        span = next((s for q in forms if (s := locate(disp_norm, disp_map, q, occurrence))), None)
        if span is not None:
            located.append(span)
            located_items.append(item)
        elif any(find_nth(o, norm(q), occurrence) >= 0 for q in forms for o in in_file):
            lost.append(item["quote"])  # in the file, not in the display text: cleaning lost it
        else:
            gold_errors.append(item["quote"])
    pairs = match_spans(located, [(s.start, s.end) for s in preds])
    fields = {"value": 0, "unit": 0, "change": 0, "kind": 0, "all": 0, "name": 0}
    names: list[str] = []
    wrong: list[str] = []
    for gi, pi in pairs:
        g, a = located_items[gi], preds[pi].attributes
        ok = {
            "value": same_number(g.get("value"), a.get("value")),
            "unit": same_text(g.get("unit"), a.get("unit")),
            "change": same_number(g.get("change"), a.get("change"))
            and (g.get("change") is None or same_text(g.get("change_unit"), a.get("change_unit"))),
            "kind": g.get("kind") == a.get("kind"),
        }
        ok["all"] = all(ok.values())
        for k, v in ok.items():
            fields[k] += v
        # the name is scored apart from the four fields (free text, judged loosely): a clerk reads it first
        if close_name(g.get("name"), a.get("name")):
            fields["name"] += 1
        else:
            names.append(f"{g['quote']}  name got {a.get('name')!r}  expected {g.get('name')!r}")
        if not ok["all"]:
            got = f"{a.get('value')} {a.get('unit')} Δ{a.get('change')} {a.get('change_unit')} {a.get('kind')}"
            exp = f"{g.get('value')} {g.get('unit')} Δ{g.get('change')} {g.get('change_unit')} {g.get('kind')}"
            bad = ",".join(k for k, v in ok.items() if not v and k != "all")
            wrong.append(f"{g['quote']}  [{bad}]  got {got}  expected {exp}")
    mg = {gi for gi, _ in pairs}
    mp = {pi for _, pi in pairs}
    n_gold = len(located) + len(lost)
    p, r, f1 = prf(len(pairs), n_gold, len(preds))
    return {
        "gold": n_gold,
        "pred": len(preds),
        "matched": len(pairs),
        "precision": p,
        "recall": r,
        "f1": f1,
        "fields": fields,
        "missed": [located_items[i]["quote"] for i in range(len(located)) if i not in mg] + lost,
        "lost_in_cleaning": lost,
        "extra": [
            f"{preds[i].text}  ({preds[i].attributes.get('value')} {preds[i].attributes.get('unit')})"
            for i in range(len(preds))
            if i not in mp
        ],
        "wrong_fields": wrong,
        "wrong_names": names,
        "gold_errors": gold_errors,
    }
