import crypto from 'node:crypto';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type WorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { openSqlite, type Database } from '../../db/sqlite';
import { readClustersSection, writeClustersSection } from '../clusters/clustersInterchange';

/*
 * The composition point of the interchange format: each feature reads and writes its own
 * section; a new feature adds one line to each function below.
 */

/**
 * A copy (Save a copy…, a restored backup) becomes a workspace of its own: a new id, so
 * its backups are kept apart from the original's.
 */
export function giveNewIdentity(filePath: string): void {
  const db = openSqlite(filePath, { fileMustExist: true });
  try {
    db.prepare("UPDATE meta SET value = ? WHERE key = 'workspace_id'").run(crypto.randomUUID());
  } finally {
    db.close();
  }
}

/** Fills an empty, freshly migrated workspace from a document, giving it a new identity. */
export function writeDocument(db: Database, doc: WorkspaceDocument): void {
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  meta.run('workspace_id', crypto.randomUUID());
  meta.run('created_at', new Date().toISOString());
  writeClustersSection(db, doc);
}

/** Everything in the workspace as one interchange document. */
export function readDocument(db: Database, appVersion: string): WorkspaceDocument {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    exportedAt: new Date().toISOString(),
    appVersion,
    ...readClustersSection(db),
  };
}
