"""Shared command groups (``import``, ``export``) that several command modules add actions to.

``export`` gets ``template``/``catalogue``/``excel`` from commands_excel and ``pdf`` from
commands_pdf; whichever module registers first creates the group, later ones reuse it.
"""

from __future__ import annotations

import argparse
from typing import Any

_CACHE_ATTRIBUTE = "_competentieplanner_action_groups"


def action_group(
    subparsers: Any, name: str, help: str, common: argparse.ArgumentParser
) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    """Return the sub-action container of the ``name`` command, creating it on first use.

    The cache lives on the ``subparsers`` object itself, so every freshly built parser (tests
    build many) gets its own groups.
    """
    cache: dict[str, argparse._SubParsersAction] = getattr(  # type: ignore[type-arg]
        subparsers, _CACHE_ATTRIBUTE, None
    ) or {}
    if name not in cache:
        parser = subparsers.add_parser(name, parents=[common], help=help)
        cache[name] = parser.add_subparsers(
            dest=f"{name}_action", metavar="ACTIE", required=True
        )
        setattr(subparsers, _CACHE_ATTRIBUTE, cache)
    return cache[name]
