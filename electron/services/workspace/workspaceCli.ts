import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { jsonOption, workspaceFileArg } from '../../cli/commonArgs';
import type { CliCommand, CliContext } from '../../cli/types';
import { withWorkspace } from '../../cli/withWorkspace';
import { inspectWorkspace } from '../../db/inspectWorkspace';
import { clusterCountText } from '../clusters/clusterCountText';
import { checkReportLines } from './checkReportLines';

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('fileMissing', { path: file });
    throw e;
  }
}

/** Writes text to a new file (or, with `force`, over an old one); `-` means stdout. */
function writeOut(ctx: CliContext, out: string, text: string, force: boolean): string | null {
  if (out === '-') {
    ctx.out(text);
    return null;
  }
  const target = ctx.resolvePath(out);
  if (!fs.existsSync(path.dirname(target))) throw new AppError('fileMissing', { path: path.dirname(target) });
  try {
    if (force) {
      const tmp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text, { flag: 'wx' });
      fs.renameSync(tmp, target);
    } else fs.writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('fileExists', { path: target });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') throw new AppError('notWritable', { path: target });
    throw e;
  }
  return target;
}

/** Creates a workspace at `out` from interchange text and says what it holds. */
async function createFromJson(ctx: CliContext, json: string, out: string): Promise<{ path: string; clusters: string }> {
  const target = ctx.resolvePath(out);
  // "Refuse if it exists" for the path exactly as typed; the services check the ".sentra" form.
  if (fs.existsSync(target)) throw new AppError('fileExists', { path: target });
  const summary = await ctx.call('workspace.importJson', { json, path: target });
  try {
    const clusters = await ctx.call('clusters.list', {});
    return { path: summary.path, clusters: clusterCountText(ctx, clusters.length) };
  } finally {
    await ctx.call('workspace.close', {});
  }
}

const demo: CliCommand = {
  name: 'demo',
  summaryKey: 'cli.commands.demo.summary',
  options: { out: { type: 'string', valueName: 'FILE', descriptionKey: 'cli.commands.demo.out', required: true } },
  noteKeys: ['cli.commands.demo.example'],
  run: async ({ values }, ctx) => {
    const source = readText(path.join(ctx.projectRoot, 'resources', 'demo', 'demo-workspace.json'));
    const made = await createFromJson(ctx, source, values.out as string);
    ctx.out(ctx.t('cli.workspace.demoCreated', made));
    return 0;
  },
};

const exportJson: CliCommand = {
  name: 'export-json',
  summaryKey: 'cli.commands.exportJson.summary',
  positionals: [workspaceFileArg],
  options: {
    out: { type: 'string', valueName: 'F.json', descriptionKey: 'cli.commands.exportJson.out', required: true },
    force: { type: 'boolean', descriptionKey: 'cli.commands.exportJson.force' },
  },
  noteKeys: ['cli.commands.exportJson.note'],
  run: async ({ positionals, values }, ctx) => {
    const json = await withWorkspace(ctx, positionals[0]!, () => ctx.call('workspace.exportJson', {}));
    const written = writeOut(ctx, values.out as string, json, values.force === true);
    if (written) ctx.out(ctx.t('cli.workspace.wrote', { path: written, bytes: Buffer.byteLength(json).toLocaleString(ctx.locale) }));
    return 0;
  },
};

const importJson: CliCommand = {
  name: 'import-json',
  summaryKey: 'cli.commands.importJson.summary',
  positionals: [{ name: 'F.json', descriptionKey: 'cli.commands.importJson.source' }],
  options: { out: { type: 'string', valueName: 'FILE', descriptionKey: 'cli.commands.importJson.out', required: true } },
  run: async ({ positionals, values }, ctx) => {
    const source = positionals[0]!;
    const made = await createFromJson(ctx, readText(ctx.resolvePath(source)), values.out as string);
    ctx.out(ctx.t('cli.workspace.imported', { ...made, source }));
    return 0;
  },
};

const check: CliCommand = {
  name: 'check',
  summaryKey: 'cli.commands.check.summary',
  positionals: [{ name: 'FILE', descriptionKey: 'cli.commands.check.file' }],
  options: { json: jsonOption },
  noteKeys: ['cli.commands.check.note'],
  run: async ({ positionals, values }, ctx) => {
    const file = ctx.resolvePath(positionals[0]!);
    const report = await inspectWorkspace(file, ctx.schema);
    ctx.log('info', 'cli check', { file, verdict: report.verdict, open: report.open });
    if (values.json === true) {
      const message = report.open.ok ? undefined : ctx.errorText(report.open.code, report.open.params);
      ctx.out(JSON.stringify({ ...report, open: { ...report.open, message } }, null, 2));
    } else for (const line of checkReportLines(report, ctx)) ctx.out(line);
    return report.verdict === 'ok' || report.verdict === 'needsMigration' ? 0 : 1;
  },
};

/** The workspace feature's commands: build the demo, export and import JSON, check a file. */
export const workspaceCli: readonly CliCommand[] = [demo, exportJson, importJson, check];
