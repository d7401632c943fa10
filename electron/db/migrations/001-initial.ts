import type { Migration } from './Migration';

/** The first schema: workspace identity, the program, and cluster profiles. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE program (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        name         TEXT NOT NULL,
        province     TEXT NOT NULL DEFAULT '',
        regency      TEXT NOT NULL DEFAULT '',
        facilitator  TEXT NOT NULL DEFAULT '',
        institution  TEXT NOT NULL DEFAULT '',
        period_start INTEGER,
        period_end   INTEGER
      ) STRICT;

      CREATE TABLE clusters (
        id                 TEXT PRIMARY KEY,
        name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
        village            TEXT NOT NULL DEFAULT '',
        district           TEXT NOT NULL DEFAULT '',
        regency            TEXT NOT NULL DEFAULT '',
        province           TEXT NOT NULL DEFAULT '',
        sector             TEXT NOT NULL DEFAULT '',
        kbli               TEXT NOT NULL DEFAULT '',
        cluster_group      TEXT NOT NULL CHECK (cluster_group IN ('metal', 'export', 'domestic', 'other')),
        enterprises_micro  INTEGER CHECK (enterprises_micro >= 0),
        enterprises_small  INTEGER CHECK (enterprises_small >= 0),
        enterprises_medium INTEGER CHECK (enterprises_medium >= 0),
        enterprises_large  INTEGER CHECK (enterprises_large >= 0),
        workers            INTEGER CHECK (workers >= 0),
        production_value   INTEGER CHECK (production_value >= 0),
        established_year   INTEGER,
        main_products      TEXT NOT NULL DEFAULT '[]',
        raw_materials      TEXT NOT NULL DEFAULT '[]',
        markets            TEXT NOT NULL DEFAULT '[]',
        organisations      TEXT NOT NULL DEFAULT '[]',
        village_counts     TEXT NOT NULL DEFAULT '[]',
        history            TEXT NOT NULL DEFAULT '',
        notes              TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        position           INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX clusters_by_position ON clusters(position);
    `);
  },
};
