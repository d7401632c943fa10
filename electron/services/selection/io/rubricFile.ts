import { AppError } from '../../../../shared/contract/errors';
import type { ImportFile } from '../../../../shared/contract/stakeholders';
import { issueDetail, parseForIssues } from '../../../../shared/contract/issueDetail';
import { type Rubric, type StoredRubric, rubricSchema } from '../../../../shared/domain/selection/schemas';

/** What a rubric file says it is: read by another workspace's import. */
export const RUBRIC_FILE_FORMAT = 'sentra-rubric';
export const RUBRIC_FILE_VERSION = 1;
export const RUBRIC_FILE_EXTENSION = 'sentra-rubric.json';

/** A library rubric as a file: `{ format, formatVersion, rubric }`, indented so a person can read it. */
export function rubricFileBytes(stored: StoredRubric): Buffer {
  return Buffer.from(`${JSON.stringify({ format: RUBRIC_FILE_FORMAT, formatVersion: RUBRIC_FILE_VERSION, rubric: stored.rubric }, null, 2)}\n`, 'utf8');
}

const nameAt = (value: unknown, i: unknown): string | null => {
  const item = Array.isArray(value) && typeof i === 'number' ? (value[i] as unknown) : undefined;
  const name = item !== null && typeof item === 'object' ? (item as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
};

/**
 * Where in a rubric a problem is, as the person who wrote it knows it: the dimension's and the
 * criterion's names (or their numbers), then the field — names are the file's own text, so the
 * place reads the same in either language.
 */
function placeIn(rubric: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const dims = (rubric as { dimensions?: unknown } | null)?.dimensions;
  const [, d, , c] = path;
  if (path[0] === 'dimensions' && typeof d === 'number') {
    parts.push(nameAt(dims, d) ?? `#${d + 1}`);
    const criteria = Array.isArray(dims) ? (dims[d] as { criteria?: unknown } | undefined)?.criteria : undefined;
    if (path[2] === 'criteria' && typeof c === 'number') parts.push(nameAt(criteria, c) ?? `#${c + 1}`);
  }
  const field = path.at(-1);
  if (typeof field === 'string') parts.push(field);
  return parts.join(' › ');
}

function rubricInvalid(where: string, { detail, ...params }: Record<string, string>): AppError {
  return new AppError('rubricInvalid', { ...params, where, reason: detail! });
}

/**
 * Reads a rubric file strictly: JSON, the `sentra-rubric` format at a version this Sentra
 * reads, and a rubric that passes the same schema as the editor (maxima adding up to each
 * dimension's total, unique keys …). A file that fails is refused with `rubricInvalid`: where
 * (names from the file) and why (a catalog key with its values).
 */
export function readRubricFile(file: ImportFile): Rubric {
  const text = Buffer.from(file.base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new AppError('badJson', { detail: text.trim() === '' ? 'validation.jsonEnd' : 'validation.jsonSyntax' });
  }
  const head = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  if (head.format !== RUBRIC_FILE_FORMAT) throw rubricInvalid('format', { detail: 'validation.notOneOf', values: JSON.stringify(RUBRIC_FILE_FORMAT) });
  if (typeof head.formatVersion !== 'number' || !Number.isInteger(head.formatVersion) || head.formatVersion < 1)
    throw rubricInvalid('formatVersion', { detail: 'validation.integer' });
  if (head.formatVersion > RUBRIC_FILE_VERSION) throw new AppError('newerInterchange', { detail: `${RUBRIC_FILE_FORMAT} ${String(head.formatVersion)}` });
  const parsed = rubricSchema.safeParse(head.rubric, parseForIssues);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // A rubric rule's own message is a `selection.validation.*` key, with its values (sum, total) beside it.
    const own = issue.message.startsWith('selection.') ? { detail: issue.message, ...stringParams(issue) } : issueDetail(issue);
    throw rubricInvalid(placeIn(head.rubric, issue.path), own);
  }
  return parsed.data;
}

function stringParams(issue: object): Record<string, string> {
  const p = ((issue as { params?: unknown }).params ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]));
}
