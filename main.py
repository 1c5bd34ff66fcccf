"""ReportMark command line: `gui` (default), import, inspect, list, suggest, export, search, compare.

Every subcommand calls the same domain functions as the GUI (models.ops and friends);
errors are one plain line on stderr and exit status 1 (``--debug`` shows the traceback).
The grammar (subcommands, options, help, argparse's own messages in the language of --lang) is below, then `main`;
the handler of each subcommand is in `ui/cli_commands.py`.
"""

from __future__ import annotations

import argparse
import gettext
import sys
from collections.abc import Sequence
from pathlib import Path

from models.errors import in_language
from ui.cli_commands import COMMANDS, close_opened
from ui.cli_text import translate, use_language

# argparse's own messages, in the clerk's language (it looks each one up through its module-level `_`).
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项不明确：%(option)s 可以是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "需要参数 %s 之一",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
    "subcommands": "命令",
}


def _version() -> str:
    from models.version import app_version

    return app_version()


def _argparse_in(lang: str | None) -> None:
    """argparse's own messages in Chinese, or its own English under ``--lang en``."""
    if lang == "en":
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
    else:
        argparse._ = lambda text: _ARGPARSE_ZH.get(text, text)  # type: ignore[attr-defined]


def lang_of(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given before the subcommand name, read before the parser (and its help) is built."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang


def _project_arg(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Subcommands must not overwrite a --project given before the subcommand name.
    default = None if top else argparse.SUPPRESS
    p.add_argument(
        "--project", type=Path, default=default, help=translate("cli", "项目文件（默认：用户数据目录中的默认项目）")
    )


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The parser, its help in the language of ``lang`` (call ``ui.cli_text.use_language(lang)`` first)."""
    _argparse_in(lang)
    parser = argparse.ArgumentParser(prog="reportmark", description=translate("cli", "报告标注 ReportMark"))
    parser.add_argument("--debug", action="store_true", help=translate("cli", "出错时显示完整的调试信息"))
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help=translate("cli", "显示版本号并退出")
    )
    _project_arg(parser, top=True)
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help=translate("cli", "界面语言"))
    parser.add_argument("--screenshot", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    g = sub.add_parser("gui", help=translate("cli", "打开主窗口（默认）"))
    _project_arg(g)

    p = sub.add_parser("import", help=translate("cli", "把报告文件或文件夹导入项目"))
    p.add_argument("files", nargs="+", type=Path)
    _project_arg(p)

    p = sub.add_parser("inspect", help=translate("cli", "解析一个报告文件并输出结构（不改动任何项目）"))
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出（供其他程序读取）"))

    p = sub.add_parser("list", help=translate("cli", "列出项目中的报告"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出（供其他程序读取）"))
    _project_arg(p)

    p = sub.add_parser("dedupe", help=translate("cli", "合并重复标注（同一段文字、同一标签的两条已确认标注）"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "只统计，不改动项目"))
    _project_arg(p)

    p = sub.add_parser("suggest", help=translate("cli", "找出报告中的指标、政策、问题建议"))
    p.add_argument(
        "target",
        nargs="?",
        default=None,
        help=translate(
            "cli", "报告文件，或项目中的文档编号（只显示建议）；省略时为项目中每份报告生成建议，存入项目待审阅"
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出（供其他程序读取）"))
    p.add_argument("--accept", action="store_true", help=translate("cli", "把建议作为标注存入项目（批量预标注）"))
    _project_arg(p)

    p = sub.add_parser("export", help=translate("cli", "导出标注"))
    p.add_argument("--out", type=Path, required=True, help=translate("cli", "导出到的文件（如 标注.xlsx）"))
    p.add_argument(
        "--format",
        choices=["csv", "xlsx", "json", "qdpx", "ledger"],
        default=None,
        help=translate("cli", "格式（默认按文件扩展名）；ledger 为台账：每个指标一行、每份报告一列"),
    )
    p.add_argument("--tags", default=None, help=translate("cli", "标签名称，逗号分隔（含子标签）"))
    p.add_argument("--docs", default=None, help=translate("cli", "文档编号，逗号分隔"))
    p.add_argument("--include-suggested", action="store_true", help=translate("cli", "连同尚未确认的建议一起导出"))
    p.add_argument("--english", action="store_true", help=translate("cli", "英文表头"))
    p.add_argument("--gb18030", action="store_true", help=translate("cli", "CSV 使用 GB18030 编码"))
    _project_arg(p)

    p = sub.add_parser("search", help=translate("cli", "在项目全文中搜索"))
    p.add_argument("query", help=translate("cli", "要搜索的词"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出（供其他程序读取）"))
    _project_arg(p)

    p = sub.add_parser("compare", help=translate("cli", "对比两份报告（文件或文档编号）"))
    p.add_argument("a", help=translate("cli", "左侧：报告文件或项目中的文档编号"))
    p.add_argument("b", help=translate("cli", "右侧：报告文件或项目中的文档编号"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出（供其他程序读取）"))
    _project_arg(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # --lang is read first: the parser's help and argparse's own errors are built in that language
    lang = lang_of(sys.argv[1:] if argv is None else argv)
    use_language(lang)
    args = build_parser(lang).parse_args(argv)
    if args.lang != lang:  # e.g. an abbreviated --la en
        use_language(args.lang)
    from models.terminal import EscapingStream  # issue 15: no raw terminal controls in what we print

    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        return _run(args)
    finally:
        close_opened()
        sys.stdout, sys.stderr = saved


def _run(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command or "gui"](args)
    except KeyboardInterrupt:
        print(translate("cli", "已中断。"), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head`: not an error
        return 0
    except Exception as exc:
        if args.debug:
            raise
        from models.failures import explain

        known = explain(exc, getattr(args, "project", None))
        if known is not None:
            said = in_language(known.user_message, translate)  # models/ writes Chinese; --lang en reads English
            print(translate("cli", "错误：{0}").format(said), file=sys.stderr)
        else:
            unexpected = translate("cli", "错误：发生意外问题（{0}：{1}）。加 --debug 查看详情。")
            print(unexpected.format(type(exc).__name__, exc), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
