"""The department database: ``server init``, ``users``, ``whoami`` and ``audit``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.access import AuditEntry, UserAccount
from competentieplanner.services import audit_trail, department
from competentieplanner.services import database as dbs


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    server = subparsers.add_parser("server", parents=[common], help="serverdatabase inrichten")
    server_sub = server.add_subparsers(dest="server_command", metavar="ACTIE", required=True)
    p = server_sub.add_parser(
        "init", parents=[common],
        help="schema, rollen en toegangsregels aanmaken op een lege PostgreSQL-database",
    )
    p.set_defaults(handler=cmd_server_init)

    users = subparsers.add_parser("users", parents=[common], help="wie mag aanmelden")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTIE", required=True)
    p = users_sub.add_parser("add", parents=[common], help="login toevoegen met een rol")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument(
        "--role", required=True, choices=("beheerder", "hr", "teamleider", "management")
    )
    p.add_argument("--employee", metavar="NR", help="personeelsnummer van deze gebruiker")
    p.add_argument("--unit", metavar="NAAM", nargs="+", default=[], help="geleide eenheden")
    p.set_defaults(handler=cmd_users_add)
    p = users_sub.add_parser("list", parents=[common], help="alle gebruikers")
    add_format_option(p)
    p.set_defaults(handler=cmd_users_list)
    p = users_sub.add_parser("remove", parents=[common], help="login uitschakelen")
    p.add_argument("login", metavar="LOGIN")
    p.set_defaults(handler=cmd_users_remove)
    p = users_sub.add_parser("set", parents=[common], help="geleide eenheden vervangen")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--unit", metavar="NAAM", nargs="+", required=True)
    p.set_defaults(handler=cmd_users_set)

    p = subparsers.add_parser("whoami", parents=[common], help="wie ben ik in deze database")
    add_format_option(p)
    p.set_defaults(handler=cmd_whoami)

    p = subparsers.add_parser("audit", parents=[common], help="het auditlog: wie deed wat")
    p.add_argument("--since", metavar="DATUM", type=_date, help="vanaf deze datum (JJJJ-MM-DD)")
    p.add_argument("--employee", metavar="NR", help="alleen over deze medewerker")
    p.add_argument("--login", metavar="L", help="alleen door deze login")
    add_format_option(p)
    p.set_defaults(handler=cmd_audit)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum (JJJJ-MM-DD)") from None


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"let op: {warning}", file=sys.stderr)


def cmd_server_init(args: argparse.Namespace) -> int:
    db = department.initialise_server(args.database)
    db.dispose()
    print(
        f"Server {db.display_name} is ingericht: schema, referentiegegevens, rollen, "
        "toegangsregels en auditlog."
    )
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            warnings = department.add_user(
                uow, args.login, args.role, employee=args.employee, units=args.unit
            )
    finally:
        db.dispose()
    _warn(warnings)
    print(f"Gebruiker {args.login} ({args.role}) toegevoegd.")
    return 0


def _account_json(account: UserAccount) -> dict[str, Any]:
    return {
        "login": account.login,
        "role": account.role.value if account.role else None,
        "employee": account.employee,
        "units": list(account.units),
    }


def cmd_users_list(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            users = department.list_users(uow)
    finally:
        db.dispose()
    if args.format == "json":
        print_json([{**_account_json(u), "active": u.active} for u in users])
    else:
        print_table(
            ["Login", "Rol", "Medewerker", "Eenheden", "Actief"],
            [
                (u.login, u.role, u.employee or "", ", ".join(u.units), "ja" if u.active else "nee")
                for u in users
            ],
        )
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            department.remove_user(uow, args.login)
    finally:
        db.dispose()
    print(f"Gebruiker {args.login} kan niet meer aanmelden.")
    return 0


def cmd_users_set(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            warnings = department.set_units(uow, args.login, args.unit)
    finally:
        db.dispose()
    _warn(warnings)
    print(f"Eenheden van {args.login}: {', '.join(args.unit)}.")
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            me = department.whoami(uow)
    finally:
        db.dispose()
    if args.format == "json":
        print_json(_account_json(me))
    else:
        role = me.role.value if me.role else "geen rol (geen toegang)"
        units = f", eenheden: {', '.join(me.units)}" if me.units else ""
        employee = f", medewerker {me.employee}" if me.employee else ""
        print(f"{me.login}: {role}{employee}{units}")
    return 0


def _entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "login": entry.login,
        "action": entry.action,
        "table": entry.table,
        "record": entry.record,
        "employee": entry.employee,
        "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in entry.changes],
    }


def cmd_audit(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            entries = audit_trail.read_log(
                uow, since=args.since, employee=args.employee, login=args.login
            )
    finally:
        db.dispose()
    if args.format == "json":
        print_json([_entry_json(e) for e in entries])
    else:
        print_table(
            ["Tijdstip", "Login", "Actie", "Tabel", "Record", "Medewerker", "Wijzigingen"],
            [
                (
                    e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    e.login, e.action, e.table, e.record or "", e.employee or "",
                    "; ".join(f"{c.field}: {c.old} → {c.new}" for c in e.changes),
                )
                for e in entries
            ],
        )
    return 0
