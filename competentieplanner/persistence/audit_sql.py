"""The audit trail, written by the database itself: triggers on every table a user can change.

Each change records who (the login: PostgreSQL's ``session_user``; on SQLite the local user via
the ``cp_login()`` function the engine registers), when (server time), the action, table, record
and the personnel number it concerns, and per changed field its old and new value (an update) or
its last value (a delete); a new row is its own record of what was inserted. Free-text fields
(notes, evidence, answers...) are recorded as changed, never with their content.

PostgreSQL: one statement-level trigger per table and action with transition tables, so a bulk
insert of 20,000 rows costs one INSERT ... SELECT, not 20,000; the trigger functions are
SECURITY DEFINER so they can write ``audit_log``, which no application login may write, change or
delete. SQLite: row triggers generated from the table definitions.

A migration that adds a column to an audited table on SQLite must call
:func:`install_sqlite_triggers` again (a batch table copy drops the table's triggers);
tests/persistence/test_audit.py fails when a column is not covered.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import JSON, Connection, Table

#: Shown instead of the content of a free-text field.
FREE_TEXT_MARK = "(vrije tekst, inhoud niet vastgelegd)"
FREE_TEXT_FIELDS = frozenset(
    {"notes", "evidence", "answer", "prepared", "agreements", "data", "description",
     "rationale", "source", "text"}
)
NOT_AUDITED = frozenset({"audit_log", "alembic_version"})
_SKIPPED_COLUMNS = frozenset({"version"})  # the optimistic-lock counter is no content

_BY_EMPLOYEE = "(SELECT personnel_number FROM employee WHERE id = {row}.employee_id)"
_PERSONNEL_NUMBER = {
    "employee": "{row}.personnel_number",
    "app_user": "{row}.employee_number",
    "user_unit": "(SELECT employee_number FROM app_user WHERE login = {row}.login)",
    "assessment": _BY_EMPLOYEE,
    "interview": _BY_EMPLOYEE,
    "interview_draft": _BY_EMPLOYEE,
    "development_plan": _BY_EMPLOYEE,
    "registration": _BY_EMPLOYEE,
    "assessment_score": "(SELECT e.personnel_number FROM assessment a JOIN employee e "
    "ON e.id = a.employee_id WHERE a.id = {row}.assessment_id)",
    "interview_answer": "(SELECT e.personnel_number FROM interview i JOIN employee e "
    "ON e.id = i.employee_id WHERE i.id = {row}.interview_id)",
    "plan_item": "(SELECT e.personnel_number FROM development_plan p JOIN employee e "
    "ON e.id = p.employee_id WHERE p.id = {row}.plan_id)",
}


def audited_tables(tables: Iterable[Table]) -> list[Table]:
    return sorted((t for t in tables if t.name not in NOT_AUDITED), key=lambda t: t.name)


def _key_column(table: Table) -> str:
    keys = [c.name for c in table.primary_key.columns]
    return keys[0]


def _personnel_number(table: Table, row: str) -> str:
    template = _PERSONNEL_NUMBER.get(table.name)
    return template.format(row=row) if template else "NULL"


def _record(table: Table, row: str, concat: str) -> str:
    keys = [c.name for c in table.primary_key.columns]
    return f" {concat} '/' {concat} ".join(f"CAST({row}.{k} AS TEXT)" for k in keys)


# -- PostgreSQL ---------------------------------------------------------------------------------

#: Erased or past-term values out of the audit trail: the one sanctioned change of audit_log
#: (AVG art. 17 and 5.1.e; see persistence/privacy_audit.py). Owned by the schema owner, who
#: alone may switch off the protection trigger; only beheerder and hr may EXECUTE it
#: (pg_security). Removes the logins that are the people, the entries about them and about the
#: records, blanks their values in entries about others, and records ONE entry without content.
SCRUB_FUNCTION = """
CREATE OR REPLACE FUNCTION cp_scrub_audit(p_action text, p_numbers text[], p_records text[],
                                          p_values text[])
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_logins text[] := ARRAY(SELECT login FROM app_user WHERE employee_number = ANY(p_numbers));
BEGIN
  DELETE FROM user_unit WHERE login = ANY(v_logins);
  DELETE FROM app_user WHERE login = ANY(v_logins);
  p_values := p_values || v_logins;
  ALTER TABLE audit_log DISABLE TRIGGER audit_log_protect;
  UPDATE audit_log SET login = '(gewist)' WHERE login = ANY(v_logins);
  DELETE FROM audit_log WHERE personnel_number = ANY(p_numbers)
    OR (table_name || ':' || coalesce(record, '')) = ANY(p_records)
    OR (table_name IN ('app_user', 'user_unit') AND split_part(record, '/', 1) = ANY(v_logins));
  UPDATE audit_log a SET changes = (
    SELECT coalesce(json_agg(json_build_object(
      'field', c ->> 'field',
      'old', CASE WHEN EXISTS (SELECT 1 FROM unnest(p_values) v WHERE strpos(c ->> 'old', v) > 0)
                  THEN to_json('(gewist)'::text) ELSE c -> 'old' END,
      'new', CASE WHEN EXISTS (SELECT 1 FROM unnest(p_values) v WHERE strpos(c ->> 'new', v) > 0)
                  THEN to_json('(gewist)'::text) ELSE c -> 'new' END)), '[]'::json)
    FROM json_array_elements(a.changes) c)
  WHERE EXISTS (SELECT 1 FROM unnest(p_values) v WHERE strpos(a.changes::text, v) > 0);
  ALTER TABLE audit_log ENABLE TRIGGER audit_log_protect;
  INSERT INTO audit_log (at, login, action, table_name, record, personnel_number, changes)
  VALUES (now(), session_user, p_action, 'employee', NULL, NULL, '[]'::json);
END $$;
REVOKE ALL ON FUNCTION cp_scrub_audit(text, text[], text[], text[]) FROM PUBLIC;
"""

_PG_CHANGES = f"""
CREATE OR REPLACE FUNCTION cp_audit_changes(old_row jsonb, new_row jsonb, free text[])
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object(
      'field', k,
      'old', CASE WHEN k = ANY(free) AND old_row IS NOT NULL THEN to_jsonb('{FREE_TEXT_MARK}'::text)
                  ELSE old_row -> k END,
      'new', CASE WHEN k = ANY(free) AND new_row IS NOT NULL THEN to_jsonb('{FREE_TEXT_MARK}'::text)
                  ELSE new_row -> k END) ORDER BY k), '[]'::jsonb)
  FROM jsonb_object_keys(coalesce(new_row, old_row)) AS k
  WHERE k <> ALL(ARRAY{sorted(_SKIPPED_COLUMNS)}::text[])
    AND coalesce(nullif(old_row -> k, '""'::jsonb), 'null'::jsonb)
        IS DISTINCT FROM coalesce(nullif(new_row -> k, '""'::jsonb), 'null'::jsonb)
$$;
CREATE OR REPLACE FUNCTION cp_audit_event(p_action text, p_table text, p_record text,
                                          p_personnel_numbers text[])
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO audit_log (at, login, action, table_name, record, personnel_number, changes)
  SELECT now(), session_user, p_action, p_table, p_record, nr, '[]'::json
  FROM unnest(CASE WHEN cardinality(p_personnel_numbers) > 0 THEN p_personnel_numbers
                   ELSE ARRAY[NULL::text] END) AS nr
$$;
CREATE OR REPLACE FUNCTION cp_audit_protect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Het auditlog kan niet worden gewijzigd of verwijderd.';
END $$;
DROP TRIGGER IF EXISTS audit_log_protect ON audit_log;
CREATE TRIGGER audit_log_protect BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION cp_audit_protect();
""" + SCRUB_FUNCTION



#: Who last changed a row and when, for the refusal of a stale save; SECURITY DEFINER because
#: staff logins may not read the audit log itself (granted in pg_security).
PG_LAST_CHANGE = """
CREATE OR REPLACE FUNCTION cp_last_change(p_table text, p_record text, p_employee text)
RETURNS TABLE (login text, at timestamptz) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  SELECT audit_log.login::text, audit_log.at FROM audit_log
  WHERE table_name = p_table AND action IN ('insert', 'update', 'delete')
    AND (p_record IS NULL OR record = p_record)
    AND (p_employee IS NULL OR personnel_number = p_employee)
  ORDER BY id DESC LIMIT 1
$$;
"""


_AUDIT_INSERT = (
    "INSERT INTO audit_log (at, login, action, table_name, record, personnel_number, changes)"
)


def _pg_function(table: Table) -> str:
    t, key = table.name, _key_column(table)
    free = sorted(c.name for c in table.columns if c.name in FREE_TEXT_FIELDS)
    free_sql = "ARRAY[" + ", ".join(f"'{f}'" for f in free) + "]::text[]"
    head = _AUDIT_INSERT
    return f"""
CREATE OR REPLACE FUNCTION cp_audit_{t}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {head}
    SELECT now(), session_user, 'insert', '{t}', {_record(table, "n", "||")},
           {_personnel_number(table, "n")}, '[]'::json
    FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    {head}
    SELECT now(), session_user, 'update', '{t}', {_record(table, "n", "||")},
           {_personnel_number(table, "n")}, c.changes::json
    FROM new_rows n JOIN old_rows o ON o.{key} = n.{key}
    CROSS JOIN LATERAL (SELECT cp_audit_changes(to_jsonb(o), to_jsonb(n), {free_sql}) AS changes) c
    WHERE c.changes <> '[]'::jsonb;
  ELSE
    {head}
    SELECT now(), session_user, 'delete', '{t}', {_record(table, "o", "||")},
           {_personnel_number(table, "o")}, cp_audit_changes(to_jsonb(o), NULL, {free_sql})::json
    FROM old_rows o;
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS audit_insert ON {t};
DROP TRIGGER IF EXISTS audit_update ON {t};
DROP TRIGGER IF EXISTS audit_delete ON {t};
CREATE TRIGGER audit_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cp_audit_{t}();
CREATE TRIGGER audit_update AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows
  NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_audit_{t}();
CREATE TRIGGER audit_delete AFTER DELETE ON {t} REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cp_audit_{t}();
"""


def install_postgres_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    connection.exec_driver_sql(_PG_CHANGES)
    for table in audited_tables(tables):
        connection.exec_driver_sql(_pg_function(table))


def drop_postgres_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    for table in audited_tables(tables):
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS cp_audit_{table.name}() CASCADE")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS cp_audit_changes(jsonb, jsonb, text[])")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS cp_audit_protect() CASCADE")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS cp_audit_event(text, text, text, text[])")
    connection.exec_driver_sql(
        "DROP FUNCTION IF EXISTS cp_scrub_audit(text, text[], text[], text[])"
    )


# -- SQLite -------------------------------------------------------------------------------------

SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now') || substr(strftime('%f', 'now'), 3) || '000'"
_SQLITE_PROTECT = """
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewijzigd of verwijderd.'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewijzigd of verwijderd.'); END;
"""


def _sqlite_value(table: Table, column: str, row: str) -> str:
    if column in FREE_TEXT_FIELDS:
        return f"'{FREE_TEXT_MARK}'"
    if isinstance(table.columns[column].type, JSON):
        return f"json({row}.{column})"
    return f"{row}.{column}"


def _sqlite_changes(table: Table, action: str) -> str:
    parts = []
    for column in (c.name for c in table.columns if c.name not in _SKIPPED_COLUMNS):
        old = _sqlite_value(table, column, "OLD") if action != "insert" else "NULL"
        new = _sqlite_value(table, column, "NEW") if action != "delete" else "NULL"
        if action == "update":
            when = f"OLD.{column} IS NOT NEW.{column}"
        else:
            row = "NEW" if action == "insert" else "OLD"
            when = f"{row}.{column} IS NOT NULL AND {row}.{column} IS NOT ''"
        parts.append(
            f"SELECT json_object('field', '{column}', 'old', {old}, 'new', {new}) AS c WHERE {when}"
        )
    return "(SELECT json_group_array(json(c)) FROM (" + " UNION ALL ".join(parts) + "))"


def _sqlite_trigger(table: Table, action: str) -> str:
    t = table.name
    row = "OLD" if action == "delete" else "NEW"
    keep = "WHERE changes <> '[]'" if action == "update" else ""
    changes = "'[]'" if action == "insert" else _sqlite_changes(table, action)
    return f"""
CREATE TRIGGER audit_{t}_{action} AFTER {action.upper()} ON {t}
BEGIN
  INSERT INTO audit_log (at, login, action, table_name, record, personnel_number, changes)
  SELECT {SQLITE_NOW}, cp_login(), '{action}', '{t}', {_record(table, row, "||")},
         {_personnel_number(table, row)}, changes
  FROM (SELECT {changes} AS changes) {keep};
END;
"""


def install_sqlite_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    for table in audited_tables(tables):
        for action in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table.name}_{action}")
            connection.exec_driver_sql(_sqlite_trigger(table, action))
    for statement in _SQLITE_PROTECT.split("END;"):
        if statement.strip():
            connection.exec_driver_sql(statement + "END;")


def drop_sqlite_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    for table in audited_tables(tables):
        for action in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_{table.name}_{action}")


def drop_sqlite_protection(connection: Connection) -> None:
    """Only for the sanctioned scrub of erased data (privacy_audit); reinstalled with
    :func:`install_sqlite_triggers` in the same transaction."""
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")


def install_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    if connection.dialect.name == "postgresql":
        install_postgres_triggers(connection, tables)
    elif connection.dialect.name == "sqlite":
        install_sqlite_triggers(connection, tables)


def drop_triggers(connection: Connection, tables: Iterable[Table]) -> None:
    if connection.dialect.name == "postgresql":
        drop_postgres_triggers(connection, tables)
    elif connection.dialect.name == "sqlite":
        drop_sqlite_triggers(connection, tables)
