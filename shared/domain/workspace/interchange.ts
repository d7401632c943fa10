import { z } from 'zod';
import { clusterSchema, programFieldsSchema } from '../clusters/schemas';

/**
 * The workspace interchange format (docs/interchange-format.md): one JSON document
 * holding every record of a workspace. Each feature adds its own section here; readers
 * refuse a newer `formatVersion` rather than guess at fields they do not know.
 */
export const INTERCHANGE_FORMAT = 'sentra-workspace';
export const INTERCHANGE_VERSION = 1;

export const interchangeSchema = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT),
    formatVersion: z.number().int().min(1),
    exportedAt: z.string(),
    appVersion: z.string(),
    program: programFieldsSchema,
    clusters: z.array(clusterSchema),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of doc.clusters.entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: 'validation.duplicateId', path: ['clusters', i, 'id'] });
      seen.add(c.id);
    }
  });

export type WorkspaceDocument = z.infer<typeof interchangeSchema>;

/** Outcome of reading interchange text: the document, or what is wrong and where. */
export type ParsedDocument =
  | { ok: true; doc: WorkspaceDocument }
  | { ok: false; code: 'badJson' | 'badInterchange' | 'newerInterchange'; where: string; detail: string };

/** Parses and validates interchange text; never throws. */
export function parseWorkspaceDocument(text: string): ParsedDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'badJson', where: '', detail: e instanceof Error ? e.message : String(e) };
  }
  const head = z.object({ format: z.literal(INTERCHANGE_FORMAT), formatVersion: z.number().int() }).safeParse(raw);
  if (head.success && head.data.formatVersion > INTERCHANGE_VERSION) {
    return { ok: false, code: 'newerInterchange', where: 'formatVersion', detail: String(head.data.formatVersion) };
  }
  const parsed = interchangeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, code: 'badInterchange', where: issue.path.join('.') || '(root)', detail: issue.message };
  }
  return { ok: true, doc: parsed.data };
}
