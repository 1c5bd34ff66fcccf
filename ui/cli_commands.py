"""The command line's subcommands: each handler calls the domain (models.ops and friends) and prints its outcome.

``main.py`` parses the arguments and turns errors into one line; the handlers here do the
work of one subcommand each, printing through ``ui.cli_text.translate`` in the language of ``--lang``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from typing import Any

from models import doc_fields
from models.errors import in_language
from models.types import AnnotationStatus
from ui.cli_text import translate

_OPENED: list[Any] = []  # the projects this command opened, closed when it ends (close_opened)


def _open(args: argparse.Namespace, *, create: bool = False, reading: bool = False) -> Any:
    """The project of ``--project`` (or the default one); only `gui` and `import` may create it.

    ``reading``: the command only reads (list, search, export, compare), so a project in a read-only folder is
    opened read-only rather than refused, as the window offers.
    """
    from models import ops, paths
    from models.store.diskerrors import ProjectReadOnly

    path = args.project or paths.default_project_path()
    try:
        store = ops.open_project(path, create=create)
    except ProjectReadOnly:
        if not reading:
            raise
        store = ops.open_project(path, create=False, readonly=True)
    _OPENED.append(store)
    return store


def close_opened() -> None:
    """Close the projects the command opened: the last close folds the write-ahead log into the project file, so
    the one ``.reportmark`` a clerk copies afterwards holds everything (an unclosed project kept it in ``-wal``)."""
    while _OPENED:
        with contextlib.suppress(Exception):  # closing never turns a finished command into a failure
            _OPENED.pop().close()


def _ids(text: str | None) -> list[int] | None:
    if not text:
        return None
    try:
        return [int(x) for x in text.replace("，", ",").split(",") if x.strip()]
    except ValueError:
        from models.errors import ReportMarkError

        raise ReportMarkError(translate("cli", "文档编号应为数字，用逗号分隔：{0}").format(text)) from None


def _section_json(s: Any) -> dict[str, Any]:
    return {
        "level": s.level,
        "label": s.label,
        "title": s.title,
        "start": s.start,
        "end": s.end,
        "children": [_section_json(c) for c in s.children],
    }


def cmd_inspect(args: argparse.Namespace) -> int:
    from models.ingest import parse_file
    from models.ingest.metadata_options import FIELDS, options_for_parsed

    doc = parse_file(args.file)
    m = doc.metadata
    options = options_for_parsed(doc)
    data: dict[str, Any] = {
        "title": m.title,
        "issuer": m.issuer,
        "date": m.date,
        "doc_number": m.doc_number,
        "script": doc.script,
        "text_length": len(doc.display_text),
        "sections": [_section_json(s) for s in doc.sections],
        "suspect": [{"start": s.start, "end": s.end, "original": s.original} for s in doc.suspects],
        "options": options.as_json(),  # what the clerk may choose instead, best first
    }
    if getattr(args, "debug", False):  # why each metadata field was chosen (STYLE.md §11)
        data["metadata_extra"] = dict(m.extra)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(
            translate("cli", "标题：{0}\n发布机构：{1}\n日期：{2}\n文号：{3}").format(
                m.title or "—", m.issuer or "—", m.date or "—", m.doc_number or "—"
            )
        )
        for key, value in data.get("metadata_extra", {}).items():
            print(f"  {key}：{value}")
        names = {
            "title": translate("cli", "标题候选："),
            "issuer": translate("cli", "发布机构候选："),
            "date": translate("cli", "日期候选："),
        }
        for name in FIELDS:
            top = options.of(name)[:3]
            if top:
                option, sep = translate("cli", "{0}（{1}）"), translate("cli", "；")  # the source's name: models'
                print(names[name] + sep.join(option.format(o.value, o.source) for o in top))
        script = translate("cli", "繁体") if doc.script == "traditional" else translate("cli", "简体")
        print(translate("cli", "字体：{0}　正文长度：{1}").format(script, len(doc.display_text)))
        from models.types import walk_sections

        for sec in walk_sections(doc.sections):
            print("  " * sec.level + f"{sec.label}{sec.title}")
        for sus in doc.suspects:
            print(translate("cli", "疑似乱码 [{0}-{1}]：{2}").format(sus.start, sus.end, sus.original))
    return 0


def _progress_printer() -> Callable[[int, int, str], None]:
    """Progress on stderr, one line per file and per OCR page, so stdout keeps only the outcome lines."""
    last = [""]

    def show(done: int, total: int, label: str) -> None:
        if not label or label == last[0]:
            return
        last[0] = label
        page = "（文字识别" in label  # a scanned page: the file's own counter was printed already
        said = in_language(label, translate)  # models/ writes Chinese; --lang en reads English
        print(f"  {said}" if page else f"[{done + 1}/{total}] {said}", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from models import ops

    store = _open(args, create=True)
    outcomes, _ = ops.import_files(store, args.files, progress=_progress_printer())
    labels = {
        "imported": translate("cli", "已导入：{0}"),
        "duplicate": translate("cli", "已存在：{0}"),
    }
    for o in outcomes:
        if o.status == "refused":  # the reason comes from models in Chinese; --lang en reads it in English
            line = translate("cli", "已拒绝：{0}：{1}").format(o.path, in_language(o.message, translate))
        else:
            line = labels[o.status].format(o.path)
        if o.document is not None:
            line += translate("cli", "（文档 {0}：{1}）").format(o.document.id, o.document.title)
        print(line)
    return 1 if any(o.status == "refused" for o in outcomes) or not outcomes else 0


def cmd_dedupe(args: argparse.Namespace) -> int:
    from models import ops
    from models.store.window_lock import holder_of

    store = _open(args)
    if store.path is not None and holder_of(store.path) is not None and not args.dry_run:
        # the window's undo steps name these annotations: merging under it would leave them pointing nowhere
        print(
            translate("cli", "错误：项目正在窗口中打开。请在窗口中用“工具 › 合并重复标注…”，或先关闭窗口再运行。"),
            file=sys.stderr,
        )
        return 1
    if args.dry_run:
        print(translate("cli", "有 {0} 条重复标注可合并（未改动项目）。").format(store.annotations.count_twins()))
        return 0
    store.backup()
    merges, _ = ops.merge_twin_annotations(store)
    removed = sum(len(m.removed) for m in merges)
    print(translate("cli", "已合并 {0} 条重复标注（保留字段较全的一条，备注合在一起）。").format(removed))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store = _open(args, reading=True)
    docs = store.documents.all()
    if args.json:
        rows = [
            {
                "id": d.id,
                "title": None if doc_fields.untitled(d) else d.title,  # its file name is source_name
                "issuer": d.issuer,
                "date": d.date,
                "doc_number": d.doc_number,
                "script": d.script,
                "source_name": d.source_name,
                "text_length": d.text_length,
                "annotations": store.annotations.count(d.id),
            }
            for d in docs
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for d in docs:
            title = translate("cli", "（无标题）{0}").format(d.source_name) if doc_fields.untitled(d) else d.title
            print(f"{d.id}\t{d.date or '—'}\t{d.issuer or '—'}\t{title}")
        if not docs:
            print(translate("cli", "项目中没有报告。"))
    return 0


def _suggest_project(args: argparse.Namespace) -> int:
    """No target: store suggestions of every report of the project, for review in the window."""
    from models.suggest import run_suggestions

    store = _open(args)
    status = AnnotationStatus.ACCEPTED if args.accept else AnnotationStatus.SUGGESTED
    done = []
    for doc in store.documents.all():
        changes = run_suggestions(store, doc.id, status=status)
        done.append({"document_id": doc.id, "title": doc.title, "stored": len(changes.annotations)})
    if args.json:
        print(json.dumps(done, ensure_ascii=False, indent=2))
    else:
        what = translate("cli", "条标注") if args.accept else translate("cli", "条建议（在窗口中审阅）")
        for d in done:
            print(
                translate("cli", "文档 {0}：新增 {1} {2}").format(d["document_id"], d["stored"], what)
                + f"\t{d['title']}"
            )
        total = sum(d["stored"] for d in done)
        print(translate("cli", "共 {0} 份报告，新增 {1} {2}").format(len(done), total, what))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from models import importing
    from models.compare.refs import is_document_id
    from models.suggest import run_suggestions, suggest

    if args.target is None:
        return _suggest_project(args)
    is_doc_id = is_document_id(args.target)
    if args.accept:
        store = _open(args)
        if is_doc_id:
            doc_id = store.documents.get(int(args.target)).id
        else:
            outcome = importing.import_file(store, args.target)
            if outcome.document is None:
                from models.errors import ReportMarkError

                raise ReportMarkError(outcome.message)
            doc_id = outcome.document.id
        changes = run_suggestions(store, doc_id, status=AnnotationStatus.ACCEPTED)
        print(translate("cli", "文档 {0}：已存入 {1} 条标注").format(doc_id, len(changes.annotations)))
        return 0
    if is_doc_id:
        store = _open(args)
        doc_id = int(args.target)
        text, sections = store.documents.display_text(doc_id), store.documents.sections(doc_id)
    else:
        from models.ingest import parse_file

        parsed = parse_file(args.target)
        text, sections = parsed.display_text, parsed.sections
    items: list[dict[str, Any]] = [
        {
            "tag": s.kind,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "attributes": s.attributes,
            "confidence": round(s.confidence, 3),
        }
        for s in suggest(text, sections)
    ]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for it in items:
            attrs = it["attributes"]
            value = f"  = {attrs.get('value')}{attrs.get('unit') or ''}" if "value" in attrs else ""
            print(f"{it['tag']}\t[{it['start']}-{it['end']}]\t{it['text']}{value}")
        print(translate("cli", "共 {0} 条建议").format(len(items)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from models.errors import ReportMarkError
    from models.export import export_annotations, export_target

    store = _open(args, reading=True)
    fmt = args.format or (args.out.suffix.lstrip(".").lower() or "csv")
    args.out = export_target(args.out, fmt)
    tag_ids = None
    if args.tags:
        tag_ids = []
        for name in args.tags.replace("，", ",").split(","):
            tag = store.tags.find(name.strip())
            if tag is None:
                raise ReportMarkError(translate("cli", "项目中没有名为“{0}”的标签。").format(name.strip()))
            tag_ids.append(tag.id)
    statuses = (
        (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED)
        if args.include_suggested
        else (AnnotationStatus.ACCEPTED,)
    )
    n = export_annotations(
        store,
        args.out,
        fmt=fmt,
        tag_ids=tag_ids,
        document_ids=_ids(args.docs),
        statuses=statuses,
        english_headers=args.english,
        encoding="gb18030" if args.gb18030 else "utf-8-sig",
    )
    print(translate("cli", "已导出 {0} 条标注到 {1}").format(n, args.out))
    if not args.include_suggested:
        tags = None if tag_ids is None else {c for t in tag_ids for c in store.tags.with_descendants(t)}
        waiting = store.annotations.count_filtered(
            document_ids=_ids(args.docs), tag_ids=tags, statuses=(AnnotationStatus.SUGGESTED,)
        )
        if waiting:
            print(
                translate("cli", "另有 {0} 条建议尚未确认（在窗口中审阅，或加 --include-suggested 一并导出）。").format(
                    waiting
                )
            )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from models.search import search_text

    store = _open(args, reading=True)
    hits = search_text(store, args.query)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
    else:
        for h in hits:
            print(f"{h.document_id}\t{h.title}\t{h.section_path}\t{h.snippet}")
        print(translate("cli", "共 {0} 处").format(len(hits)))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from models.compare import compare_documents
    from models.compare.format import format_side
    from models.compare.refs import resolve_pair

    store, a, b = resolve_pair(args.a, args.b, lambda: _open(args, reading=True))
    comparison = compare_documents(store, a, b)
    result = comparison.to_json()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for pair in result["pairs"]:
        left, right = pair["left"], pair["right"]
        print(f"{left['label']}{left['title']}  ⇄  {right['label']}{right['title']}  ({pair['score']:.2f})")
    for ind in result["indicators"]:
        scale = [s["value"] for s in (ind["left"], ind["right"]) if s is not None]
        left_text = format_side(ind["left"], scale_with=scale)
        right_text = format_side(ind["right"], scale_with=scale)
        print(f"{ind['name']}：{left_text} | {right_text}")
    notes = {
        ("left", "found"): translate("cli", "注：左文档尚无指标标注，以上为临时找出的指标建议（未存入项目）。"),
        ("right", "found"): translate("cli", "注：右文档尚无指标标注，以上为临时找出的指标建议（未存入项目）。"),
        ("left", "none"): translate("cli", "注：左文档没有可用的指标。"),
        ("right", "none"): translate("cli", "注：右文档没有可用的指标。"),
    }
    for side, source in (("left", comparison.left_source), ("right", comparison.right_source)):
        if (side, source) in notes:
            print(notes[side, source])
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(
        args.project,  # None: the project used last (else the default one)
        lang=args.lang,
        screenshot=args.screenshot,
        quit_after_paint=args.quit_after_paint,
    )


COMMANDS = {
    "gui": cmd_gui,
    "import": cmd_import,
    "inspect": cmd_inspect,
    "list": cmd_list,
    "dedupe": cmd_dedupe,
    "suggest": cmd_suggest,
    "export": cmd_export,
    "search": cmd_search,
    "compare": cmd_compare,
}
