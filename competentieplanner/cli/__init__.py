"""The command line: ``competentieplanner [--database PATH|URL] COMMAND``.

Commands live in small modules that each add their subcommands (``register``) and call services;
no business logic here. Exit codes: 0 done, 1 input rejected (reason on stderr), 2 wrong usage.
A user error never shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from competentieplanner import __version__
from competentieplanner.cli import commands_core
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.text import UnusableTextError, normalised
from competentieplanner.services.faults import describe_failure

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

#: Modules that contribute subcommands, in the order they appear in --help.
COMMAND_MODULES: list[ModuleType] = [commands_core]


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch-friendly errors; usage errors exit with code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


#: The other modules that add subcommands, after commands_core. Every one belongs to every
#: build: one that is missing or fails to import is a broken installation and raises.
COMMAND_MODULE_NAMES: tuple[str, ...] = (
    "commands_budget",
    "commands_cycle",
    "commands_engine",
    "commands_excel",
    "commands_pdf",
    "commands_privacy",
    "commands_registrations",
    "commands_server",
    "commands_ui",
    "commands_workforce",
)


def _load_command_modules() -> None:
    import importlib

    for name in COMMAND_MODULE_NAMES:
        module = importlib.import_module(f"competentieplanner.cli.{name}")
        if module not in COMMAND_MODULES:
            COMMAND_MODULES.append(module)


def build_parser() -> argparse.ArgumentParser:
    _load_command_modules()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="databasebestand of SQLAlchemy-URL (standaard: $COMPETENTIEPLANNER_DATABASE of het "
        "bestand in de gebruikersmap)",
    )
    parser = _Parser(
        prog="competentieplanner",
        description="Competentieplanner: competenties, toekomstprofielen en opleidingspaden. "
        "Zonder opdracht start de desktoptoepassing.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def normalise_arguments(args: argparse.Namespace) -> str:
    """Bring every text argument (personnel number, unit name, code) into the one normal form
    of ``domain.text``, so a pasted zero-width space or full-width digit still finds the person.

    Returns the Dutch reason when an argument cannot be normalised, else "". Paths are left
    alone: a file name is the file system's business."""
    for name, value in vars(args).items():
        if name in ("handler", "database"):
            continue
        try:
            if isinstance(value, str):
                setattr(args, name, normalised(value))
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                setattr(args, name, [normalised(v) for v in value])
        except UnusableTextError as exc:
            return f"argument '{name}' {exc}."
    return ""


def _say_when_read_only(target: str | None) -> None:
    from competentieplanner.services import database as dbs

    if dbs.opens_read_only(target):
        print(dbs.READ_ONLY_NOTICE, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = normalise_arguments(args)
    if problem:
        print(f"fout: {problem}", file=sys.stderr)
        return EXIT_REJECTED
    if not hasattr(args, "database"):
        args.database = None
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        _say_when_read_only(args.database)
        if handler is None:
            from competentieplanner.cli.gui import start_gui

            return start_gui(args)
        return handler(args)
    except UserError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except KeyboardInterrupt:
        print("afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        message = describe_failure(exc)
        if message is None:
            raise
        print(f"fout: {message}", file=sys.stderr)
        return EXIT_REJECTED
