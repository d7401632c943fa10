import path from 'node:path';
import { expect } from 'vitest';
import { invoke } from '../../electron/services/createServices';
import { errorCode, type TempServices } from './helpers';

/** A feature's sections of the interchange document, with what every document holds beside them. */
export type InterchangeDoc<Sections> = Sections & { formatVersion: number; exportedAt: string; clusters: { id: string; name: string }[] };

/** The workspace `env` has open, as `workspace.exportJson` writes it, parsed. */
export async function exportedDoc<Doc>(env: TempServices): Promise<Doc> {
  return JSON.parse(await invoke(env.services, 'workspace.exportJson', {})) as Doc;
}

/**
 * A copy of `doc` with `change` made to it, imported into a new file: expects the import refused
 * as a bad interchange document and answers where and why (the refusal's params).
 */
export async function importRefusal<Doc>(env: TempServices, doc: Doc, change: (d: Doc) => void): Promise<Record<string, string | number>> {
  const d = structuredClone(doc);
  change(d);
  const e = await errorCode(() => invoke(env.services, 'workspace.importJson', { json: JSON.stringify(d), path: path.join(env.root, 'bad.sentra') }));
  expect(e.code).toBe('badInterchange');
  return e.params;
}
