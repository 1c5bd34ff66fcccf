"""Regenerate the English catalogue: lupdate over ui/, keep the English already in the .ts, lrelease to .qm.

Run from the repository root: ``python resources/translations/update.py``. Source strings are
Simplified Chinese (the default UI); ``reportmark_en.ts`` is the one place the English lives. A new
string comes out "unfinished" (the script lists it): write its English into the .ts (by hand or
with Qt Linguist) and run the script again to rebuild the .qm. ``tests/ui/test_translations.py``
fails while any message is unfinished.

lupdate misreads ``tr = QCoreApplication.translate; tr("ctx", "中文")`` (it takes ``tr`` for a member
``tr(source, disambiguation)``), so after lupdate the calls to any alias of ``QCoreApplication.translate``
are read here with ``ast`` and the catalogue is corrected: the misread entries are dropped and the real
(context, source) pairs are added. Their English, which lupdate has just dropped as obsolete, is put
back from the catalogue as it was before the run.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "reportmark_en.ts"
QM = HERE / "reportmark_en.qm"
BIN = Path(sys.executable).parent


def finished_translations(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) -> English`` of every finished message in the catalogue at ``path``."""
    found: dict[tuple[str, str], str] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and (translation.text or "").strip():
                found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def _is_translate(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and getattr(node.value, "id", "") == ("QCoreApplication")
    )


def aliased_translate_calls(path: Path) -> list[tuple[str, str, int]]:
    """``(context, source, line)`` of calls through a name bound to QCoreApplication.translate, other than
    ``translate`` itself (which lupdate reads correctly)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {
        t.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_translate(node.value)
        for t in node.targets
        if isinstance(t, ast.Name) and t.id != "translate"
    }
    calls = []
    for node in ast.walk(tree):
        # lupdate also misses translate(context, source, "", n), a count's call (%n), whatever the name
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in aliases or (node.func.id == "translate" and len(node.args) == 4):
            args = node.args[:2]
            if len(args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                context, source = (a.value for a in args if isinstance(a, ast.Constant))
                calls.append((str(context), str(source), node.lineno))
    return calls


def fix_aliased_calls(tree: ET.ElementTree[ET.Element], sources: list[str]) -> None:
    """Replace lupdate's misreadings of aliased translate() calls by the real catalogue entries."""
    root = tree.getroot()
    assert root is not None
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for rel in sources:
        calls = aliased_translate_calls(ROOT / rel)
        if not calls:
            continue
        misread = {(ctx, src) for ctx, src, _ in calls}
        for context in list(root.iter("context")):
            for message in list(context.iter("message")):
                if (message.findtext("source"), message.findtext("comment")) in misread:
                    context.remove(message)
            if context.find("message") is None:
                root.remove(context)
                contexts.pop(context.findtext("name") or "", None)
        for ctx, src, line in calls:
            if ctx not in contexts:
                contexts[ctx] = ET.SubElement(root, "context")
                ET.SubElement(contexts[ctx], "name").text = ctx
            found = [m for m in contexts[ctx].iter("message") if m.findtext("source") == src]
            if found:
                message = found[0]
            else:
                message = ET.SubElement(contexts[ctx], "message")
                ET.SubElement(message, "source").text = src
                ET.SubElement(message, "translation").set("type", "unfinished")
            where = {"filename": f"../../{rel}", "line": str(line)}
            if all(loc.attrib != where for loc in message.findall("location")):
                message.insert(len(message.findall("location")), ET.Element("location", where))
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    ET.indent(tree, space="    ")


def model_messages() -> list[tuple[str, str, int]]:
    """``(file, template, line)`` of every ``message("…", …)`` in ``models/``: the domain's sentences for the
    clerk, whose Chinese template is their id (``models/errors.py``); their English goes under context "models"."""
    found = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((str(path.relative_to(ROOT)), node.args[0].value, node.lineno))
    return found


def add_model_messages(tree: ET.ElementTree[ET.Element]) -> None:
    """Put the domain's message templates into the catalogue (lupdate reads only ui/ and main.py)."""
    root = tree.getroot()
    assert root is not None
    for context in list(root.iter("context")):
        if context.findtext("name") == "models":
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "models"
    messages: dict[str, ET.Element] = {}
    for rel, template, line in model_messages():
        if template not in messages:
            messages[template] = ET.SubElement(context, "message")
            ET.SubElement(messages[template], "source").text = template
            ET.SubElement(messages[template], "translation").set("type", "unfinished")
        where = ET.Element("location", {"filename": f"../../{rel}", "line": str(line)})
        messages[template].insert(len(messages[template].findall("location")), where)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for c in ordered:
        root.remove(c)
    root.extend(ordered)
    ET.indent(tree, space="    ")


def numerus_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """``(context, source) -> [singular, plural]`` of every finished message that carries a count (``%n``)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and forms and all(f.strip() for f in forms):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def restore_numerus(tree: ET.ElementTree[ET.Element], before: dict[tuple[str, str], list[str]]) -> None:
    """Give back the English forms of the counted messages: lupdate does not see ``translate(ctx, src, "", n)``
    as one, and turns the message into a plain unfinished one."""
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            forms = before.get((context.findtext("name") or "", message.findtext("source") or ""))
            translation = message.find("translation")
            if forms is None or translation is None:
                continue
            message.set("numerus", "yes")
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(tree, space="    ")


def main() -> int:
    before = finished_translations(TS)
    counted = numerus_forms(TS)
    # a string that moved to another context keeps its English (the first one found)
    by_source: dict[str, str] = {}
    for (_context, source), english in before.items():
        by_source.setdefault(source, english)
    # the window's strings, and the command line's own lines and help (main.py; context "cli")
    sources = [*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")), "main.py"]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    fix_aliased_calls(tree, sources)
    add_model_messages(tree)
    restore_numerus(tree, counted)
    context_of = {m: c.findtext("name") or "" for c in tree.iter("context") for m in c.iter("message")}
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is None and (translation.text or "").strip():
            continue
        forms = translation.findall("numerusform")  # a count's forms, which lupdate keeps itself
        if forms and translation.get("type") is None and all((f.text or "").strip() for f in forms):
            continue
        english = before.get((context_of[message], source), by_source.get(source))
        if english is not None:
            translation.text = english
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # written beside and then renamed over the old one: a running window (or test run) has the old .qm mapped
    # in memory, and rewriting that file in place kills it with SIGBUS at its next translation
    fresh = QM.with_suffix(".qm.new")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True)
    os.replace(fresh, QM)
    for source in missing:
        print("untranslated:", source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
