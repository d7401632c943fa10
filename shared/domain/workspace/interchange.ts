import { z } from 'zod';
import { issueDetail, parseForIssues, type IssueDetail } from '../../contract/issueDetail';

/**
 * The workspace interchange format (docs/interchange-format.md): one JSON document
 * holding every record of a workspace, a header plus one section per feature. Readers
 * refuse a newer `formatVersion` rather than guess at fields they do not know, and bring
 * an older document up to date with each section's upgrade steps before validating it.
 */
export const INTERCHANGE_FORMAT = 'sentra-workspace';
export const INTERCHANGE_VERSION = 4;

/** A place in a document as a person knows it: a catalog key (`where`) and its values. */
export type Place = { where: string } & Record<string, string>;

/** One feature's part of the document. */
export interface InterchangeSectionSpec {
  /** The section's top-level keys and their schemas (strict: unknown fields are refused). */
  shape: Record<string, z.ZodType>;
  /** Checks across the section's records (e.g. duplicate ids), as issues on the document. */
  refine?: (doc: Record<string, unknown>, ctx: z.RefinementCtx) => void;
  /** Names where a problem is, for paths inside this section; null when it cannot. */
  placeOf?: (path: readonly PropertyKey[], raw: unknown) => Place | null;
  /**
   * `upgrades[v]` turns this section of a version-`v` document into version `v + 1`; a
   * version that did not change the section has no step.
   */
  upgrades?: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;
}

/** Short, printable text: a header field or an id, never a megabyte. */
const stamp = z.string().max(64);

/** The header every document has, whatever its sections. */
export interface DocumentHeader {
  format: typeof INTERCHANGE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  appVersion: string;
}

/** A validated document: the header and every section's keys. */
export type WorkspaceDocument = DocumentHeader & Record<string, unknown>;

/** The strict schema of a whole document made of these sections. */
export function documentSchema(sections: readonly InterchangeSectionSpec[]) {
  const shape: Record<string, z.ZodType> = {
    format: z.literal(INTERCHANGE_FORMAT),
    formatVersion: z.number().int().min(1),
    exportedAt: stamp,
    appVersion: stamp,
  };
  for (const s of sections) {
    for (const key of Object.keys(s.shape)) if (key in shape) throw new Error(`two interchange sections claim "${key}"`);
    Object.assign(shape, s.shape);
  }
  return z
    .object(shape)
    .strict()
    .superRefine((doc, ctx) => {
      for (const s of sections) s.refine?.(doc, ctx);
    });
}

/** Outcome of reading interchange text: the document, or what is wrong and where (catalog keys and values). */
export type ParsedDocument<D = unknown> =
  { ok: true; doc: WorkspaceDocument & D } | { ok: false; code: 'badJson' | 'badInterchange' | 'newerInterchange'; params: { where: string } & IssueDetail };

/** Control characters other than tab and line breaks, and the bidi overrides that make text read otherwise than it is stored. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The path of the first string in a parsed JSON value that holds an unsafe character, if any. */
function findUnsafeText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return UNSAFE_TEXT.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findUnsafeText(v, [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = UNSAFE_TEXT.test(k) ? [...path, k] : findUnsafeText(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
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

const QUOTE_MAX = 60;
/** A value quoted back in a message is cut short: a refusal never repeats a megabyte. */
export function quoteShort(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

function placeOf(sections: readonly InterchangeSectionSpec[], path: readonly PropertyKey[], raw: unknown): Place {
  for (const s of sections) {
    const place = typeof path[0] === 'string' && path[0] in s.shape ? s.placeOf?.(path, raw) : null;
    if (place) return Object.fromEntries(Object.entries(place).map(([k, v]) => [k, quoteShort(v)])) as Place;
  }
  return { where: path.length > 0 ? quoteShort(path.map(String).join('.')) : 'validation.topLevel' };
}

/** Brings an older document's sections up to `version`, one step at a time. */
function upgrade(doc: Record<string, unknown>, from: number, version: number, sections: readonly InterchangeSectionSpec[]) {
  let out = doc;
  for (let v = from; v < version; v++) {
    for (const s of sections) out = s.upgrades?.[v]?.(out) ?? out;
  }
  return { ...out, formatVersion: version };
}

/**
 * Parses, upgrades and validates interchange text against the given sections; never
 * throws. `D` names the sections' types for a caller that knows which it passed.
 */
export function parseWorkspaceDocument<D = unknown>(
  text: string,
  sections: readonly InterchangeSectionSpec[],
  version = INTERCHANGE_VERSION,
): ParsedDocument<D> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, code: 'badJson', params: jsonFailure(text, e) };
  }
  const head = z.object({ format: z.literal(INTERCHANGE_FORMAT), formatVersion: z.number().int().min(1) }).safeParse(raw);
  if (head.success && head.data.formatVersion > version) {
    return { ok: false, code: 'newerInterchange', params: { where: 'formatVersion', detail: String(head.data.formatVersion) } };
  }
  const unsafe = findUnsafeText(raw);
  if (unsafe) return { ok: false, code: 'badInterchange', params: { ...placeOf(sections, unsafe, raw), detail: 'validation.controlCharacters' } };
  let current = raw;
  try {
    if (head.success) current = upgrade(raw as Record<string, unknown>, head.data.formatVersion, version, sections);
  } catch {
    // An upgrade step meets input not yet validated: what it cannot read is a bad document.
    return { ok: false, code: 'badInterchange', params: { where: 'formatVersion', detail: 'validation.invalid' } };
  }
  const parsed = documentSchema(sections).safeParse(current, parseForIssues);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const detail = issueDetail(issue);
    if (detail.keys) detail.keys = quoteShort(detail.keys);
    return { ok: false, code: 'badInterchange', params: { ...placeOf(sections, issue.path, current), ...detail } };
  }
  return { ok: true, doc: parsed.data as WorkspaceDocument & D };
}
