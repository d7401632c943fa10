import { z } from 'zod';
import { issueDetail, parseForIssues, type IssueDetail } from '../../contract/issueDetail';
import { clusterFieldLabels, programFieldLabels } from '../clusters/fieldLabels';
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

/** Outcome of reading interchange text: the document, or what is wrong and where (catalog keys and values). */
export type ParsedDocument =
  { ok: true; doc: WorkspaceDocument } | { ok: false; code: 'badJson' | 'badInterchange' | 'newerInterchange'; params: { where: string } & IssueDetail };

/**
 * Names the place of a problem as a person knows it: the program's field, or the how-many-th
 * cluster, its name and field; a technical path only where neither applies.
 */
function placeOf(path: readonly PropertyKey[], raw: unknown): { where: string } & Record<string, string> {
  const [section, second, third] = path;
  if (section === 'program' && typeof second === 'string' && second in programFieldLabels) {
    return { where: 'validation.whereProgram', field: programFieldLabels[second as keyof typeof programFieldLabels] };
  }
  if (section === 'clusters' && typeof second === 'number') {
    const clusters = (raw as { clusters?: unknown[] }).clusters;
    const name = (clusters?.[second] as { name?: unknown } | undefined)?.name;
    const field = typeof third === 'string' && third in clusterFieldLabels ? clusterFieldLabels[third as keyof typeof clusterFieldLabels] : String(third ?? '');
    const place = { row: String(second + 1), field };
    if (typeof name === 'string' && name.trim() !== '') return { where: 'validation.whereClusterNamed', cluster: name, ...place };
    return { where: 'validation.whereCluster', ...place };
  }
  return { where: path.length > 0 ? path.map(String).join('.') : 'validation.topLevel' };
}

/** Where JSON text breaks, from the parser's character position (V8 names one for most errors). */
function jsonFailure(text: string, error: unknown): { where: string } & IssueDetail {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { where: '', detail: 'validation.jsonAt', line: String(lines.length), column: String(lines.at(-1)!.length + 1) };
  }
  return { where: '', detail: /end of (JSON|data)/i.test(message) ? 'validation.jsonEnd' : 'validation.jsonSyntax' };
}

/** Parses and validates interchange text; never throws. */
export function parseWorkspaceDocument(text: string): ParsedDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'badJson', params: jsonFailure(text, e) };
  }
  const head = z.object({ format: z.literal(INTERCHANGE_FORMAT), formatVersion: z.number().int() }).safeParse(raw);
  if (head.success && head.data.formatVersion > INTERCHANGE_VERSION) {
    return { ok: false, code: 'newerInterchange', params: { where: 'formatVersion', detail: String(head.data.formatVersion) } };
  }
  const parsed = interchangeSchema.safeParse(raw, parseForIssues);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, code: 'badInterchange', params: { ...placeOf(issue.path, raw), ...issueDetail(issue) } };
  }
  return { ok: true, doc: parsed.data };
}
