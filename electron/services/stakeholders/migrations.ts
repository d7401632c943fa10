import type { Migration } from '../../db/migrations/Migration';

/**
 * The stakeholder map (issue 7). Actors belong to the workspace and stand on clusters' maps
 * (placements hold their position there); ties, snapshots and the responsibility matrix belong
 * to one cluster's map. Uniqueness stays in the keys (ADR 002): a placement's id is
 * `<cluster>/<actor>` and a matrix cell's `<row>/<actor>`. The code lists are written out, not
 * imported, so this step stays what it was when files were made with it.
 */
export const stakeholdersMigration: Migration = {
  version: 2,
  name: 'stakeholders',
  up: (db) => {
    db.exec(`
      CREATE TABLE actors (
        id                 TEXT PRIMARY KEY,
        name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind               TEXT NOT NULL CHECK (kind IN ('ministry', 'agency', 'forum', 'workingGroup', 'programUnit', 'sme', 'cooperative', 'association', 'bds', 'bank', 'university', 'institute', 'largeCompany', 'buyer', 'supplier', 'ngo', 'media', 'other')),
        sector             TEXT NOT NULL CHECK (sector IN ('government', 'academia', 'business', 'community')),
        level              TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'regency', 'cluster')),
        inside_cluster     INTEGER NOT NULL CHECK (inside_cluster IN (0, 1)),
        role               TEXT CHECK (role IN ('policyMaker', 'executor', 'supporter')),
        influence          INTEGER NOT NULL CHECK (influence BETWEEN 0 AND 5),
        interest           INTEGER NOT NULL CHECK (interest BETWEEN 0 AND 5),
        attitude           TEXT NOT NULL CHECK (attitude IN ('supportive', 'neutral', 'resistant')),
        potentially_viable INTEGER NOT NULL CHECK (potentially_viable IN (0, 1)),
        leading_firm       INTEGER NOT NULL CHECK (leading_firm IN (0, 1)),
        contact            TEXT NOT NULL DEFAULT '',
        notes              TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stakeholder_maps (
        id        TEXT PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
        directed  INTEGER NOT NULL CHECK (directed IN (0, 1)),
        layout    TEXT NOT NULL CHECK (layout IN ('free', 'force', 'sectorRings', 'insideOutside', 'powerInterest'))
      ) STRICT;

      CREATE TABLE map_placements (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        actor_id   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        x          REAL NOT NULL,
        y          REAL NOT NULL,
        CHECK (id = cluster_id || '/' || actor_id)
      ) STRICT;
      CREATE INDEX map_placements_by_cluster ON map_placements(cluster_id);
      CREATE INDEX map_placements_by_actor ON map_placements(actor_id);

      CREATE TABLE ties (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        from_actor TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        to_actor   TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        type       TEXT NOT NULL CHECK (type IN ('collaboration', 'information', 'supply', 'sales', 'finance', 'support', 'membership', 'conflict')),
        directed   INTEGER NOT NULL CHECK (directed IN (0, 1)),
        strength   INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
        trust      INTEGER CHECK (trust BETWEEN 1 AND 5),
        formal     INTEGER NOT NULL CHECK (formal IN (0, 1)),
        since      TEXT,
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (from_actor <> to_actor)
      ) STRICT;
      CREATE INDEX ties_by_cluster ON ties(cluster_id);
      CREATE INDEX ties_by_from ON ties(from_actor);
      CREATE INDEX ties_by_to ON ties(to_actor);

      CREATE TABLE map_snapshots (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
        taken_on   TEXT NOT NULL,
        created_at TEXT NOT NULL,
        data       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX map_snapshots_by_cluster ON map_snapshots(cluster_id);

      CREATE TABLE matrix_rows (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
        position   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX matrix_rows_by_cluster ON matrix_rows(cluster_id);

      CREATE TABLE matrix_cells (
        id       TEXT PRIMARY KEY,
        row_id   TEXT NOT NULL REFERENCES matrix_rows(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        value    TEXT NOT NULL CHECK (value IN ('part', 'lead')),
        CHECK (id = row_id || '/' || actor_id)
      ) STRICT;
      CREATE INDEX matrix_cells_by_row ON matrix_cells(row_id);
      CREATE INDEX matrix_cells_by_actor ON matrix_cells(actor_id);
    `);
  },
};
