import type { Migration } from '../../db/migrations/Migration';

/**
 * SWOT and TOWS per cluster (issue 8). A vote's id is `<item>/<voter>` and a strategy's link to an
 * item `<strategy>/<item>`, so uniqueness lives in the keys (ADR 002). Code lists are written out.
 */
export const swotMigration: Migration = {
  version: 4,
  name: 'swot',
  up: (db) => {
    db.exec(`
      CREATE TABLE swot_boards (
        id             TEXT PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
        dots_per_voter INTEGER NOT NULL CHECK (dots_per_voter BETWEEN 1 AND 50)
      ) STRICT;

      CREATE TABLE swot_items (
        id          TEXT PRIMARY KEY,
        cluster_id  TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        quadrant    TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
        text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
        determinant TEXT CHECK (determinant IN ('factor', 'demand', 'related', 'strategy', 'socialCapital')),
        evidence    TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL CHECK (position >= 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX swot_items_by_cluster ON swot_items(cluster_id);

      CREATE TABLE swot_voters (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        actor_id   TEXT REFERENCES actors(id) ON DELETE SET NULL,
        position   INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;
      CREATE INDEX swot_voters_by_cluster ON swot_voters(cluster_id);
      CREATE INDEX swot_voters_by_actor ON swot_voters(actor_id);

      CREATE TABLE swot_votes (
        id       TEXT PRIMARY KEY,
        item_id  TEXT NOT NULL REFERENCES swot_items(id) ON DELETE CASCADE,
        voter_id TEXT NOT NULL REFERENCES swot_voters(id) ON DELETE CASCADE,
        dots     INTEGER NOT NULL CHECK (dots >= 1),
        CHECK (id = item_id || '/' || voter_id)
      ) STRICT;
      CREATE INDEX swot_votes_by_item ON swot_votes(item_id);
      CREATE INDEX swot_votes_by_voter ON swot_votes(voter_id);

      CREATE TABLE tows_strategies (
        id         TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('SO', 'ST', 'WO', 'WT')),
        text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position   INTEGER NOT NULL CHECK (position >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tows_strategies_by_cluster ON tows_strategies(cluster_id);

      CREATE TABLE tows_links (
        id          TEXT PRIMARY KEY,
        strategy_id TEXT NOT NULL REFERENCES tows_strategies(id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL REFERENCES swot_items(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        CHECK (id = strategy_id || '/' || item_id)
      ) STRICT;
      CREATE INDEX tows_links_by_strategy ON tows_links(strategy_id);
      CREATE INDEX tows_links_by_item ON tows_links(item_id);
    `);
  },
};
