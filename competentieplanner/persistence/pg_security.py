"""Need-to-know on PostgreSQL, enforced by the server: group roles, grants, row-level security
and the aggregate views for management. Applied by ``server init`` with an administrator
connection; running it again brings an existing database up to date.

A login is a member of one group role (``cp_beheerder``, ``cp_hr``, ``cp_teamleider``,
``cp_management``). The policies ask ``app_user``/``user_unit`` (through SECURITY DEFINER
functions, so a team lead cannot read or change those links) which units the connected login
(``session_user``: inside the SECURITY DEFINER functions ``current_user`` is their owner) leads;
the units below them come with them. Management has no privilege on
any table holding individual data, only on the ``mgmt_*`` views, which suppress groups smaller
than :data:`SMALL_GROUP`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

GROUP_ROLES = {
    "beheerder": "cp_beheerder",
    "hr": "cp_hr",
    "teamleider": "cp_teamleider",
    "management": "cp_management",
}
#: Aggregates over fewer people than this are left out of the management views.
SMALL_GROUP = 5

REFERENCE_TABLES = (
    "level_scale", "scale_level", "framework", "competency", "indicator", "profile",
    "requirement", "training_offer", "offer_effect", "authority", "interview_question",
    "setting", "org_unit",
    "registration_kind",
)
_BY_EMPLOYEE = "employee_id IN (SELECT cp_visible_employees())"
#: Tables holding individual data, with the row condition for a team lead.
PERSONAL_TABLES = {
    "employee": "unit_id IN (SELECT cp_visible_units())",
    "assessment": _BY_EMPLOYEE,
    "interview": _BY_EMPLOYEE,
    "interview_draft": _BY_EMPLOYEE,
    "development_plan": _BY_EMPLOYEE,
    "registration": _BY_EMPLOYEE,
    # The parent table's own policy decides: a child row is visible when its parent is.
    "assessment_score": "assessment_id IN (SELECT id FROM assessment)",
    "interview_answer": "interview_id IN (SELECT id FROM interview)",
    "plan_item": "plan_id IN (SELECT id FROM development_plan)",
}
#: Rows that belong to one login: nobody else sees them, not even HR. A draft saved before
#: authors were recorded has none and stays visible as before.
OWNED_TABLES = {"interview_draft": "coalesce(author, session_user) = session_user"}
MANAGEMENT_VIEWS = ("mgmt_unit_staff", "mgmt_unit_competency", "mgmt_unit_plans")
#: The settings hr may change: the retention terms (``retention.<kind>_months``).
RETENTION_PREFIX = "retention."

_ALL = ", ".join(GROUP_ROLES.values())
_STAFF_ROLES = "cp_beheerder, cp_hr, cp_teamleider"

_FUNCTIONS = """
CREATE OR REPLACE FUNCTION cp_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  SELECT role FROM app_user WHERE login = session_user AND active
$$;
CREATE OR REPLACE FUNCTION cp_sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$
  SELECT coalesce(cp_role() IN ('beheerder', 'hr'), false)
$$;
CREATE OR REPLACE FUNCTION cp_visible_units() RETURNS SETOF integer LANGUAGE sql STABLE
SECURITY DEFINER SET search_path FROM CURRENT AS $$
  WITH RECURSIVE led(id) AS (
    SELECT u.id FROM org_unit u
    JOIN user_unit l ON l.unit_name = u.name
    JOIN app_user a ON a.login = l.login AND a.active AND a.role = 'teamleider'
    WHERE l.login = session_user
    UNION
    SELECT child.id FROM org_unit child JOIN led ON child.parent_id = led.id
  )
  SELECT id FROM led
$$;
CREATE OR REPLACE FUNCTION cp_visible_employees() RETURNS SETOF integer LANGUAGE sql STABLE
SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT id FROM employee WHERE unit_id IN (SELECT cp_visible_units())
$$;
"""


def _views() -> str:
    return f"""
CREATE OR REPLACE VIEW mgmt_unit_staff AS
  SELECT u.name AS unit, count(e.id) AS staff, round(sum(coalesce(e.fte, 0))::numeric, 2) AS fte
  FROM org_unit u JOIN employee e ON e.unit_id = u.id
  GROUP BY u.name HAVING count(e.id) >= {SMALL_GROUP};
CREATE OR REPLACE VIEW mgmt_unit_competency AS
  WITH latest AS (
    SELECT DISTINCT ON (a.employee_id) a.id, a.employee_id
    FROM assessment a
    ORDER BY a.employee_id, a.assessed_on DESC, (a.kind = 'agreed') DESC, a.id DESC
  )
  SELECT u.name AS unit, c.code AS competency, count(DISTINCT l.employee_id) AS staff,
         round(avg(s.level)::numeric, 2) AS average_level
  FROM latest l
  JOIN employee e ON e.id = l.employee_id
  JOIN org_unit u ON u.id = e.unit_id
  JOIN assessment_score s ON s.assessment_id = l.id
  JOIN competency c ON c.id = s.competency_id
  GROUP BY u.name, c.code HAVING count(DISTINCT l.employee_id) >= {SMALL_GROUP};
CREATE OR REPLACE VIEW mgmt_unit_plans AS
  SELECT u.name AS unit, count(DISTINCT p.employee_id) AS staff_with_plan,
         count(i.id) AS activities, coalesce(sum(i.cost), 0) AS cost,
         coalesce(sum(i.hours), 0) AS hours
  FROM org_unit u
  JOIN employee e ON e.unit_id = u.id
  JOIN development_plan p ON p.employee_id = e.id
  LEFT JOIN plan_item i ON i.plan_id = p.id
  GROUP BY u.name HAVING count(DISTINCT p.employee_id) >= {SMALL_GROUP};
"""


def _roles() -> str:
    lines = ["DO $$ BEGIN"]
    for group in GROUP_ROLES.values():
        lines.append(
            f"  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
            f"CREATE ROLE {group} NOLOGIN; END IF;"
        )
    lines.append("END $$;")
    return "\n".join(lines)


def _grants() -> str:
    statements = [
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {_ALL}",
        f"GRANT SELECT ON alembic_version, app_user, user_unit TO {_ALL}",
        "GRANT INSERT, UPDATE, DELETE ON app_user, user_unit TO cp_beheerder",
        # the audit trail about a person is part of their inzage (AVG art. 15): hr and team
        # leads read the entries about people they may see (policy below), beheerder all
        "GRANT SELECT ON audit_log TO cp_beheerder, cp_hr, cp_teamleider",
        f"GRANT SELECT ON {', '.join(REFERENCE_TABLES)} TO {_ALL}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REFERENCE_TABLES)} TO cp_beheerder",
        "GRANT INSERT, UPDATE ON setting TO cp_hr",  # the retention terms only (policy below)
        f"GRANT SELECT ON budget TO {_STAFF_ROLES}",
        "GRANT INSERT, UPDATE, DELETE ON budget TO cp_beheerder, cp_hr",
        f"GRANT SELECT, UPDATE ON employee TO {_STAFF_ROLES}",
        "GRANT INSERT, DELETE ON employee TO cp_beheerder, cp_hr",
        f"GRANT SELECT ON {', '.join(MANAGEMENT_VIEWS)} TO cp_management, cp_hr, cp_beheerder",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {_STAFF_ROLES}",
        f"GRANT EXECUTE ON FUNCTION cp_role(), cp_sees_all(), cp_visible_units(), "
        f"cp_visible_employees(), cp_audit_event(text, text, text, text[]) TO {_ALL}",
        # erasure and retention scrub the audit trail (AVG); a team lead may not
        "GRANT EXECUTE ON FUNCTION cp_scrub_audit(text, text[], text[], text[]) "
        "TO cp_beheerder, cp_hr",
        f"GRANT EXECUTE ON FUNCTION cp_last_change(text, text, text) TO {_STAFF_ROLES}",
    ]
    children = [t for t in PERSONAL_TABLES if t != "employee"]
    statements.append(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(children)} TO {_STAFF_ROLES}"
    )
    return ";\n".join(statements) + ";"


def _policies() -> str:
    statements = []
    for table, condition in PERSONAL_TABLES.items():
        rule = f"(SELECT cp_sees_all()) OR ({condition})"
        if table in OWNED_TABLES:
            rule = f"({OWNED_TABLES[table]}) AND ({rule})"
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS need_to_know ON {table}",
            f"CREATE POLICY need_to_know ON {table} USING ({rule}) WITH CHECK ({rule})",
        ]
    audit_rule = (
        "(SELECT cp_role()) = 'beheerder' OR (personnel_number IS NOT NULL AND ("
        "(SELECT cp_sees_all()) OR personnel_number IN (SELECT personnel_number FROM employee "
        "WHERE id IN (SELECT cp_visible_employees()))))"
    )
    retention_rule = (
        "(SELECT cp_role()) = 'beheerder' OR ((SELECT cp_role()) = 'hr' AND "
        f"starts_with(key, '{RETENTION_PREFIX}'))"
    )
    statements += [
        "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS need_to_know ON audit_log",
        f"CREATE POLICY need_to_know ON audit_log FOR SELECT USING ({audit_rule})",
        "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS everyone_reads ON setting",
        "CREATE POLICY everyone_reads ON setting FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS who_changes ON setting",
        f"CREATE POLICY who_changes ON setting FOR ALL USING ({retention_rule}) "
        f"WITH CHECK ({retention_rule})",
    ]
    for table in ("app_user", "user_unit"):
        rule = "login = session_user OR (SELECT cp_role()) = 'beheerder'"
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS own_account ON {table}",
            f"CREATE POLICY own_account ON {table} USING ({rule}) WITH CHECK ({rule})",
        ]
    return ";\n".join(statements) + ";"


def apply(session: Session) -> None:
    """Create or refresh roles, functions, views, grants and policies (administrator only)."""
    connection = session.connection()
    for script in (_roles(), _FUNCTIONS, _views(), _grants(), _policies()):
        connection.exec_driver_sql(script)
