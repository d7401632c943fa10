import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { resolveCluster } from '../../../shared/domain/clusters/resolveCluster';
import { type PaperSize, type PrintDocument, paperSizes, printDocuments } from '../../../shared/domain/plan/codes';
import { workspaceFileArg } from '../../cli/commonArgs';
import { PROGRAM } from '../../cli/help';
import { type CliCommand, type CliContext, type CliOption, UsageError } from '../../cli/types';
import { withWorkspace } from '../../cli/withWorkspace';
import { pdfPageCount } from './export/pdfPageCount';
import { checkTarget, writeAtomically } from './export/writeAtomically';
import { closeSharedChromiumPrinter } from './print/printWithChromium';

const clusterOption: CliOption = { type: 'string', valueName: 'X', descriptionKey: 'cli.plan.cluster', required: true };
const paperOption: CliOption = { type: 'string', valueName: 'a4|f4', descriptionKey: 'cli.plan.paper' };
const forceOption: CliOption = { type: 'boolean', descriptionKey: 'cli.plan.force' };

/** One of `allowed`, or the default when the option is absent; anything else is a usage error. */
function choice<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T, option: string, command: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new UsageError('cli.plan.badChoice', { option: `--${option}`, value: String(value), allowed: allowed.join(', ') }, command);
}

/** The cluster a --cluster value names, as `cluster` and `metrics` find it; null once said with a hint. */
async function clusterOf(ctx: CliContext, query: string, file: string): Promise<{ id: string; name: string } | null> {
  try {
    return resolveCluster(await ctx.call('clusters.list', {}), query);
  } catch (e) {
    if (!(e instanceof AppError) || !['notFound', 'clusterAmbiguous', 'invalidInput'].includes(e.code)) throw e;
    ctx.reportError(e);
    ctx.err(ctx.t('cli.commands.cluster.listHint', { program: PROGRAM, file }));
    return null;
  }
}

/** "345 kB", "1,2 MB" (in the run's locale): a forum plan with its map runs to a megabyte or more. */
function sizeText(bytes: number, locale: string): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString(locale)} kB`;
}

interface ExportRequest {
  format: 'pdf' | 'docx';
  what: PrintDocument;
  paper: PaperSize;
}

/**
 * Exports through 'plan.export' (the app's own path) in the run's language (--lang, else the
 * environment's) and writes the file atomically: a refused target or a failed print leaves no
 * file. The Chromium the PDF needed is closed before the command answers.
 */
async function exportTo(ctx: CliContext, file: string, values: Record<string, unknown>, request: ExportRequest): Promise<number> {
  const target = ctx.resolvePath(values.out as string);
  const force = values.force === true;
  // Refused before anything is printed: a print takes a while, a wrong folder is known at once.
  checkTarget(target, force);
  // A PDF named plan.docx opens in nothing: refused, not renamed, so the file lands where the user
  // said. Checked after the target, so a folder given as --out is said to be a folder.
  const extension = `.${request.format}`;
  if (path.extname(target).toLowerCase() !== extension)
    throw new UsageError(
      'cli.plan.wrongExtension',
      { path: values.out as string, extension, format: request.format.toUpperCase() },
      `export-${request.format}`,
    );
  try {
    const exported = await withWorkspace(ctx, file, async () => {
      const cluster = await clusterOf(ctx, values.cluster as string, file);
      if (!cluster) return null;
      return ctx.call('plan.export', { clusterId: cluster.id, lang: ctx.lang, ...request });
    });
    if (!exported) return 1;
    const bytes = Buffer.from(exported.base64, 'base64');
    writeAtomically(target, bytes, force);
    const size = sizeText(bytes.length, ctx.locale);
    const pages = request.format === 'pdf' ? pdfPageCount(bytes) : null;
    if (pages === null) ctx.out(ctx.t('cli.plan.wrote', { path: target, size }));
    else ctx.out(ctx.t(pages === 1 ? 'cli.plan.wrotePage' : 'cli.plan.wrotePages', { path: target, pages: pages.toLocaleString(ctx.locale), size }));
    return 0;
  } finally {
    await closeSharedChromiumPrinter();
  }
}

const exportPdf: CliCommand = {
  name: 'export-pdf',
  summaryKey: 'cli.commands.exportPdf.summary',
  positionals: [workspaceFileArg],
  options: {
    cluster: clusterOption,
    paper: paperOption,
    what: { type: 'string', valueName: 'plan|profile', descriptionKey: 'cli.commands.exportPdf.what' },
    out: { type: 'string', valueName: 'F.pdf', descriptionKey: 'cli.commands.exportPdf.out', required: true },
    force: forceOption,
  },
  noteKeys: ['cli.commands.exportPdf.example', 'cli.commands.exportPdf.note'],
  run: ({ positionals, values }, ctx) => {
    const paper = choice(values.paper, paperSizes, 'a4', 'paper', 'export-pdf');
    const what = choice(values.what, printDocuments, 'plan', 'what', 'export-pdf');
    return exportTo(ctx, positionals[0]!, values, { format: 'pdf', what, paper });
  },
};

const exportDocx: CliCommand = {
  name: 'export-docx',
  summaryKey: 'cli.commands.exportDocx.summary',
  positionals: [workspaceFileArg],
  options: {
    cluster: clusterOption,
    paper: paperOption,
    out: { type: 'string', valueName: 'F.docx', descriptionKey: 'cli.commands.exportDocx.out', required: true },
    force: forceOption,
  },
  noteKeys: ['cli.commands.exportDocx.example'],
  run: ({ positionals, values }, ctx) => {
    const paper = choice(values.paper, paperSizes, 'a4', 'paper', 'export-docx');
    return exportTo(ctx, positionals[0]!, values, { format: 'docx', what: 'plan', paper });
  },
};

/** The plan's commands: the forum document as PDF (or the one-page profile) and as editable DOCX. */
export const planCli: readonly CliCommand[] = [exportPdf, exportDocx];
