import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, HistoryState, Language, WorkspaceSummary } from '../../../shared/contract';
import { call } from './client';
import { publishChange } from './dataChanges';
import { setLanguage } from './i18n';
import { notifyError } from './notify';

/** Which app-level dialog is open; the command handler opens them, the shell renders them. */
export type DialogName = 'new' | 'open' | 'saveCopy' | 'backups' | 'importJson' | 'about' | null;

interface AppState {
  info: AppInfo | null;
  workspace: WorkspaceSummary | null;
  presentation: boolean;
  dialog: DialogName;
  setWorkspace: (w: WorkspaceSummary | null) => void;
  setHistory: (h: HistoryState) => void;
  setPresentation: (on: boolean) => void;
  changeLanguage: (language: Language) => Promise<void>;
  openDialog: (d: DialogName) => void;
}

const Ctx = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [workspace, setWorkspaceState] = useState<WorkspaceSummary | null>(null);
  const [presentation, setPresentationState] = useState(false);
  const [dialog, openDialog] = useState<DialogName>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [appInfo, current] = await Promise.all([call('app.info', {}), call('workspace.current', {})]);
        setLanguage(appInfo.language);
        setInfo(appInfo);
        setWorkspaceState(current);
      } catch (e) {
        notifyError(e);
      }
    })();
  }, []);

  const setWorkspace = useCallback((w: WorkspaceSummary | null) => {
    setWorkspaceState(w);
    // Another file (or none): every screen's data is other now.
    publishChange({ kind: 'all' });
  }, []);

  const setHistory = useCallback((history: HistoryState) => {
    setWorkspaceState((w) => (w ? { ...w, history } : w));
  }, []);

  const setPresentation = useCallback((on: boolean) => {
    setPresentationState(on);
    document.documentElement.dataset.presentation = on ? 'on' : 'off';
    // Full screen is best effort: Electron sets the window, a browser may refuse without a gesture.
    void call('app.setFullScreen', { on }).then((done) => {
      if (done) return;
      if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
      if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    }, notifyError);
  }, []);

  const changeLanguage = useCallback(async (language: Language) => {
    setLanguage(language);
    try {
      setInfo(await call('app.setLanguage', { language }));
    } catch (e) {
      notifyError(e);
    }
  }, []);

  const value = useMemo(
    () => ({ info, workspace, presentation, dialog, setWorkspace, setHistory, setPresentation, changeLanguage, openDialog }),
    [info, workspace, presentation, dialog, setWorkspace, setHistory, setPresentation, changeLanguage],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAppState(): AppState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useAppState outside AppStateProvider');
  return ctx;
}
