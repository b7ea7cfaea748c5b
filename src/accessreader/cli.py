"""Command line: the reader (TUI), and ``list`` / ``cat`` for pipes, screen readers and braille."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from accessreader import __version__, paths
from accessreader.core.atomic import atomic_write_text
from accessreader.core.encoding import read_report_text
from accessreader.core.glyphs import MAX_LEVEL
from accessreader.core.library import scan_library
from accessreader.core.loader import ReportError, load_document
from accessreader.core.plaintext import render_plain
from accessreader.core.schemes import SCHEME_NAMES
from accessreader.core.script_view import Script, convert_text
from accessreader.settings import load_settings

EXIT_OK = 0
EXIT_ERROR = 2
_COMMANDS = ("list", "cat", "convert", "speak", "import")
_SCRIPT_HELP = (
    "script: original (as written), hans (简体), hant (繁體), tw (臺灣正體), hk (香港繁體), "
    "twp (臺灣詞彙: rewrites words, e.g. 全局→全域性)"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``accessreader`` command; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    _ensure_utf8(sys.stdout)
    _ensure_utf8(sys.stderr)
    try:
        if args and args[0] in _COMMANDS:
            namespace = _command_parser().parse_args(args)
        else:
            namespace = _reader_parser().parse_args(args)
        return int(namespace.run(namespace))
    except ReportError as error:
        print(f"accessreader: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `accessreader cat … | head`: the reader went away; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accessreader",
        description=(
            "A terminal reader for public reports: big text, 简/繁, speech, keyboard only. "
            "With no PATH it opens the library of bundled and configured reports."
        ),
        epilog=(
            "commands:\n"
            "  accessreader list [DIR]               list reports, newest first\n"
            "  accessreader cat PATH [--width N] [--raw] [--script S]\n"
            "                                        the report as plain linear text\n"
            "  accessreader convert PATH --script S [-o OUT]\n"
            "                                        the file converted to another script\n"
            "  accessreader import FILE...           copy reports into your library\n"
            "  accessreader speak PATH -o OUT.wav [--script S] [--voice V] [--rate R]\n"
            "                                        the report read aloud into a WAV file\n"
            "Run 'accessreader COMMAND --help' for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", type=Path, help="report to open")
    parser.add_argument("--script", type=Script, choices=list(Script), help=_SCRIPT_HELP)
    parser.add_argument(
        "--size",
        type=_size,
        metavar="LEVEL",
        help="字号 to start at: 1 (normal) to 4 (8× glyphs), or max",
    )
    parser.add_argument(
        "--scheme", choices=SCHEME_NAMES, help="配色 to start with (default: from settings)"
    )
    parser.add_argument("--version", action="version", version=f"accessreader {__version__}")
    parser.set_defaults(run=_run_reader)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accessreader")
    commands = parser.add_subparsers(dest="command", required=True)

    listing = commands.add_parser("list", help="list reports: title, source, date, newest first")
    listing.add_argument("dir", nargs="?", type=Path, help="folder to list (default: the library)")
    listing.set_defaults(run=_run_list)

    cat = commands.add_parser(
        "cat", help="print a report as plain linear text (for screen readers, braille, pipes)"
    )
    cat.add_argument("path", type=Path, help="report file")
    cat.add_argument(
        "--width",
        type=_positive_int,
        metavar="N",
        help="wrap at N terminal cells (CJK = 2); default: one paragraph a line",
    )
    cat.add_argument(
        "--raw", action="store_true", help="the whole file as read, page chrome included"
    )
    cat.add_argument(
        "--script", type=Script, choices=list(Script), default=Script.ORIGINAL, help=_SCRIPT_HELP
    )
    cat.set_defaults(run=_run_cat)

    convert = commands.add_parser(
        "convert", help="write the whole file in another script (简/繁), as UTF-8"
    )
    convert.add_argument("path", type=Path, help="report file (any supported encoding)")
    convert.add_argument(
        "--script", type=Script, choices=list(Script), required=True, help=_SCRIPT_HELP
    )
    convert.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    convert.set_defaults(run=_run_convert)

    speak = commands.add_parser("speak", help="read the report aloud into a WAV file")
    speak.add_argument("path", type=Path, help="report file")
    speak.add_argument("-o", "--output", type=Path, required=True, help="WAV file to write")
    speak.add_argument(
        "--script",
        type=Script,
        choices=list(Script),
        default=Script.ORIGINAL,
        help="script to read in (what is heard is what would be shown)",
    )
    speak.add_argument(
        "--voice", default="cmn", help="cmn (普通话, default), yue (粤语), cmn-latn-pinyin"
    )
    speak.add_argument(
        "--rate",
        type=_rate,
        default=1.0,
        metavar="R",
        help="speed as a factor of normal, 0.5 to 4 (default 1)",
    )
    speak.set_defaults(run=_run_speak)

    importing = commands.add_parser(
        "import", help="copy reports into your library (UTF-8 copy; the original is kept)"
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE", help="report files")
    importing.set_defaults(run=_run_import)
    return parser


def _size(text: str) -> int:
    if text == "max":
        return MAX_LEVEL + 1
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (1–4 or max)") from None
    if not 1 <= value <= MAX_LEVEL + 1:
        raise argparse.ArgumentTypeError("size must be 1 to 4, or max")
    return value


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError("rate must be between 0.5 and 4")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 8:
        raise argparse.ArgumentTypeError("width must be at least 8")
    return value


def library_folders() -> list[Path]:
    """The bundled reports, the imported ones, then the folders named in the settings."""
    settings = load_settings(paths.settings_file())
    for message in settings.messages:
        print(f"accessreader: {message}", file=sys.stderr)
    return [
        paths.bundled_reports_dir(),
        paths.imported_reports_dir(),
        *settings.settings.library_paths(),
    ]


def _run_list(namespace: argparse.Namespace) -> int:
    folders = [namespace.dir] if namespace.dir else library_folders()
    if namespace.dir and not namespace.dir.is_dir():
        raise ReportError(f"{namespace.dir}: no such folder")
    entries, problems = scan_library(folders)
    for problem in problems:
        print(f"accessreader: {problem.message}", file=sys.stderr)
    for entry in entries:
        date = entry.published or "日期不详"
        source = entry.source or "来源不详"
        print(f"{entry.title}\t{source}\t{date}\t{entry.path}")
    if not entries:
        print("（没有报告）", file=sys.stderr)
    return EXIT_OK


def _warn_script(script: Script) -> None:
    if script.warning:
        print(f"accessreader: {script.label}: {script.warning}", file=sys.stderr)


def _run_cat(namespace: argparse.Namespace) -> int:
    document = load_document(namespace.path)
    _warn_script(namespace.script)
    if namespace.raw:
        text = convert_text(document.source_text, namespace.script)
    else:
        text = render_plain(document, namespace.width, namespace.script)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()
    return EXIT_OK


def _run_convert(namespace: argparse.Namespace) -> int:
    decoded = read_report_text(namespace.path)
    _warn_script(namespace.script)
    text = convert_text(decoded.text, namespace.script)
    if namespace.output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        atomic_write_text(namespace.output, text)
    except OSError as error:
        raise ReportError(f"{namespace.output}: cannot be written ({error.strerror})") from None
    return EXIT_OK


def _run_import(namespace: argparse.Namespace) -> int:
    from accessreader.core.library import import_report

    library = paths.imported_reports_dir()
    failed = 0
    show = _progress_printer(len(namespace.files), "个文件")
    for done, path in enumerate(namespace.files, 1):
        try:
            imported = import_report(path, library)
        except ReportError as error:
            failed += 1
            print(f"accessreader: {error}", file=sys.stderr)
        else:
            if show is None:
                print(f"{imported.title}\t{imported.path}")
        if show is not None:
            show(done)
    return EXIT_ERROR if failed else EXIT_OK


def _run_speak(namespace: argparse.Namespace) -> int:
    from accessreader.core.script_view import ScriptView
    from accessreader.core.utterances import whole_report
    from accessreader.speech.engine import EngineUnavailable
    from accessreader.speech.export import export_wav
    from accessreader.speech.select import default_engine
    from accessreader.speech.service import SpeechSettings

    document = load_document(namespace.path)
    _warn_script(namespace.script)
    utterances = list(whole_report(ScriptView(document, namespace.script)))
    try:
        engine = default_engine()
        if namespace.voice not in {voice.id for voice in engine.voices()}:
            raise ReportError(f"no voice {namespace.voice!r}; try cmn, yue or cmn-latn-pinyin")
        seconds = export_wav(
            engine,
            utterances,
            namespace.output,
            SpeechSettings(voice=namespace.voice, rate=namespace.rate),
            _progress_printer(len(utterances)),
        )
    except EngineUnavailable as error:
        raise ReportError(f"speech is not available: {error}") from None
    except OSError as error:
        raise ReportError(f"{namespace.output}: cannot be written ({error.strerror})") from None
    print(f"{namespace.output}: {seconds / 60:.1f} min of speech", file=sys.stderr)
    return EXIT_OK


def _progress_printer(total: int, unit: str = "句") -> Callable[[int], None] | None:
    """A one-line progress report on a terminal's stderr; nothing in a pipe or log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int) -> None:
        end = "\n" if done == total else ""
        filled = round(20 * done / max(total, 1))
        bar = "█" * filled + "░" * (20 - filled)
        print(f"\r{bar} {done}/{total} {unit}", end=end, file=sys.stderr, flush=True)

    return show


def _run_reader(namespace: argparse.Namespace) -> int:
    # A bad report is one line and exit 2 before the TUI starts; a good one is not parsed twice.
    document = load_document(namespace.path) if namespace.path is not None else None
    from accessreader.state import ReadingState
    from accessreader.ui.app import AccessReaderApp  # Textual loads only for the TUI

    loaded = load_settings(paths.settings_file())
    _log_to_file()
    settings = loaded.settings
    if namespace.size is not None:
        settings = replace(settings, size=namespace.size)
    if namespace.scheme is not None:
        settings = replace(settings, scheme=namespace.scheme)
    app = AccessReaderApp(
        report=namespace.path,
        document=document,
        library_folders=[
            paths.bundled_reports_dir(),
            paths.imported_reports_dir(),
            *loaded.settings.library_paths(),
        ],
        settings=settings,
        state=ReadingState(paths.data_dir() / "state.json"),
        messages=loaded.messages,
        script=namespace.script,
        settings_path=paths.settings_file(),
    )
    app.run()
    return EXIT_OK


def _log_to_file() -> None:
    """Problems the reader shows on screen (a player that failed …) also go to a log file;
    never to stderr, which is the full-screen display."""
    import logging

    try:
        folder = paths.data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "accessreader.log", "a", "utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger("accessreader")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False


def _ensure_utf8(stream: TextIO) -> None:
    """Chinese text must reach a pipe even under LANG=C; unencodable output is replaced."""
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")
