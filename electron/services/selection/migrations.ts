import type { Migration } from '../../db/migrations/Migration';

/**
 * Site selection (issue 8). A session keeps its own copy of its rubric (JSON, versioned); groups,
 * candidates and scorers belong to it. A score's id is `<session>/<cluster>/<criterion>/<scorer>`
 * and a consensus cell's `<session>/<cluster>/<criterion>`, so uniqueness lives in the keys
 * (ADR 002). The score log is append-only: who entered what, when, and why for consensus.
 * Code lists are written out, not imported, so this step stays what it was.
 */
export const selectionMigration: Migration = {
  version: 3,
  name: 'selection',
  up: (db) => {
    db.exec(`
      CREATE TABLE selection_rubrics (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        version    INTEGER NOT NULL CHECK (version >= 1),
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE selection_sessions (
        id             TEXT PRIMARY KEY,
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        held_on        TEXT,
        note           TEXT NOT NULL DEFAULT '',
        scoring_mode   TEXT NOT NULL CHECK (scoring_mode IN ('scorers', 'consensus')),
        hidden         INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        revealed       INTEGER NOT NULL CHECK (revealed IN (0, 1)),
        aggregation    TEXT NOT NULL CHECK (aggregation IN ('mean', 'median')),
        rule           TEXT NOT NULL CHECK (rule IN ('topN', 'threshold')),
        top_n          INTEGER NOT NULL CHECK (top_n >= 1),
        threshold      REAL NOT NULL CHECK (threshold BETWEEN 0 AND 100),
        rubric         TEXT NOT NULL,
        rubric_version INTEGER NOT NULL CHECK (rubric_version >= 1),
        source_rubric  TEXT REFERENCES selection_rubrics(id) ON DELETE SET NULL,
        source_version INTEGER,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX selection_sessions_by_source ON selection_sessions(source_rubric);

      CREATE TABLE selection_groups (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        position   INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;
      CREATE INDEX selection_groups_by_session ON selection_groups(session_id);

      CREATE TABLE selection_candidates (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        group_id   TEXT NOT NULL REFERENCES selection_groups(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        CHECK (id = session_id || '/' || cluster_id)
      ) STRICT;
      CREATE INDEX selection_candidates_by_session ON selection_candidates(session_id);
      CREATE INDEX selection_candidates_by_cluster ON selection_candidates(cluster_id);
      CREATE INDEX selection_candidates_by_group ON selection_candidates(group_id);

      CREATE TABLE selection_scorers (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        actor_id   TEXT REFERENCES actors(id) ON DELETE SET NULL,
        position   INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;
      CREATE INDEX selection_scorers_by_session ON selection_scorers(session_id);
      CREATE INDEX selection_scorers_by_actor ON selection_scorers(actor_id);

      CREATE TABLE selection_scores (
        id           TEXT PRIMARY KEY,
        session_id   TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        cluster_id   TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        scorer_id    TEXT NOT NULL REFERENCES selection_scorers(id) ON DELETE CASCADE,
        value        REAL NOT NULL CHECK (value >= 0),
        entered_by   TEXT NOT NULL,
        entered_at   TEXT NOT NULL,
        CHECK (id = session_id || '/' || cluster_id || '/' || criterion_id || '/' || scorer_id)
      ) STRICT;
      CREATE INDEX selection_scores_by_session ON selection_scores(session_id);
      CREATE INDEX selection_scores_by_cluster ON selection_scores(cluster_id);
      CREATE INDEX selection_scores_by_scorer ON selection_scores(scorer_id);

      CREATE TABLE selection_consensus (
        id           TEXT PRIMARY KEY,
        session_id   TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        cluster_id   TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        value        REAL NOT NULL CHECK (value >= 0),
        note         TEXT NOT NULL CHECK (length(trim(note)) > 0),
        entered_at   TEXT NOT NULL,
        CHECK (id = session_id || '/' || cluster_id || '/' || criterion_id)
      ) STRICT;
      CREATE INDEX selection_consensus_by_session ON selection_consensus(session_id);
      CREATE INDEX selection_consensus_by_cluster ON selection_consensus(cluster_id);

      CREATE TABLE selection_score_log (
        id           TEXT PRIMARY KEY,
        session_id   TEXT NOT NULL REFERENCES selection_sessions(id) ON DELETE CASCADE,
        cluster_id   TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        scorer_id    TEXT,
        value        REAL,
        previous     REAL,
        entered_by   TEXT NOT NULL,
        at           TEXT NOT NULL,
        note         TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX selection_score_log_by_session ON selection_score_log(session_id);
    `);
  },
};
