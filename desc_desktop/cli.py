"""The command line: the same services the window uses, with ISO dates and plain exits."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desc_desktop import APP_NAME, __version__, cli_access, cli_backup, cli_exports, cli_optouts
from desc_desktop.app_paths import default_database, demo_database
from desc_desktop.cli_audit import add_commands as add_audit_commands
from desc_desktop.cli_audit import run as run_audit
from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.services import demo, export_register, import_files, importing
from desc_desktop.services.errors import CANNOT_OPEN, NotFound, Refused

EXPECTED_ERRORS = (ValidationFailed, Refused, NotFound, *CANNOT_OPEN, OSError, ValueError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desc-desktop", description=f"{APP_NAME}: the pupil "
                                     "register and its data-protection promises.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: DESC_DB, or the "
                        "per-user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the fictional demo school "
                        "in its own database file; the real one is never touched")
    parser.add_argument("--self-test", action="store_true", help="check the app end to end "
                        "on a throwaway demo school (temporary folder) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    fill = commands.add_parser("demo", help="fill an EMPTY database with a fictional school")
    fill.add_argument("--pupils", type=int, default=150)
    fill.add_argument("--seed", type=int, default=1)
    fill.add_argument("--history", action="store_true", help="add a term's letters marked as "
                      "sent and fictional opt-outs, for the Today view and the calendar")
    listing = commands.add_parser("pupils", help="pupils on roll with their carers")
    listing.add_argument("--format", choices=("csv", "json"), default="csv")
    importing = commands.add_parser("import", help="import pupils and contacts from a CSV "
                                    "export or a Common Transfer File")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="show what would change; "
                           "change nothing")
    importing.add_argument("--mapping", type=Path, help='JSON {"Column heading": "field"}; '
                           "default: the last mapping used for these headings, else by name")
    letters = commands.add_parser("letters", help="make the privacy notice letters as one PDF")
    letters.add_argument("--issue-date", type=date.fromisoformat, required=True,
                         metavar="YYYY-MM-DD")
    letters.add_argument("--years", default="", help="year groups, e.g. 9,10,11 (default all)")
    letters.add_argument("--delivery", choices=("hand", "first", "second"), default="hand",
                         help="hand or pupil post (received that day); first or second class "
                         "post (2 or 3 working days)")
    letters.add_argument("--sort", choices=("form", "surname", "postcode"), default="form")
    letters.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    letters.add_argument("--joiners", action="store_true", help="only pupils no letter marked "
                         "as sent has been about yet")
    letters.add_argument("--pupils", metavar="UPN,UPN", help="only these pupils, by UPN")
    letters.add_argument("--received", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="when the letters will be received, if not the delivery's usual "
                         "day; the reply-by date is 28 days later")
    letters.add_argument("--mark-sent", action="store_true", help="record the letters as sent "
                         "(this starts the 28-day deadlines); without it nothing is recorded")
    add_audit_commands(commands)
    cli_optouts.add_commands(commands)
    cli_exports.add_commands(commands)
    cli_backup.add_commands(commands)
    cli_access.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.db:
        parser.error("--demo opens the demo school's own file; leave out --db")
    if args.self_test:
        from desc_desktop.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from desc_desktop.ui.app import run_gui

        return run_gui(database_path(args), demo=args.demo)
    # Names must survive redirection to a file on Windows, whose console default is cp1252.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return _run_command(args)
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped reading: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except EXPECTED_ERRORS as e:
        print(f"desc-desktop: {_one_line(e)}", file=sys.stderr)
        return 1


def database_path(args: argparse.Namespace) -> Path:
    if args.demo:
        return demo_database()
    return args.db or default_database()


def open_register(args: argparse.Namespace):
    """The one place a command opens the register: logged in (DESC_USER and DESC_PASSWORD,
    or asked at a terminal) when it has staff accounts."""
    return cli_access.open_for_command(database_path(args), demo=args.demo)


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "init":
        if args.demo:
            raise Refused("The demo school makes its own register: leave out --demo.")
        return cli_access.run_init(database_path(args), args)
    if args.command in cli_backup.COMMANDS:  # a restore must work on a register that won't open
        return cli_backup.run(database_path(args), args, lambda _path: open_register(args),
                              cli_access.restorer(args.demo))
    ctx = open_register(args)
    try:
        if args.command == "demo":
            added = demo.fill_demo(ctx, pupils=args.pupils, seed=args.seed,
                                   history=args.history)
            print(f"Added the demo school: {added} fictional pupils.")
        elif args.command == "pupils":
            _print_pupils(export_register.pupils_on_roll(ctx), args.format)
        elif args.command == "import":
            return _import(ctx, args)
        elif args.command == "letters":
            return _letters(ctx, args)
        elif args.command == "audit":
            return run_audit(ctx, args)
        elif args.command in ("optout", "status"):
            return cli_optouts.run(ctx, args)
        elif args.command == "export":
            return cli_exports.run(ctx, args)
        return 0
    finally:
        ctx.engine.dispose()


def _import(ctx, args: argparse.Namespace) -> int:
    table = import_files.read_source(args.file)
    mapping = (importing.mapping_from_file(args.mapping, table.headings) if args.mapping
               else importing.mapping_for(ctx, table.headings))
    if table.kind == "csv":
        try:
            importing.check_mapping(mapping)
        except importing.MappingIncomplete as e:
            raise importing.MappingIncomplete(
                f"{e} Give --mapping FILE, a JSON object of column heading to field.") from e
    if args.dry_run:
        plan = importing.plan_import(ctx, table, mapping)
        counts = [plan.count(k) for k in ("new", "update", "unchanged", "rejected")]
        rejected, missing, outcome = plan.rejected, len(plan.missing), "dry run: nothing changed"
    else:
        result = importing.apply_import(ctx, table, mapping)
        counts = [result.new, result.updated, result.unchanged, result.rejected]
        rejected, missing, outcome = result.rejected_rows, result.missing, "valid rows imported"
    print("new {}, updated {}, unchanged {}, rejected {}".format(*counts) + f" ({outcome})")
    for row in rejected:
        print(f"row {row.row}: {row.detail}")
    if missing:
        print(f"{missing} pupils on roll are not in the file; if they have left, mark them as "
              "left (the app's import wizard offers it).")
    return 0


def _letters(ctx, args: argparse.Namespace) -> int:
    from desc_desktop.domain.letters.delivery import Delivery
    from desc_desktop.services import letter_runs, letters, letters_pdf, school

    details = school.get_school(ctx)
    if details is None:
        raise Refused("Enter the school's details first (they head every letter).")
    years = [y.strip() for y in args.years.split(",") if y.strip()]
    chosen = None
    if args.pupils is not None:
        upns = [u for u in args.pupils.split(",") if u.strip()]
        if not upns:
            raise Refused("--pupils needs at least one UPN, e.g. --pupils A123...,B456...")
        chosen = letters.pupil_ids_for_upns(ctx, upns)
    plan = letters.plan_run(ctx, args.issue_date, delivery=Delivery(args.delivery),
                            years=years, sort=args.sort, joiners_only=args.joiners,
                            pupil_ids=chosen, received=args.received)
    for problem in plan.problems:
        print(f"problem: {problem.message}")
    if not plan.letters:
        print("No letters could be made.", file=sys.stderr)
        return 1
    version, template = letter_runs.current_template(ctx)
    pages = letters_pdf.write_letters(args.out, plan, template, details)
    print(f"{len(plan.letters)} letters ({pages} pages), {plan.pupils_covered} pupils covered, "
          f"{len(plan.problems)} problems; reply by {plan.reply_by.isoformat()}")
    if args.mark_sent:
        run = letter_runs.mark_sent(ctx, plan, version)
        print(f"Recorded as sent: letter run {run}; the reply-by date is now in force.")
    else:
        print("Not recorded as sent: no deadline starts until the run is marked as sent.")
    return 0


def _print_pupils(pupils: list[dict], fmt: str) -> None:
    if fmt == "json":
        json.dump(pupils, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=export_register.CSV_COLUMNS,
                            lineterminator="\n")
    writer.writeheader()
    for pupil in pupils:
        writer.writerow(export_register.csv_row(pupil))


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
