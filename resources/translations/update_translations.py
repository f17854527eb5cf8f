"""Refresh competentieplanner_en.ts from the sources and compile it to competentieplanner_en.qm.

Run from the project folder:

    .venv/bin/python resources/translations/update_translations.py [--add new.json] [--check]

1. ``pyside6-lupdate`` collects every ``self.tr(...)``, ``QCoreApplication.translate(...)`` and
   ``QT_TRANSLATE_NOOP(...)`` in ``competentieplanner/ui``; translations already in the .ts stay.
2. Modules that wrap ``QCoreApplication.translate("Context", text)`` in a helper
   (``def _tr(text): ...``) are invisible to lupdate; their ``_tr("...")`` literals are added
   here under the helper's context.
3. ``--add FILE`` merges a JSON object ``{"Dutch source": "English"}`` into unfinished messages;
   ``--replace FILE`` overwrites translations, keyed ``"Context|Dutch source"``.
4. ``pyside6-lrelease`` writes the .qm next to the .ts.

``--check`` changes nothing and exits 1 when a source string is missing from the .ts, a
message has no translation, or a translation is the Dutch source unchanged while that source
is not in ``SAME_IN_ENGLISH`` (the test suite runs it).
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UI = ROOT / "competentieplanner" / "ui"
TS = HERE / "competentieplanner_en.ts"
QM = HERE / "competentieplanner_en.qm"
BIN = Path(sys.executable).parent

#: Sources whose English translation is deliberately the same text: words that are English
#: too, codes, and names. Anything else left identical is an untranslated message.
SAME_IN_ENGLISH: frozenset[str] = frozenset(
    {
        "Login",
        "Record",
        "Co&de:",
        "Cl&uster:",
        "Scenario",
        "FTE",
        "&Server…",
        "&Server:",
        "&Database:",
        "&Budget:",
        "&Help",
        "&Later ▶",
        "&PDF…",
        "&Start:",
        "&Status",
        "&Team:",
        "Budget",
        "C&luster:",
        "C&ode:",
        "Cluster",
        "Coaching",
        "Code",
        "Database",
        "Excel",
        "IKB",  # the Individueel Keuzebudget is a Dutch scheme: its name stays
        "L&abels:",
        "Labels",
        "Later",
        "Logo",
        "PDF",
        "Status",
        "T&eam:",
        "Team",
        "Teams",
        "match {fit} % ({readiness})",
        "{date} · {kind}",
    }
)


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def wrapped_messages(path: Path) -> list[tuple[str, str, int]]:
    """(context, source, line) of ``_tr("...")`` calls whose ``_tr`` wraps translate()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                ):
                    helpers[node.name] = inner.args[0].value
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((helpers[node.func.id], node.args[0].value, node.lineno))
    return found


def _messages(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def collect(existing: Path | None) -> ET.ElementTree:
    """A fresh .ts tree for the current sources, keeping translations of ``existing``."""
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        if existing is not None and existing.exists():
            fresh.write_bytes(existing.read_bytes())
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(fresh),
                "-no-obsolete",
                "-source-language",
                "nl_NL",
                "-target-language",
                "en_GB",
                "-locations",
                "none",
            ],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(fresh)
    root = tree.getroot()
    known = _messages(root)
    old = _messages(ET.parse(existing).getroot()) if existing and existing.exists() else {}
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for path in sorted(UI.rglob("*.py")):
        for context_name, source, _line in wrapped_messages(path):
            if (context_name, source) in known:
                continue
            context = contexts.get(context_name)
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = context_name
                contexts[context_name] = context
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            previous = old.get((context_name, source))
            text = previous.findtext("translation") if previous is not None else None
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
            known[(context_name, source)] = message
    return tree


def add_translations(tree: ET.ElementTree, new: dict[str, str]) -> int:
    added = 0
    for message in _messages(tree.getroot()).values():
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        if translation.get("type") == "unfinished" and source in new:
            translation.text = new[source]
            del translation.attrib["type"]
            added += 1
    return added


def replace_translations(tree: ET.ElementTree, new: dict[str, str]) -> int:
    """Overwrite finished translations too: ``{"Context|Dutch source": "English"}`` (e.g. a
    mnemonic that clashed on its screen). An unknown key is an error, so nothing is lost."""
    messages = _messages(tree.getroot())
    for key, text in new.items():
        context, _, source = key.partition("|")
        message = messages.get((context, source))
        if message is None:
            raise SystemExit(f"--replace: geen bericht [{context}] {source}")
        translation = message.find("translation")
        assert translation is not None
        translation.text = text
        translation.attrib.pop("type", None)
    return len(new)


def unfinished(tree: ET.ElementTree) -> list[tuple[str, str]]:
    return [
        key
        for key, message in _messages(tree.getroot()).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]


def same_as_source(tree: ET.ElementTree) -> list[tuple[str, str]]:
    """Finished messages whose translation is the Dutch source, outside ``SAME_IN_ENGLISH``."""
    return [
        key
        for key, message in _messages(tree.getroot()).items()
        if (message.findtext("translation") or "") == key[1] and key[1] not in SAME_IN_ENGLISH
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--add", type=Path, help="JSON {Dutch: English} for new messages")
    parser.add_argument(
        "--replace", type=Path, help='JSON {"Context|Dutch": English} overwriting translations'
    )
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    parser.add_argument("--list", type=Path, help="write the untranslated sources as JSON")
    args = parser.parse_args()
    tree = collect(TS)
    if args.check:
        current = _messages(ET.parse(TS).getroot())
        missing = [key for key in _messages(tree.getroot()) if key not in current]
        open_items = unfinished(ET.parse(TS))
        for context, source in missing:
            print(f"niet in {TS.name}: [{context}] {source}")
        for context, source in open_items:
            print(f"niet vertaald: [{context}] {source}")
        identical = same_as_source(ET.parse(TS))
        for context, source in identical:
            print(f"vertaling gelijk aan de bron: [{context}] {source}")
        return 1 if missing or open_items or identical else 0
    if args.add:
        added = add_translations(tree, json.loads(args.add.read_text(encoding="utf-8")))
        print(f"{added} vertalingen toegevoegd")
    if args.replace:
        replaced = replace_translations(tree, json.loads(args.replace.read_text(encoding="utf-8")))
        print(f"{replaced} vertalingen vervangen")
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    todo = unfinished(tree)
    if args.list:
        args.list.write_text(
            json.dumps(sorted({s for _, s in todo}), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True
    )
    total = len(_messages(tree.getroot()))
    print(f"{total} berichten, {len(todo)} nog niet vertaald; {QM.name} bijgewerkt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
