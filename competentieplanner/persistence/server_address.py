"""The address of a shared database on a PostgreSQL server, to and from its connection URL
(for the sign-in dialog). A password never comes out of :func:`parse`: it is not kept."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str  # a name, an IP address, or a Unix socket folder ("/run/postgresql")
    port: int = 5432
    database: str = "competentieplanner"
    login: str = ""
    sslmode: str = "verify-full"


def parse(text: str) -> ServerAddress:
    """postgresql://jan@server:5432/db?sslmode=verify-full (also ?host=/socket/folder)."""
    url = make_url(text)
    query_host, query_port = url.query.get("host"), url.query.get("port")
    mode = url.query.get("sslmode")
    return ServerAddress(
        host=url.host or (query_host if isinstance(query_host, str) else ""),
        port=int(url.port or (query_port if isinstance(query_port, str) else 5432)),
        database=url.database or "",
        login=url.username or "",
        sslmode=mode if isinstance(mode, str) and mode in SSL_MODES else "verify-full",
    )


def url_of(address: ServerAddress, password: str | None = None) -> str:
    """The connection URL (with ``password`` when given: for opening only, never to store)."""
    query = {"sslmode": address.sslmode}
    socket = address.host.startswith("/")
    if socket:
        query |= {"host": address.host, "port": str(address.port)}
    url = URL.create(
        "postgresql+psycopg",
        username=address.login or None,
        password=password or None,
        host=None if socket else address.host,
        port=None if socket else address.port,
        database=address.database,
        query=query,
    )
    return url.render_as_string(hide_password=False)
