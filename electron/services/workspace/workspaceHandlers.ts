import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { WorkspaceCallName } from '../../../shared/contract/workspace';
import type { WorkspaceDocument } from '../../../shared/domain/workspace/interchange';
import { backupPath, listAllBackups, listBackups } from '../../db/backup';
import { createWorkspaceFile } from '../../db/openWorkspaceDb';
import { restoreBackup } from '../../db/restoreBackup';
import type { FeatureDeps } from '../feature';
import type { CallContext, HandlerMap } from '../types';
import { buildFromJson, parseOrThrow } from './buildFromJson';
import { buildOffThread } from './buildOffThread';
import { emptyDocument, giveNewIdentity, readDocument, writeDocument } from './documentIO';
import { checkFileName, freeName, listFolder, newFileIn, newFilePath, removeEmptyFolders } from './workspacePaths';

const DEMO_NAME = 'Sentra Demo';

/** Calls that open, create, copy, back up, import and export whole workspaces. */
export function workspaceHandlers({ env, settings, registry, schema, sections, importOffThread }: FeatureDeps): HandlerMap<WorkspaceCallName> {
  const backupRoot = path.join(env.dataDir, 'backups');

  const openFor = async (ctx: CallContext, filePath: string) => {
    const session = await registry.open(ctx.clientId, filePath);
    if (env.rememberRecent !== false) settings.addRecent(session.path);
    return session.summary();
  };

  const createFrom = async (ctx: CallContext, target: string, doc: WorkspaceDocument) => {
    createWorkspaceFile(target, schema, (db) => writeDocument(db, doc, sections));
    return openFor(ctx, target);
  };

  return {
    'workspace.current': (_, ctx) => registry.peek(ctx.clientId)?.summary() ?? null,

    'workspace.create': async ({ dir, fileName, programName }, ctx) => {
      const target = newFilePath(path.join(dir, checkFileName(fileName)));
      const doc = emptyDocument(sections, env.appVersion, { programName });
      return createFrom(ctx, target, doc);
    },

    'workspace.open': ({ path: filePath }, ctx) => openFor(ctx, path.resolve(filePath)),

    'workspace.openDemo': async ({ fresh }, ctx) => {
      fs.mkdirSync(env.defaultDir, { recursive: true });
      const existing = path.join(env.defaultDir, `${DEMO_NAME}.sentra`);
      if (!fresh && fs.existsSync(existing)) return openFor(ctx, existing);
      const text = fs.readFileSync(path.join(env.resourcesDir, 'demo', 'demo-workspace.json'), 'utf8');
      return createFrom(ctx, freeName(env.defaultDir, DEMO_NAME), parseOrThrow(text, sections));
    },

    'workspace.close': async (_, ctx) => {
      await registry.close(ctx.clientId);
      return null;
    },

    'workspace.recent': () => settings.recent.map((r) => ({ ...r, fileName: path.basename(r.path), exists: fs.existsSync(r.path) })),

    'workspace.forgetRecent': ({ path: filePath }) => {
      settings.forgetRecent(filePath);
      return settings.recent.map((r) => ({ ...r, fileName: path.basename(r.path), exists: fs.existsSync(r.path) }));
    },

    'workspace.listFolder': ({ dir }) => {
      if (!dir) fs.mkdirSync(env.defaultDir, { recursive: true });
      return listFolder(dir ?? env.defaultDir);
    },

    'workspace.saveCopy': async ({ path: target }, ctx) => {
      const session = registry.current(ctx.clientId);
      const p = newFilePath(target);
      await session.saveCopy(p);
      giveNewIdentity(p);
      return p;
    },

    'workspace.backups': (_, ctx) => {
      const session = registry.peek(ctx.clientId);
      return session ? listBackups(session.backupDir) : listAllBackups(backupRoot);
    },

    'workspace.backupNow': (_, ctx) => registry.current(ctx.clientId).backupNow('interval'),

    'workspace.restoreBackup': async ({ backupId, path: target }, ctx) => {
      const source = backupPath(backupRoot, backupId);
      if (!source) throw new AppError('notFound', { query: backupId });
      const p = newFilePath(target);
      restoreBackup(source, p, schema.latest, giveNewIdentity);
      return openFor(ctx, p);
    },

    'workspace.exportJson': (_, ctx) => JSON.stringify(readDocument(registry.current(ctx.clientId).reader, env.appVersion, sections), null, 2),

    'workspace.importJson': async ({ json, path: target }, ctx) => {
      const { path: file, createdFolder } = newFileIn(target);
      const inThread = () => buildFromJson(json, file, schema, sections);
      try {
        if (importOffThread) await buildOffThread(json, file, inThread, (message, data) => env.log('warn', message, data));
        else inThread();
      } catch (e) {
        if (createdFolder) removeEmptyFolders(path.dirname(file), createdFolder);
        throw e;
      }
      return openFor(ctx, file);
    },

    'workspace.history': (_, ctx) => registry.current(ctx.clientId).historyState(),
    'workspace.undo': (_, ctx) => registry.current(ctx.clientId).undo(),
    'workspace.redo': (_, ctx) => registry.current(ctx.clientId).redo(),
  };
}
