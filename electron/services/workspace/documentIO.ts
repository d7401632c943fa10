import crypto from 'node:crypto';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, type WorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { openSqlite, type Database } from '../../db/sqlite';
import type { InterchangeSection, NewWorkspaceInit } from '../feature';
import { RowWriter } from './RowWriter';
import { SchemaInfo } from './schemaInfo';
import { StatementCache } from './statementCache';
import type { WorkspaceReader } from './WorkspaceReader';

/*
 * The interchange document is composed of every feature's section (electron/services/features.ts):
 * each reads and writes its own part.
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

function header(appVersion: string): Pick<WorkspaceDocument, 'format' | 'formatVersion' | 'exportedAt' | 'appVersion'> {
  return { format: INTERCHANGE_FORMAT, formatVersion: INTERCHANGE_VERSION, exportedAt: new Date().toISOString(), appVersion };
}

/** The document of a new, empty workspace. */
export function emptyDocument(sections: readonly InterchangeSection[], appVersion: string, init: NewWorkspaceInit): WorkspaceDocument {
  return Object.assign(header(appVersion), ...sections.map((s) => s.empty(init))) as WorkspaceDocument;
}

/** Fills an empty, freshly migrated workspace from a document, giving it a new identity. */
export function writeDocument(db: Database, doc: WorkspaceDocument, sections: readonly InterchangeSection[]): void {
  const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  meta.run('workspace_id', crypto.randomUUID());
  meta.run('created_at', new Date().toISOString());
  // Not an undoable edit (the file is new), but the same writer keeps one way of writing rows.
  const w = new RowWriter(new StatementCache(db), new SchemaInfo(db), { record: false });
  for (const s of sections) s.write(w, doc);
  w.close();
}

/** Everything in the workspace as one interchange document. */
export function readDocument(r: WorkspaceReader, appVersion: string, sections: readonly InterchangeSection[]): WorkspaceDocument {
  return Object.assign(header(appVersion), ...sections.map((s) => s.read(r))) as WorkspaceDocument;
}
