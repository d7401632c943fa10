import { coreCommandSpecs } from '../../../../shared/contract/commands';
import { call } from '../client';
import { notifyDone } from '../notify';
import { hasPendingEdits } from '../pendingEdits';
import { bindCommands, type CommandContext } from './Command';
import { palette } from './paletteStore';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const workspaceOpen = ({ app }: CommandContext) => app.workspace !== null;

async function openDemo({ app, navigate }: CommandContext, fresh: boolean): Promise<void> {
  app.setWorkspace(await call('workspace.openDemo', fresh ? { fresh } : {}));
  navigate('/clusters');
}

async function step({ app, t }: CommandContext, which: 'undo' | 'redo'): Promise<void> {
  // Named from the step itself: an edit still being typed is committed first and may be the one undone.
  const done = await call(which === 'undo' ? 'workspace.undo' : 'workspace.redo', {});
  app.setHistory(done.history);
  notifyDone(t(which === 'undo' ? 'history.undone' : 'history.redone', { what: t(done.label.key, done.label.params) }));
}

/** The app's own commands: what each does and when it can. */
export const coreCommands = bindCommands(coreCommandSpecs, {
  newWorkspace: { run: ({ app }) => app.openDialog('new') },
  openWorkspace: { run: ({ app }) => app.openDialog('open') },
  openRecent: {
    run: async ({ app, navigate }, path) => {
      if (!path) return;
      app.setWorkspace(await call('workspace.open', { path }));
      navigate('/clusters');
    },
  },
  openDemo: { run: (ctx) => openDemo(ctx, false) },
  openFreshDemo: { run: (ctx) => openDemo(ctx, true) },
  saveCopy: { enabled: workspaceOpen, run: ({ app }) => app.openDialog('saveCopy') },
  restoreBackup: { run: ({ app }) => app.openDialog('backups') },
  exportJson: {
    enabled: workspaceOpen,
    run: async ({ app, t }) => {
      if (!app.workspace) return;
      download(app.workspace.fileName.replace(/\.sentra$/i, '') + '.json', await call('workspace.exportJson', {}));
      notifyDone(t('workspace.exported'));
    },
  },
  importJson: { run: ({ app }) => app.openDialog('importJson') },
  closeWorkspace: {
    enabled: workspaceOpen,
    run: async ({ app, navigate }) => {
      await call('workspace.close', {});
      app.setWorkspace(null);
      navigate('/');
    },
  },
  // An edit still waiting in a form counts: undo commits it, then undoes it.
  undo: { enabled: ({ app }) => !!app.workspace && (!!app.workspace.history.undoLabel || hasPendingEdits()), run: (ctx) => step(ctx, 'undo') },
  redo: { enabled: ({ app }) => !!app.workspace?.history.redoLabel, run: (ctx) => step(ctx, 'redo') },
  commandPalette: { run: () => palette.open() },
  togglePresentation: { run: ({ app }) => app.setPresentation(!app.presentation) },
  leavePresentation: { enabled: ({ app }) => app.presentation, run: ({ app }) => app.setPresentation(false) },
  languageId: { enabled: ({ language }) => language !== 'id', run: ({ app }) => app.changeLanguage('id') },
  languageEn: { enabled: ({ language }) => language !== 'en', run: ({ app }) => app.changeLanguage('en') },
  about: { run: ({ app }) => app.openDialog('about') },
});
