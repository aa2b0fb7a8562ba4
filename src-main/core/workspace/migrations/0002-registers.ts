import type { Migration } from './migration';

/**
 * The registers (ISO/IEC 20000-1:2018 8.2–8.3): services with their catalogue entry, customers,
 * suppliers, agreements with service level targets and measurements, reviews; the search index
 * over them; and the hash-chained change log every write appends to.
 *
 * Records have a UUID primary key and a short human code (SVC-012) that is unique per register.
 * Child rows (contacts, components, actions…) belong to one record and go with it.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'registers',
  up(db) {
    db.exec(`
      CREATE TABLE service (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        lifecycle TEXT NOT NULL CHECK (lifecycle IN ('pipeline', 'live', 'retired')),
        criticality TEXT NOT NULL CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
        -- The catalogue entry (8.2.4): the customer-facing view of a live service.
        in_catalogue INTEGER NOT NULL DEFAULT 0 CHECK (in_catalogue IN (0, 1)),
        catalogue_offerings TEXT NOT NULL DEFAULT '',
        catalogue_request_types TEXT NOT NULL DEFAULT '',
        catalogue_availability_hours TEXT NOT NULL DEFAULT '',
        catalogue_targets_offered TEXT NOT NULL DEFAULT '',
        catalogue_visibility TEXT NOT NULL DEFAULT 'internal'
          CHECK (catalogue_visibility IN ('public', 'customers', 'internal')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE customer (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN ('external', 'internal')),
        relationship_manager TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE supplier (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN ('external', 'internal', 'customer')),
        -- A customer acting as a supplier (8.3.4.2) is that customer.
        customer_id TEXT REFERENCES customer (id) ON DELETE RESTRICT,
        description TEXT NOT NULL DEFAULT '',
        provides_processes TEXT NOT NULL DEFAULT '',
        risk_rating TEXT NOT NULL CHECK (risk_rating IN ('low', 'medium', 'high')),
        review_cadence_months INTEGER CHECK (review_cadence_months BETWEEN 1 AND 60),
        last_review_date TEXT,
        next_review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((kind = 'customer') = (customer_id IS NOT NULL))
      ) STRICT;

      CREATE TABLE agreement (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        type TEXT NOT NULL CHECK (type IN ('sla', 'ola', 'contract', 'other')),
        customer_id TEXT REFERENCES customer (id) ON DELETE RESTRICT,
        supplier_id TEXT REFERENCES supplier (id) ON DELETE RESTRICT,
        description TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        notice_period_days INTEGER CHECK (notice_period_days BETWEEN 0 AND 3650),
        review_cadence_months INTEGER CHECK (review_cadence_months BETWEEN 1 AND 60),
        last_review_date TEXT,
        next_review_date TEXT,
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'expired', 'terminated')),
        document_links TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      ) STRICT;

      CREATE TABLE target (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
        service_id TEXT REFERENCES service (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        metric TEXT NOT NULL
          CHECK (metric IN ('availability', 'response_time', 'resolution_time', 'satisfaction', 'custom')),
        comparison TEXT CHECK (comparison IN ('>=', '<=', '>', '<', '=')),
        threshold REAL,
        unit TEXT NOT NULL DEFAULT '',
        period TEXT CHECK (period IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE measurement (
        id TEXT PRIMARY KEY,
        target_id TEXT NOT NULL REFERENCES target (id) ON DELETE CASCADE,
        -- The first day of the measured period (YYYY-MM-DD).
        period_start TEXT NOT NULL,
        value REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (target_id, period_start)
      ) STRICT;

      CREATE TABLE review (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        subject TEXT NOT NULL CHECK (subject IN ('agreement', 'supplier')),
        agreement_id TEXT REFERENCES agreement (id) ON DELETE RESTRICT,
        supplier_id TEXT REFERENCES supplier (id) ON DELETE RESTRICT,
        review_date TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((subject = 'agreement') = (agreement_id IS NOT NULL)),
        CHECK ((subject = 'supplier') = (supplier_id IS NOT NULL))
      ) STRICT;

      -- Children: owned by one record, replaced with it, deleted with it.
      CREATE TABLE service_customer (
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        customer_id TEXT NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
        PRIMARY KEY (service_id, customer_id)
      ) STRICT;

      CREATE TABLE service_dependency (
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        depends_on_id TEXT NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
        PRIMARY KEY (service_id, depends_on_id),
        CHECK (service_id <> depends_on_id)
      ) STRICT;

      CREATE TABLE service_component (
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        -- 8.2.3: the party that operates this part, when it is not the organisation itself.
        operated_by_supplier_id TEXT REFERENCES supplier (id) ON DELETE RESTRICT,
        PRIMARY KEY (service_id, position)
      ) STRICT;

      CREATE TABLE customer_contact (
        customer_id TEXT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (customer_id, position)
      ) STRICT;

      CREATE TABLE customer_satisfaction (
        customer_id TEXT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        measured_on TEXT NOT NULL,
        score REAL NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (customer_id, position)
      ) STRICT;

      CREATE TABLE customer_complaint (
        customer_id TEXT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        received_on TEXT NOT NULL,
        description TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'investigating', 'resolved', 'closed')),
        resolution TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (customer_id, position)
      ) STRICT;

      CREATE TABLE supplier_contact (
        supplier_id TEXT NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (supplier_id, position)
      ) STRICT;

      CREATE TABLE supplier_service (
        supplier_id TEXT NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
        PRIMARY KEY (supplier_id, service_id)
      ) STRICT;

      CREATE TABLE supplier_evaluation (
        supplier_id TEXT NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        evaluated_on TEXT NOT NULL,
        criterion TEXT NOT NULL,
        score REAL NOT NULL,
        weight REAL NOT NULL DEFAULT 1,
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (supplier_id, position)
      ) STRICT;

      CREATE TABLE supplier_raci (
        supplier_id TEXT NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
        activity TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('R', 'A', 'C', 'I')),
        PRIMARY KEY (supplier_id, position)
      ) STRICT;

      CREATE TABLE agreement_service (
        agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        service_id TEXT NOT NULL REFERENCES service (id) ON DELETE RESTRICT,
        PRIMARY KEY (agreement_id, service_id)
      ) STRICT;

      CREATE TABLE review_action (
        review_id TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
        PRIMARY KEY (review_id, position)
      ) STRICT;

      -- Reverse lookups ("which agreements cover this service?") and register filters stay indexed.
      CREATE INDEX service_customer_by_customer ON service_customer (customer_id);
      CREATE INDEX service_dependency_by_target ON service_dependency (depends_on_id);
      CREATE INDEX service_component_by_supplier ON service_component (operated_by_supplier_id);
      CREATE INDEX supplier_by_customer ON supplier (customer_id);
      CREATE INDEX supplier_service_by_service ON supplier_service (service_id);
      CREATE INDEX supplier_raci_by_service ON supplier_raci (service_id);
      CREATE INDEX agreement_by_customer ON agreement (customer_id);
      CREATE INDEX agreement_by_supplier ON agreement (supplier_id);
      CREATE INDEX agreement_by_end_date ON agreement (end_date);
      CREATE INDEX agreement_service_by_service ON agreement_service (service_id);
      CREATE INDEX target_by_agreement ON target (agreement_id);
      CREATE INDEX target_by_service ON target (service_id);
      CREATE INDEX review_by_agreement ON review (agreement_id);
      CREATE INDEX review_by_supplier ON review (supplier_id);
      CREATE INDEX service_by_name ON service (name COLLATE NOCASE);
      CREATE INDEX customer_by_name ON customer (name COLLATE NOCASE);
      CREATE INDEX supplier_by_name ON supplier (name COLLATE NOCASE);
      CREATE INDEX agreement_by_title ON agreement (title COLLATE NOCASE);
      CREATE INDEX target_by_name ON target (name COLLATE NOCASE);
      -- Covers "latest value of a target" and the readiness rules over the last periods without
      -- reading the measurement rows themselves.
      CREATE INDEX measurement_by_target_period_value ON measurement (target_id, period_start, value);

      -- Search over every register: codes, names and descriptions, kept in step by the stores.
      CREATE VIRTUAL TABLE record_search USING fts5 (
        register UNINDEXED,
        record_id UNINDEXED,
        code,
        name,
        description,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      -- FTS5 can only find its rows fast by rowid: this maps each record to its row in the index.
      CREATE TABLE record_search_key (
        record_id TEXT PRIMARY KEY,
        search_rowid INTEGER NOT NULL
      ) STRICT;

      -- Append-only, hash-chained: each entry's hash covers its content and the previous hash.
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        register TEXT NOT NULL,
        record_id TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
        before TEXT,
        after TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_log_by_record ON change_log (record_id, seq);

      CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
      CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
      BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    `);
  },
};
