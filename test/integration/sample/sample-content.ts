import type Database from 'better-sqlite3';

/**
 * Everything a person reads in the sample's registers, with record ids (random UUIDs) replaced by
 * the codes they stand for: two samples made for the same day must read the same.
 */
export function sampleContent(db: Database.Database): Record<string, unknown[]> {
  const queries: Record<string, string> = {
    services: `SELECT code, name, description, owner, lifecycle, criticality, in_catalogue, catalogue_offerings,
      catalogue_availability_hours, catalogue_visibility FROM service ORDER BY code`,
    dependencies: `SELECT s.code, d.code AS depends_on FROM service_dependency x
      JOIN service s ON s.id = x.service_id JOIN service d ON d.id = x.depends_on_id ORDER BY 1, 2`,
    components: `SELECT s.code, c.position, c.name, c.type, c.owner, p.code AS operated_by FROM service_component c
      JOIN service s ON s.id = c.service_id LEFT JOIN supplier p ON p.id = c.operated_by_supplier_id ORDER BY 1, 2`,
    servedCustomers: `SELECT s.code, c.code AS customer FROM service_customer x
      JOIN service s ON s.id = x.service_id JOIN customer c ON c.id = x.customer_id ORDER BY 1, 2`,
    customers: 'SELECT code, name, kind, relationship_manager, description FROM customer ORDER BY code',
    satisfaction: `SELECT c.code, s.measured_on, s.score, s.comment FROM customer_satisfaction s
      JOIN customer c ON c.id = s.customer_id ORDER BY 1, 2`,
    complaints: `SELECT c.code, x.received_on, x.status, x.description FROM customer_complaint x
      JOIN customer c ON c.id = x.customer_id ORDER BY 1, 2`,
    suppliers: `SELECT s.code, s.name, s.kind, c.code AS customer, s.risk_rating, s.review_cadence_months,
      s.last_review_date, s.next_review_date FROM supplier s LEFT JOIN customer c ON c.id = s.customer_id ORDER BY 1`,
    raci: `SELECT p.code, r.position, s.code AS service, r.activity, r.role FROM supplier_raci r
      JOIN supplier p ON p.id = r.supplier_id JOIN service s ON s.id = r.service_id ORDER BY 1, 2`,
    agreements: `SELECT a.code, a.title, a.type, c.code AS customer, s.code AS supplier, a.start_date, a.end_date,
      a.notice_period_days, a.last_review_date, a.next_review_date, a.status FROM agreement a
      LEFT JOIN customer c ON c.id = a.customer_id LEFT JOIN supplier s ON s.id = a.supplier_id ORDER BY 1`,
    targets: `SELECT t.code, a.code AS agreement, s.code AS service, t.name, t.metric, t.comparison, t.threshold,
      t.unit, t.period FROM target t JOIN agreement a ON a.id = t.agreement_id LEFT JOIN service s ON s.id = t.service_id
      ORDER BY 1`,
    measurements: `SELECT t.code, m.period_start, m.value, m.note FROM measurement m
      JOIN target t ON t.id = m.target_id ORDER BY 1, 2`,
    reviews: `SELECT r.code, r.subject, coalesce(a.code, s.code) AS of, r.review_date, r.participants, r.outcome
      FROM review r LEFT JOIN agreement a ON a.id = r.agreement_id LEFT JOIN supplier s ON s.id = r.supplier_id
      ORDER BY 1`,
    actions: `SELECT r.code, x.position, x.description, x.owner, x.due_date, x.status FROM review_action x
      JOIN review r ON r.id = x.review_id ORDER BY 1, 2`,
    assessments: `SELECT item_id, status, client_notes, internal_notes, interviewees, owner, due_date
      FROM assessment ORDER BY item_id`,
    evidence: `SELECT e.code, e.file_name, e.media_type, e.sha256, e.effective_date, group_concat(i.item_id)
      FROM evidence e LEFT JOIN evidence_item i ON i.evidence_id = e.id GROUP BY e.id ORDER BY e.code`,
    findings: `SELECT code, type, title, status, raised_on, action_owner, action_due_date, action_status
      FROM finding ORDER BY code`,
  };
  return Object.fromEntries(
    Object.entries(queries).map(([name, sql]) => [name, db.prepare(sql).raw().all()]),
  );
}
