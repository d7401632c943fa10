import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AppCommand } from '../../../shared/contract/commands';
import { useAppState } from './AppState';
import { call } from './client';
import { notifyDone, notifyError } from './notify';
import { hasPendingEdits } from './pendingEdits';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Carries out an app command, wherever it came from: the Electron menu, the toolbar,
 * the start screen or the keyboard. One place, so all of them behave the same.
 */
export function useCommands() {
  const { t } = useTranslation();
  const state = useAppState();
  const [, navigate] = useLocation();
  const { workspace, presentation, setWorkspace, setHistory, dataChanged, setPresentation, changeLanguage, openDialog } = state;

  return useCallback(
    async (command: AppCommand, arg?: string): Promise<void> => {
      try {
        switch (command) {
          case 'newWorkspace':
            return openDialog('new');
          case 'openWorkspace':
            return openDialog('open');
          case 'saveCopy':
            return workspace ? openDialog('saveCopy') : undefined;
          case 'restoreBackup':
            return openDialog('backups');
          case 'importJson':
            return openDialog('importJson');
          case 'about':
            return openDialog('about');
          case 'openRecent':
            if (!arg) return;
            setWorkspace(await call('workspace.open', { path: arg }));
            return navigate('/clusters');
          case 'openDemo':
            setWorkspace(await call('workspace.openDemo', {}));
            return navigate('/clusters');
          case 'closeWorkspace':
            await call('workspace.close', {});
            setWorkspace(null);
            return navigate('/');
          case 'exportJson': {
            if (!workspace) return;
            download(workspace.fileName.replace(/\.sentra$/i, '') + '.json', await call('workspace.exportJson', {}));
            return notifyDone(t('workspace.exported'));
          }
          case 'undo':
          case 'redo': {
            if (!workspace) return;
            const known = command === 'undo' ? workspace.history.undoLabel : workspace.history.redoLabel;
            if (!known && (command === 'redo' || !hasPendingEdits())) return;
            // Named from the step itself: an edit still being typed is committed first and may be the one undone.
            const step = await call(command === 'undo' ? 'workspace.undo' : 'workspace.redo', {});
            setHistory(step.history);
            dataChanged();
            return notifyDone(t(command === 'undo' ? 'history.undone' : 'history.redone', { what: t(step.label.key, step.label.params) }));
          }
          case 'togglePresentation':
            return setPresentation(!presentation);
          case 'languageId':
            return changeLanguage('id');
          case 'languageEn':
            return changeLanguage('en');
        }
      } catch (e) {
        notifyError(e);
      }
    },
    [t, workspace, presentation, setWorkspace, setHistory, dataChanged, setPresentation, changeLanguage, openDialog, navigate],
  );
}
