"""ReportMark command line: `gui` (default), import, inspect, list, suggest, export, search, compare.

Every subcommand calls the same domain functions as the GUI (models.ops and friends);
errors are one plain line on stderr and exit status 1 (``--debug`` shows the traceback).
The grammar (subcommands, options, help, argparse's own messages in the language of --lang) is in `cli_parser.py`;
the handler of each subcommand is in `ui/cli_commands.py`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli_parser import build_parser, lang_of
from models.errors import in_language
from ui.cli_commands import COMMANDS, close_opened
from ui.cli_text import translate, use_language


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
