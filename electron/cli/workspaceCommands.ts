import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { withWorkspace } from './context';
import type { CliCommand, CliContext } from './types';

/** "Refuse if it exists" for the path exactly as typed (the services check the ".sentra" form). */
function refuseExisting(target: string): void {
  if (fs.existsSync(target)) throw new AppError('fileExists', { path: target });
}

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
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
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

/** Creates a workspace at `out` from interchange text and reports what it holds. */
async function createFromJson(ctx: CliContext, json: string, out: string): Promise<{ path: string; clusters: number }> {
  const target = ctx.resolvePath(out);
  refuseExisting(target);
  const summary = await ctx.call('workspace.importJson', { json, path: target });
  try {
    const clusters = await ctx.call('clusters.list', {});
    return { path: summary.path, clusters: clusters.length };
  } finally {
    await ctx.call('workspace.close', {});
  }
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Build the demo workspace (the sample clusters of the JICA study and Ceper’s foundries) at FILE. Refuses a file that exists.',
  summaryId: 'Membuat ruang kerja demo (sentra contoh studi JICA dan pengecoran Ceper) di FILE. Menolak berkas yang sudah ada.',
  options: {
    out: {
      type: 'string',
      valueName: 'FILE',
      description: 'The new workspace file (".sentra" is added when missing).',
      descriptionId: 'Berkas ruang kerja baru (".sentra" ditambahkan bila tidak ada).',
    },
  },
  required: ['out'],
  notes: ['Example: npm run cli -- demo --out ~/Documents/Sentra/demo.sentra'],
  run: async ({ values }, ctx) => {
    const demoFile = path.join(ctx.projectRoot, 'resources', 'demo', 'demo-workspace.json');
    const made = await createFromJson(ctx, readText(demoFile), values.out as string);
    ctx.out(`Created the demo workspace ${made.path} (${made.clusters} clusters).`);
    return 0;
  },
};

export const exportJsonCommand: CliCommand = {
  name: 'export-json',
  summary: 'Write the whole workspace FILE as interchange JSON (docs/interchange-format.md).',
  summaryId: 'Menulis seluruh ruang kerja FILE sebagai JSON pertukaran.',
  positionals: [{ name: 'FILE', description: 'A .sentra workspace.' }],
  options: {
    out: {
      type: 'string',
      valueName: 'F.json',
      description: 'Where to write the JSON; "-" writes to standard output. Refuses an existing file unless --force.',
      descriptionId: 'Tujuan JSON; "-" ke keluaran standar. Menolak berkas yang ada kecuali dengan --force.',
    },
    force: { type: 'boolean', description: 'Replace an existing --out file.', descriptionId: 'Timpa berkas --out yang sudah ada.' },
  },
  required: ['out'],
  notes: ['Opening the workspace takes the usual on-open backup in the data folder.'],
  run: async ({ positionals, values }, ctx) => {
    const [file] = positionals as [string];
    const json = await withWorkspace(ctx, file, () => ctx.call('workspace.exportJson', {}));
    const written = writeOut(ctx, values.out as string, json, values.force === true);
    if (written) ctx.out(`Wrote ${written} (${Buffer.byteLength(json)} bytes).`);
    return 0;
  },
};

export const importJsonCommand: CliCommand = {
  name: 'import-json',
  summary: 'Create a new workspace at FILE from interchange JSON. Bad JSON is refused with the reason and no file is created.',
  summaryId: 'Membuat ruang kerja baru di FILE dari JSON pertukaran. JSON yang salah ditolak beserta alasannya; tidak ada berkas dibuat.',
  positionals: [{ name: 'F.json', description: 'An interchange JSON file (as written by export-json or the app).' }],
  options: {
    out: {
      type: 'string',
      valueName: 'FILE',
      description: 'The new workspace file (".sentra" is added when missing); must not exist.',
      descriptionId: 'Berkas ruang kerja baru (".sentra" ditambahkan bila tidak ada); belum boleh ada.',
    },
  },
  required: ['out'],
  run: async ({ positionals, values }, ctx) => {
    const [source] = positionals as [string];
    const made = await createFromJson(ctx, readText(ctx.resolvePath(source)), values.out as string);
    ctx.out(`Created ${made.path} from ${source} (${made.clusters} clusters).`);
    return 0;
  },
};
