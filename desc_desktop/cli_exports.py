"""The export commands of the command line: `export optouts` and `export connexions`. Each
file written is recorded in the disclosure log (to whom, why, its SHA-256), which the
command prints."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desc_desktop.domain.exports.disclosure import DEFAULT_PURPOSE, DEFAULT_RECIPIENT, ExportKind


def add_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write a file that leaves the school (recorded "
                                 "in the disclosure log)")
    kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    optouts = kinds.add_parser("optouts", help="pupils with a Connexions opt-out in force")
    optouts.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    optouts.add_argument("--out", type=Path, required=True, metavar="FILE")
    optouts.add_argument("--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD",
                         help="opt-outs in force on this day (default today)")
    optouts.add_argument("--years", default="", help="year groups, e.g. 9,10 (default all)")
    _to_whom_and_why(optouts, ExportKind.OPT_OUT_LIST)
    connexions = kinds.add_parser("connexions", help="the Connexions data return: name and "
                                  "address for every pupil in scope, more only where they may "
                                  "share")
    connexions.add_argument("--as-of", type=date.fromisoformat, required=True,
                            metavar="YYYY-MM-DD")
    connexions.add_argument("--format", choices=("csv", "xlsx"), required=True)
    connexions.add_argument("--out", type=Path, required=True, metavar="FILE")
    _to_whom_and_why(connexions, ExportKind.CONNEXIONS_RETURN)


def _to_whom_and_why(parser: argparse.ArgumentParser, kind: ExportKind) -> None:
    parser.add_argument("--recipient", default=DEFAULT_RECIPIENT[kind], metavar="TEXT",
                        help=f"to whom the file goes (default: {DEFAULT_RECIPIENT[kind]})")
    parser.add_argument("--purpose", default=DEFAULT_PURPOSE[kind], metavar="TEXT",
                        help="why it goes (default: the usual reason)")


def run(ctx, args: argparse.Namespace) -> int:
    from desc_desktop.services import exports

    if args.export_kind == "optouts":
        plan = exports.plan_opt_out_list(ctx, args.as_of, exports.parse_years(args.years))
        done = exports.write_opt_out_list(ctx, plan, args.out, args.format, args.recipient,
                                          args.purpose)
        print(f"Opt-out list as of {plan.as_of.isoformat()}: {plan.pupils} pupils with an "
              f"opt-out in force ({plan.late} received late).")
    else:
        plan = exports.plan_connexions_return(ctx, args.as_of)
        result = plan.result
        done = exports.write_connexions_return(ctx, plan, args.out, args.format,
                                               args.recipient, args.purpose)
        print(f"Connexions return as of {plan.as_of.isoformat()}: {result.pupils} pupils "
              f"({exports.status_counts_text(result)}); {result.may_share} with more than "
              f"name and address, {result.name_and_address_only} name and address only; "
              f"{result.left_out} pupils outside the Connexions ages left out; "
              f"{result.carers_withheld} parents/carers under a no-contact restriction left "
              "out.")
    print(f"Written to {done.path} ({done.file_format.label}).")
    print(f"SHA-256: {done.sha256}")
    print(f"Recorded in the disclosure log (entry {done.disclosure_id}): to {done.recipient}; "
          f"why: {done.purpose}.")
    return 0
