"""Regenerate the English catalogue: lupdate over ui/, fill translations from EN below, lrelease to .qm.

Run from the repository root: ``python resources/translations/update.py``. Source strings are
Simplified Chinese (the default UI); a string missing from EN stays "unfinished" and shows in Chinese.

Screens added later (ui/review, ui/export, ui/search, ui/compare …) bring their own English in a file
``ui/<screen>/i18n_en.py`` holding one dict literal ``EN = {"中文": "English", ...}``; it is read with
``ast.literal_eval`` (never imported) and merged here, so nobody needs to edit this file. Such a file may
also hold ``EN_IN_CONTEXT = {("Context", "中文"): "English"}`` for a word whose English depends on the place.

lupdate misreads ``tr = QCoreApplication.translate; tr("ctx", "中文")`` (it takes ``tr`` for a member
``tr(source, disambiguation)``), so after lupdate the calls to any alias of ``QCoreApplication.translate``
are read here with ``ast`` and the catalogue is corrected: the misread entries are dropped and the real
(context, source) pairs are added.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "reportmark_en.ts"
QM = HERE / "reportmark_en.qm"
BIN = Path(sys.executable).parent

EN = {
    "标签": "Tag",
    "文字": "Text",
    "所在章节": "Section",
    "备注": "Note",
    "数值": "Value",
    "单位": "Unit",
    "按标签筛选：": "Filter by tag:",
    "全部标签": "All tags",
    "共 {0} 处标注": "{0} annotations",
    "显示 {0} / 共 {1} 处标注": "Showing {0} of {1} annotations",
    "没有设置快捷键 {0} 的标签。": "No tag has the shortcut key {0}.",
    "请先打开一篇文档。": "Open a document first.",
    "原文视图为只读，请切换回整理后的文本再标注。": (
        "The original text is read-only; switch back to the cleaned text to annotate."
    ),
    "请先选中要标注的文字，或点击一处标注。": "Select some text to annotate, or click an annotation first.",
    "不能标注空白内容，请选中文字。": "Blank text cannot be annotated; please select some words.",
    "已标注为“{0}”：{1}": "Tagged as “{0}”: {1}",
    "标注为": "Tag as",
    "标签：": "Tag:",
    "疑似乱码：": "Possibly garbled: ",
    "建议修复：": "Proposed repair: ",
    "更改标签为": "Change tag to",
    "编辑备注…": "Edit Note…",
    "删除标注": "Delete Annotation",
    "标题：": "Title:",
    "发布机构：": "Issuer:",
    "日期：": "Date:",
    "文号：": "Doc. number:",
    "索引号：": "Index number:",
    "字形：": "Script:",
    "来源文件：": "Source file:",
    "待核对的疑似乱码": "Possibly garbled text to check",
    "关键词：": "Keywords:",
    "本文档的备忘（自动保存）": "Memo for this document (saved automatically)",
    "备忘": "Memo",
    "繁体（已转为简体显示）": "Traditional (shown as simplified)",
    "简体": "Simplified",
    "待核对的疑似乱码（{0} 处）": "Possibly garbled text to check ({0})",
    "筛选文档（标题、机构、日期）": "Filter documents (title, issuer, date)",
    "文件(&F)": "&File",
    "新建项目…": "New Project…",
    "打开项目…": "Open Project…",
    "最近的项目": "Recent Projects",
    "导入报告…": "Import Reports…",
    "导入文件夹…": "Import Folder…",
    "退出": "Quit",
    "编辑(&E)": "&Edit",
    "撤销": "Undo",
    "重做": "Redo",
    "标注为…": "Tag As…",
    "视图(&V)": "&View",
    "显示原文": "Show Original",
    "恢复默认布局": "Reset Layout",
    "工具(&T)": "&Tools",
    "编辑标签…": "Edit Tags…",
    "首选项…": "Preferences…",
    "帮助(&H)": "&Help",
    "关于报告标注": "About ReportMark",
    "工具栏": "Toolbar",
    "报告标注项目 (*{0});;所有文件 (*)": "ReportMark projects (*{0});;All files (*)",
    "新建项目": "New Project",
    "文件“{0}”已存在，请用“打开项目”。": "The file “{0}” already exists; use Open Project instead.",
    "打开项目": "Open Project",
    "（无）": "(none)",
    "导入报告": "Import Reports",
    "报告 (*.txt *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)": "Reports (*.txt *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)",
    "导入文件夹中的报告": "Import the Reports in a Folder",
    (
        "报告标注 ReportMark\n\n阅读、标注、导出和比较政府工作报告。\n"
        "选中文字后按数字键 1–9 即可标注；点击标注可更改标签、编辑备注或删除。"
    ): (
        "ReportMark (报告标注)\n\nRead, annotate, export and compare government work reports.\n"
        "Select text and press a digit key 1–9 to tag it; click an annotation to retag it, edit its note or delete it."
    ),
    "文档": "Documents",
    "目录": "Outline",
    "文档信息": "Document Info",
    "标注列表": "Annotations",
    "报告标注": "ReportMark",
    "正在导入……": "Importing…",
    "正在显示原文（只读）": "Showing the original text (read-only)",
    "正在显示整理后的文本": "Showing the cleaned text",
    "编辑备注": "Edit Note",
    "写下对这处标注的说明……": "Write a note about this annotation…",
    "（未识别出标题）": "(no headings found)",
    "首选项": "Preferences",
    "例如：张三": "e.g. Zhang San",
    "界面语言：": "Language:",
    "标注人：": "Annotator:",
    "更改界面语言后，请重新启动程序。": "Restart ReportMark after changing the language.",
    "删除标签": "Delete Tag",
    "标签“{0}”已用于 {1} 处标注。删除标签时如何处理这些标注？": (
        "The tag “{0}” is used by {1} annotations. What should happen to them?"
    ),
    "移到其他标签…": "Move to Another Tag…",
    "一并删除标注": "Delete the Annotations",
    "移到其他标签": "Move to Another Tag",
    "把这些标注移到：": "Move these annotations to:",
    "选择颜色": "Choose a Colour",
    "编辑标签": "Edit Tags",
    "查找标签（名称或拼音首字母）": "Find a tag (name or pinyin initials)",
    "快捷键": "Key",
    "标注数": "Used",
    "无": "None",
    "名称：": "Name:",
    "颜色：": "Colour:",
    "上级标签：": "Parent tag:",
    "快捷键：": "Shortcut key:",
    "说明：": "Description:",
    "新建标签": "New Tag",
    "新建子标签": "New Child Tag",
    "上移": "Move Up",
    "下移": "Move Down",
    "（无，顶层标签）": "(none: top-level tag)",
    "新标签": "New tag",
    "调整标签顺序": "Reorder Tags",
    "请先移动或删除“{0}”的子标签。": "Move or delete the child tags of “{0}” first.",
    "查找标签（可输入拼音首字母，如 zb）": "Find a tag (pinyin initials work, e.g. zb)",
    "取消": "Cancel",
    "请稍候": "Please Wait",
    "添加标注": "Add Annotation",
    "更改标签": "Change Tag",
    "编辑属性": "Edit Attributes",
    "修改标签": "Edit Tag",
    "抱歉，出现了意外错误，刚才的操作没有完成。详细信息已记录在日志文件中。": (
        "Sorry, something unexpected went wrong and the last action was not completed. "
        "The details have been written to the log file."
    ),
    "日志文件：{0}": "Log file: {0}",
    "已导入 {0} 个文件，已存在 {1} 个，未能导入 {2} 个。": (
        "{0} files imported, {1} already in the project, {2} could not be imported."
    ),
    "{0}：已在项目中": "{0}: already in the project",
    "……另有 {0} 个文件未能导入。": "…and {0} more files could not be imported.",
    "导入完成": "Import Finished",
    "正在导入报告……": "Importing reports…",
    "已删除文档“{0}”。": "Deleted the document “{0}”.",
    "打开": "Open",
    "从项目中删除…": "Remove from Project…",
    "从项目中删除“{0}”及其 {1} 处标注？此操作不能撤销。": (
        "Remove “{0}” and its {1} annotations from the project? This cannot be undone."
    ),
    "删除文档": "Remove Document",
    "按数字键改标签，Enter 编辑备注，Del 删除": "Digit key: change tag · Enter: edit note · Del: delete",
}

# Where one Chinese word needs different English in different places.
EN_IN_CONTEXT = {
    ("MainWindow", "标签"): "Tags",
}


def _literal_dicts(path: Path) -> dict[str, dict[Any, str]]:
    """The dict literals assigned at module level in ``path``, by target name (never imported)."""
    found: dict[str, dict[Any, str]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in ("EN", "EN_IN_CONTEXT"):
                    found[target.id] = ast.literal_eval(node.value)
    return found


def screen_translations() -> dict[str, str]:
    """The EN dicts of ``ui/**/i18n_en.py`` files (dict literals only)."""
    merged: dict[str, str] = {}
    for path in sorted((ROOT / "ui").rglob("i18n_en.py")):
        merged.update(_literal_dicts(path).get("EN", {}))
    return merged


def screen_context_translations() -> dict[tuple[str, str], str]:
    """The EN_IN_CONTEXT dicts of ``ui/**/i18n_en.py`` files."""
    merged: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "ui").rglob("i18n_en.py")):
        merged.update(_literal_dicts(path).get("EN_IN_CONTEXT", {}))
    return merged


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
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in aliases:
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
            location = ET.Element("location", filename=f"../../{rel}", line=str(line))
            message.insert(len(message.findall("location")), location)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    ET.indent(tree, space="    ")


def main() -> int:
    english_for = {**screen_translations(), **EN}
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    fix_aliased_calls(tree, sources)
    in_context = {**screen_context_translations(), **EN_IN_CONTEXT}
    context_of = {m: c.findtext("name") or "" for c in tree.iter("context") for m in c.iter("message")}
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = in_context.get((context_of[message], source), english_for.get(source))
        if english is not None:
            translation.text = english
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print("untranslated:", source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
