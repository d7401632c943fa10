import crypto from 'node:crypto';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  type WorkspaceDocument,
} from '../../../shared/domain/workspace/interchange';
import type { Database } from '../../db/sqlite';
import { readClustersSection, writeClustersSection } from '../clusters/clustersInterchange';

/*
 * The composition point of the interchange format: each feature reads and writes its own
 * section; a new feature adds one line to each function below.
 */

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
