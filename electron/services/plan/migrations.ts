import type { Migration } from '../../db/migrations/Migration';

/**
 * The cluster plan (issue 9). A cluster has one plan (`plans.id` is the cluster's id); frozen
 * versions keep a JSON copy of it (`PlanDoc`). References to the map's actors and to SWOT items or
 * TOWS strategies carry no foreign key on purpose: when those are deleted the plan keeps the id and
 * the name or text it last saw (`lead_name`, `name`, `code`, `text`) and shows them as deleted.
 * Code lists are written out, so this step never changes.
 */
export const planMigration: Migration = {
  version: 5,
  name: 'plan',
  up: (db) => {
    db.exec(`
      CREATE TABLE funding_sources (
        id       TEXT PRIMARY KEY,
        key      TEXT UNIQUE CHECK (key IN ('swadaya', 'clusterForum', 'apbdKabupaten', 'apbdProvinsi', 'apbn', 'danaDesa', 'csr', 'bankCredit', 'donor', 'other')),
        name     TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL CHECK (position >= 0),
        CHECK (key IS NOT NULL OR length(trim(name)) > 0)
      ) STRICT;
      INSERT INTO funding_sources (id, key, name, position) VALUES
        ('fs-swadaya', 'swadaya', '', 0),
        ('fs-clusterForum', 'clusterForum', '', 1),
        ('fs-apbdKabupaten', 'apbdKabupaten', '', 2),
        ('fs-apbdProvinsi', 'apbdProvinsi', '', 3),
        ('fs-apbn', 'apbn', '', 4),
        ('fs-danaDesa', 'danaDesa', '', 5),
        ('fs-csr', 'csr', '', 6),
        ('fs-bankCredit', 'bankCredit', '', 7),
        ('fs-donor', 'donor', '', 8),
        ('fs-other', 'other', '', 9);

      CREATE TABLE plans (
        id            TEXT PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
        title         TEXT NOT NULL DEFAULT '',
        facilitator   TEXT NOT NULL DEFAULT '',
        institution   TEXT NOT NULL DEFAULT '',
        place         TEXT NOT NULL DEFAULT '',
        document_date TEXT,
        year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        medium_start  INTEGER NOT NULL CHECK (medium_start BETWEEN 2000 AND 2100),
        vision_year   INTEGER NOT NULL CHECK (vision_year BETWEEN 2000 AND 2100),
        vision        TEXT NOT NULL DEFAULT '',
        goal          TEXT NOT NULL DEFAULT '',
        purpose       TEXT NOT NULL DEFAULT '',
        assumptions   TEXT NOT NULL DEFAULT '',
        lead_load_max INTEGER NOT NULL CHECK (lead_load_max BETWEEN 1 AND 50),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_targets (
        id       TEXT PRIMARY KEY,
        plan_id  TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
        area     TEXT NOT NULL CHECK (area IN ('factor', 'demand', 'related', 'strategy', 'socialCapital')),
        target   TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_targets_by_plan ON plan_targets(plan_id);

      CREATE TABLE plan_approvals (
        id       TEXT PRIMARY KEY,
        plan_id  TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        heading  TEXT NOT NULL CHECK (heading IN ('mengetahui', 'menyetujui')),
        title    TEXT NOT NULL DEFAULT '',
        name     TEXT NOT NULL DEFAULT '',
        nip      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_approvals_by_plan ON plan_approvals(plan_id);

      CREATE TABLE plan_strategies (
        id               TEXT PRIMARY KEY,
        plan_id          TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL CHECK (position >= 0),
        text             TEXT NOT NULL CHECK (length(trim(text)) > 0),
        objective        TEXT NOT NULL DEFAULT '',
        area             TEXT CHECK (area IN ('factor', 'demand', 'related', 'strategy', 'socialCapital')),
        tows_strategy_id TEXT,
        tows_code        TEXT NOT NULL DEFAULT '',
        tows_text        TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_strategies_by_plan ON plan_strategies(plan_id);

      CREATE TABLE plan_strategy_indicators (
        id          TEXT PRIMARY KEY,
        strategy_id TEXT NOT NULL REFERENCES plan_strategies(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
        unit        TEXT NOT NULL DEFAULT '',
        baseline    REAL,
        target1     REAL,
        target2     REAL,
        target3     REAL
      ) STRICT;
      CREATE INDEX plan_strategy_indicators_by_strategy ON plan_strategy_indicators(strategy_id);

      CREATE TABLE plan_programs (
        id            TEXT PRIMARY KEY,
        plan_id       TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL CHECK (position >= 0),
        name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
        objective     TEXT NOT NULL DEFAULT '',
        content       TEXT NOT NULL DEFAULT '',
        why           TEXT NOT NULL DEFAULT '',
        lead_actor_id TEXT,
        lead_name     TEXT NOT NULL DEFAULT '',
        beneficiaries TEXT NOT NULL DEFAULT '',
        location      TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL CHECK (status IN ('draft', 'planned', 'ongoing', 'done', 'postponed', 'cancelled')),
        strategy_id   TEXT REFERENCES plan_strategies(id) ON DELETE SET NULL,
        area          TEXT CHECK (area IN ('factor', 'demand', 'related', 'strategy', 'socialCapital')),
        assumptions   TEXT NOT NULL DEFAULT '',
        template_key  TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_programs_by_plan ON plan_programs(plan_id);
      CREATE INDEX plan_programs_by_strategy ON plan_programs(strategy_id);

      CREATE TABLE plan_program_links (
        id         TEXT PRIMARY KEY,
        program_id TEXT NOT NULL REFERENCES plan_programs(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        kind       TEXT NOT NULL CHECK (kind IN ('swotItem', 'towsStrategy')),
        target_id  TEXT NOT NULL,
        code       TEXT NOT NULL DEFAULT '',
        text       TEXT NOT NULL DEFAULT '',
        CHECK (id = program_id || '/' || kind || '/' || target_id)
      ) STRICT;
      CREATE INDEX plan_program_links_by_program ON plan_program_links(program_id);

      CREATE TABLE plan_participants (
        id         TEXT PRIMARY KEY,
        program_id TEXT NOT NULL REFERENCES plan_programs(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        actor_id   TEXT,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0)
      ) STRICT;
      CREATE INDEX plan_participants_by_program ON plan_participants(program_id);

      CREATE TABLE plan_activities (
        id          TEXT PRIMARY KEY,
        program_id  TEXT NOT NULL REFERENCES plan_programs(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
        start_month TEXT NOT NULL CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        end_month   TEXT NOT NULL CHECK (end_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        output      TEXT NOT NULL DEFAULT '',
        CHECK (end_month >= start_month)
      ) STRICT;
      CREATE INDEX plan_activities_by_program ON plan_activities(program_id);

      CREATE TABLE plan_program_indicators (
        id         TEXT PRIMARY KEY,
        program_id TEXT NOT NULL REFERENCES plan_programs(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        target     TEXT NOT NULL DEFAULT '',
        means      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_program_indicators_by_program ON plan_program_indicators(program_id);

      CREATE TABLE plan_budget_lines (
        id          TEXT PRIMARY KEY,
        program_id  TEXT NOT NULL REFERENCES plan_programs(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        item        TEXT NOT NULL CHECK (length(trim(item)) > 0),
        amount      INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 1000000000000),
        source_id   TEXT NOT NULL REFERENCES funding_sources(id),
        activity_id TEXT REFERENCES plan_activities(id) ON DELETE SET NULL,
        note        TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX plan_budget_lines_by_program ON plan_budget_lines(program_id);
      CREATE INDEX plan_budget_lines_by_source ON plan_budget_lines(source_id);
      CREATE INDEX plan_budget_lines_by_activity ON plan_budget_lines(activity_id);

      CREATE TABLE plan_versions (
        id        TEXT PRIMARY KEY,
        plan_id   TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        label     TEXT NOT NULL CHECK (length(trim(label)) > 0),
        frozen_at TEXT NOT NULL,
        programs  INTEGER NOT NULL CHECK (programs >= 0),
        total     INTEGER NOT NULL CHECK (total >= 0),
        doc       TEXT NOT NULL CHECK (json_valid(doc))
      ) STRICT;
      CREATE INDEX plan_versions_by_plan ON plan_versions(plan_id);
    `);
  },
};
