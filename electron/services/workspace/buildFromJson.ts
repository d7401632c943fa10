import { AppError } from '../../../shared/contract/errors';
import { parseWorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { createWorkspaceFile } from '../../db/openWorkspaceDb';
import type { Schema } from '../../db/schema';
import type { InterchangeSection } from '../feature';
import { writeDocument } from './documentIO';

/** Reads interchange text, turning every problem into an error the user can act on. */
export function parseOrThrow(text: string, sections: readonly InterchangeSection[]) {
  const parsed = parseWorkspaceDocument(text, sections);
  if (!parsed.ok) throw new AppError(parsed.code, parsed.params);
  return parsed.doc;
}

/** Validates a document and builds a new workspace file from it at `target` (never an existing file). */
export function buildFromJson(text: string, target: string, schema: Schema, sections: readonly InterchangeSection[]): void {
  const doc = parseOrThrow(text, sections);
  createWorkspaceFile(target, schema, (db) => writeDocument(db, doc, sections));
}
