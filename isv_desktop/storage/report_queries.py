"""The SQL of the yearly report: every figure is a COUNT or SUM over the tables, grouped where it is by kind.

Parameters (named):
    :first_day, :last_day     the year as ISO dates ('2025-01-01', '2025-12-31')
    :next_first_day           the first day after the year (created_at carries a time)
    :periods                  JSON [[valid_from, valid_until, supplies_cents, works_cents], …]; later rows win
    :library                  JSON {criterion_id: criterion type}

Nothing here is built from user text: the fragments are constants joined together.
"""
from __future__ import annotations

# The dossiers that count: not deleted, not left out of the report.
COUNTED = """counted AS (
    SELECT id FROM dossiers
    WHERE status != 'deleted' AND id NOT IN (SELECT dossier_id FROM report_exclusions))"""

# The tenders started in the year (dossier opened in it) that count.
STARTED_IDS = """started_ids AS (
    SELECT id FROM dossiers
    WHERE created_at >= :first_day AND created_at < :next_first_day
      AND status != 'deleted' AND id NOT IN (SELECT dossier_id FROM report_exclusions))"""

# One row per tender started in the year, with everything the tender figures count.
FLAGS = f"""WITH
{STARTED_IDS},
periods AS (
    SELECT CAST(key AS INTEGER) AS rank, json_extract(value, '$[0]') AS valid_from,
           json_extract(value, '$[1]') AS valid_until, json_extract(value, '$[2]') AS supplies_cents,
           json_extract(value, '$[3]') AS works_cents, json_extract(value, '$[4]') AS social_cents
    FROM json_each(:periods)),
library AS (SELECT key AS criterion_id, value AS type FROM json_each(:library)),
variants AS (
    SELECT dossier_id,
           max(type = 'contract_condition') AS contract_condition,
           max(type = 'minimum_requirement') AS minimum_requirement,
           max(type = 'selection_criterion') AS selection_criterion,
           max(type = 'award_criterion') AS award_criterion
    FROM (
        SELECT c.dossier_id, coalesce(l.type, CASE c.phase
                   WHEN 'contract' THEN 'contract_condition' WHEN 'specification' THEN 'minimum_requirement'
                   WHEN 'selection' THEN 'selection_criterion' WHEN 'award' THEN 'award_criterion' END) AS type
        FROM chosen_criteria c LEFT JOIN library l ON l.criterion_id = c.criterion_id
        WHERE c.dossier_id IN (SELECT id FROM started_ids))
    GROUP BY dossier_id),
consulted AS (
    SELECT dossier_id, count(*) AS consultations FROM stakeholder_consultations
    WHERE dossier_id IN (SELECT id FROM started_ids) GROUP BY dossier_id),
started AS (
    SELECT d.id, d.title, d.reference, d.created_at, d.status, d.estimated_value_cents AS value_cents,
           d.risk_category, d.decision, d.non_application_reason, d.non_application_text,
           coalesce(s.ambition, 'basis') AS ambition,
           (SELECT CASE d.contract_kind WHEN 'works' THEN p.works_cents WHEN 'social_services' THEN p.social_cents
                   ELSE p.supplies_cents END
              FROM periods p
              WHERE coalesce(d.call_for_competition_date, substr(d.created_at, 1, 10))
                    BETWEEN p.valid_from AND p.valid_until
                AND (CASE d.contract_kind WHEN 'works' THEN p.works_cents WHEN 'social_services' THEN p.social_cents
                     ELSE p.supplies_cents END) IS NOT NULL
              ORDER BY p.rank DESC LIMIT 1) AS threshold_cents
    FROM dossiers d LEFT JOIN criteria_settings s ON s.dossier_id = d.id
    WHERE d.id IN (SELECT id FROM started_ids)),
flags AS (
    SELECT t.*,
           coalesce(t.value_cents >= t.threshold_cents, 0) AS above,
           coalesce(t.risk_category, '') != '' AS in_category,
           t.decision = 'apply' AS applied,
           coalesce(v.contract_condition, 0) AS contract_condition,
           coalesce(v.minimum_requirement, 0) AS minimum_requirement,
           coalesce(v.selection_criterion, 0) AS selection_criterion,
           coalesce(v.award_criterion, 0) AS award_criterion,
           coalesce(k.consultations, 0) AS consultations
    FROM started t LEFT JOIN variants v ON v.dossier_id = t.id LEFT JOIN consulted k ON k.dossier_id = t.id)
"""

TENDERS = FLAGS + """
SELECT count(*),
       total(value_cents IS NULL),
       total(value_cents IS NOT NULL AND threshold_cents IS NULL),
       total(above),
       total(in_category),
       total(risk_category IS NULL),
       total(above AND in_category),
       total(applied),
       total(applied AND above AND in_category),
       total(decision = 'not_apply'),
       total(decision = 'undecided'),
       total(applied AND contract_condition),
       total(applied AND minimum_requirement),
       total(applied AND selection_criterion),
       total(applied AND award_criterion),
       total(applied AND (selection_criterion OR award_criterion)),
       total(applied AND NOT (contract_condition OR minimum_requirement OR selection_criterion OR award_criterion)),
       total(applied AND ambition = 'basis'),
       total(applied AND ambition = 'significant'),
       total(applied AND ambition = 'ambitious'),
       total(consultations > 0)
FROM flags"""

REASONS = FLAGS + """
SELECT non_application_reason, count(*), total(above AND in_category)
FROM flags WHERE decision = 'not_apply'
GROUP BY non_application_reason ORDER BY count(*) DESC, coalesce(non_application_reason, '~')"""

DOSSIER_LIST = FLAGS + """
SELECT id, title, reference, created_at, status, value_cents, threshold_cents, risk_category, decision,
       non_application_reason, non_application_text, ambition,
       contract_condition, minimum_requirement, selection_criterion, award_criterion, consultations
FROM flags ORDER BY created_at, id"""

# The latest scan of each started tender that still has a product group in scope (as step 2 shows it).
_LATEST_SCANS = f"""WITH
{STARTED_IDS},
latest AS (
    SELECT max(id) AS id FROM scan_snapshots
    WHERE dossier_id IN (SELECT id FROM started_ids) AND dossier_id IN (SELECT dossier_id FROM scan_groups)
    GROUP BY dossier_id)"""

THEMES_HIGH = _LATEST_SCANS + """
SELECT json_extract(t.value, '$.theme') AS theme, count(*) AS tenders
FROM scan_snapshots s JOIN json_each(s.record_json, '$.themes') t
WHERE s.id IN (SELECT id FROM latest) AND json_extract(t.value, '$.level') = 'high'
GROUP BY theme"""

SCANNED = _LATEST_SCANS + "\nSELECT count(*) FROM latest"

CONSULTATIONS = f"""WITH
{STARTED_IDS}
SELECT kind, count(*), count(DISTINCT dossier_id) FROM stakeholder_consultations
WHERE dossier_id IN (SELECT id FROM started_ids) GROUP BY kind"""

QUESTIONNAIRES = f"""WITH
{COUNTED}
SELECT count(*), total(returned_on IS NOT NULL), total(returned_on <= due_on)
FROM questionnaires
WHERE sent_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)"""

PLANS = f"""WITH
{COUNTED}
SELECT p.overall_verdict, count(*), total(p.received_on IS NOT NULL), total(p.received_on <= p.due_on),
       total(p.overall_verdict IS NOT NULL)
FROM plans_of_action p JOIN suppliers s ON s.id = p.supplier_id
WHERE p.due_on BETWEEN :first_day AND :last_day AND s.dossier_id IN (SELECT id FROM counted)
GROUP BY p.overall_verdict"""

PROGRESS_REPORTS = f"""WITH
{COUNTED}
SELECT verdict, count(*), total(received_on IS NOT NULL), total(received_on <= due_on),
       total(verdict IS NOT NULL), total(verdict IS NOT NULL AND assessed_on <= due_on)
FROM progress_reports
WHERE due_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)
GROUP BY verdict"""

CONTRACTS = f"""WITH
{COUNTED}
SELECT count(*), total(on_time) FROM (
    SELECT dossier_id, min(verdict IS NOT NULL AND coalesce(assessed_on <= due_on, 0)) AS on_time
    FROM progress_reports
    WHERE due_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)
    GROUP BY dossier_id)"""

SIGNALS = f"""WITH
{COUNTED}
SELECT (SELECT count(*) FROM signals WHERE logged_on BETWEEN :first_day AND :last_day),
       (SELECT count(*) FROM signals WHERE logged_on BETWEEN :first_day AND :last_day AND handled_on IS NOT NULL),
       count(*), total(closed_on IS NOT NULL)
FROM signal_followups
WHERE opened_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)"""

AUDITS = f"""WITH
{COUNTED}
SELECT kind, count(*) FROM audits
WHERE held_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)
GROUP BY kind"""

ACTIONS = f"""WITH
{COUNTED}
SELECT count(*), total(status = 'done'), total(status = 'done' AND closed_on <= due_on)
FROM corrective_actions
WHERE due_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)"""

ESCALATIONS = f"""WITH
{COUNTED}
SELECT step, count(*) FROM escalations
WHERE taken_on BETWEEN :first_day AND :last_day AND dossier_id IN (SELECT id FROM counted)
GROUP BY step"""

LEFT_OUT = """
SELECT d.id, d.title, d.reference, d.created_at, x.reason, x.left_out_on
FROM report_exclusions x JOIN dossiers d ON d.id = x.dossier_id
WHERE d.status != 'deleted' ORDER BY d.created_at, d.id"""
