"""Benchmark: the app over a slow network. Starts the test PostgreSQL server (tests/pg_server.py)
behind a loopback TCP proxy that delays every packet by 20 ms each way (40 ms round trip), and
prints for opening each screen and for the main editor actions, with N staff: round trips
(counted by the proxy: each time the client speaks again after the server answered) and time,
against the same through the proxy without delay (a local socket).

Goal (issue 11): every screen usable within 1 s at 40 ms round trip, no action more than a
handful of round trips (no query per row).

    .venv/bin/python benchmarks/bench_remote.py [--employees 20000] [--delay-ms 20]
"""

from __future__ import annotations

import argparse
import inspect
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from queue import Queue
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from tests.pg_server import temporary_server  # noqa: E402


class DelayProxy:
    """TCP on 127.0.0.1 -> the server's Unix socket; each chunk is delivered ``delay`` seconds
    after it arrived, in order. Counts round trips per connection."""

    def __init__(self, unix_path: str, delay: float) -> None:
        self.unix_path, self.delay = unix_path, delay
        self.round_trips = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self._listener.accept()
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.connect(self.unix_path)
            last = {"who": "server"}
            for source, target, who in ((client, server, "client"), (server, client, "server")):
                queue: Queue[tuple[float, bytes]] = Queue()
                threading.Thread(target=self._read, args=(source, queue, who, last),
                                 daemon=True).start()
                threading.Thread(target=self._write, args=(target, queue), daemon=True).start()

    def _read(self, source: socket.socket, queue: Queue[tuple[float, bytes]], who: str,
              last: dict[str, str]) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            with self._lock:
                if data and who == "client" and last["who"] == "server":
                    self.round_trips += 1
                if data:
                    last["who"] = who
            queue.put((time.perf_counter() + self.delay, data))
            if not data:
                return

    def _write(self, target: socket.socket, queue: Queue[tuple[float, bytes]]) -> None:
        while True:
            due, data = queue.get()
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            if not data:
                target.close()
                return
            try:
                target.sendall(data)
            except OSError:
                return


def _call(db: Any, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a service with the database or, once converted (issue 10), with a unit of work."""
    first = next(iter(inspect.signature(function).parameters))
    if first == "uow":
        with db.unit_of_work() as uow:
            return function(uow, *args, **kwargs)
    return function(db, *args, **kwargs)


def _actions(db: Any) -> list[tuple[str, Callable[[], Any]]]:
    from competentieplanner.services import (
        audit_trail,
        department,
        organisation_overview,
        plan_edit,
        staff_overview,
        team_overview,
    )

    with db.unit_of_work() as uow:
        staff = uow.session.execute(
            text(
                "SELECT e.personnel_number, u.name FROM employee e JOIN org_unit u "
                "ON u.id = e.unit_id ORDER BY e.id DESC LIMIT 1"
            )
        ).one()
    number, unit = staff

    def save_budget() -> None:
        rows = _call(db, plan_edit.load_budgets, 2027)
        version = rows[unit].version if unit in rows and rows[unit].version else None
        _call(db, plan_edit.set_budget, unit, 2027, "12345", expected_version=version)

    def whoami() -> None:
        with db.unit_of_work() as uow:
            department.whoami(uow)

    def audit_for_person() -> None:
        with db.unit_of_work() as uow:
            audit_trail.read_log(uow, employee=number)

    return [
        ("scherm Medewerkers (lijst + match)", lambda: _call(db, staff_overview.staff_list)),
        ("scherm Medewerker (detail)", lambda: _call(db, staff_overview.employee_detail, number)),
        ("scherm Teams", lambda: (_call(db, team_overview.list_teams),
                                  _call(db, team_overview.team_risks))),
        ("scherm Organisatie", lambda: _call(db, organisation_overview.organisation_overview)),
        ("plan openen", lambda: _call(db, plan_edit.current_plan, number)),
        ("budget opslaan", save_budget),
        ("whoami (aanmelden)", whoami),
        ("auditlog van 1 medewerker", audit_for_person),
    ]


def _measure(url: str) -> dict[str, tuple[int, float]]:
    from competentieplanner.services.database import open_database

    db = open_database(url)
    try:
        results = {}
        for name, action in _actions(db):
            db.engine.dispose()  # every action opens its connection, as after a pause
            proxy_before = PROXIES[url].round_trips
            start = time.perf_counter()
            action()
            elapsed = time.perf_counter() - start
            results[name] = (PROXIES[url].round_trips - proxy_before, elapsed)
        return results
    finally:
        db.dispose()


PROXIES: dict[str, DelayProxy] = {}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--delay-ms", type=float, default=20.0)
    args = parser.parse_args()
    from competentieplanner.cli import main as cli

    with temporary_server() as admin_url:
        url = make_url(admin_url)
        unix_path = f"{url.query['host']}/.s.PGSQL.{url.query['port']}"
        print(f"building the {args.employees}-employee demo on PostgreSQL ...", flush=True)
        assert cli(["--database", admin_url, "server", "init"]) == 0
        assert cli(["--database", admin_url, "demo", "--employees", str(args.employees)]) == 0
        urls = {}
        for label, delay in (("lokaal", 0.0), (f"{2 * args.delay_ms:g} ms", args.delay_ms / 1000)):
            proxy = DelayProxy(unix_path, delay)
            target = f"postgresql+psycopg://cp@127.0.0.1:{proxy.port}/{url.database}"
            PROXIES[target] = proxy
            urls[label] = target
        measured = {label: _measure(target) for label, target in urls.items()}
    labels = list(measured)
    print(f"\n{args.employees} medewerkers; round trips (rt) en tijd, lokaal vs "
          f"{labels[1]} round trip")
    print(f"{'actie':38} {'rt':>5} {labels[0]:>10} {'rt':>5} {labels[1]:>10}")
    for name in measured[labels[0]]:
        (rt_a, t_a), (rt_b, t_b) = measured[labels[0]][name], measured[labels[1]][name]
        print(f"{name:38} {rt_a:5d} {t_a:9.3f}s {rt_b:5d} {t_b:9.3f}s")


if __name__ == "__main__":
    main()
