import type { WorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import type { Database } from '../../db/sqlite';
import { RowWriter } from '../workspace/rowChanges';
import { allClusters, getProgram, insertCluster, saveProgram } from './clusterRepository';

/** The program and cluster sections of the interchange document. */
export function readClustersSection(db: Database): Pick<WorkspaceDocument, 'program' | 'clusters'> {
  return { program: getProgram(db), clusters: allClusters(db) };
}

/** Writes the sections into a new workspace, keeping ids and timestamps so round trips are exact. */
export function writeClustersSection(db: Database, doc: Pick<WorkspaceDocument, 'program' | 'clusters'>): void {
  const w = new RowWriter(db);
  saveProgram(w, doc.program);
  for (const { id, createdAt, updatedAt, ...fields } of doc.clusters) insertCluster(w, fields, { id, createdAt, updatedAt });
}
