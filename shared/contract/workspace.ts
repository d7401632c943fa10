import { z } from 'zod';
import { type ChangeSet, defineCall } from './defineCall';

/** Undo/redo state: labels are catalog keys under `history.` with their parameters. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: { key: string; params: Record<string, string> } | null;
  redoLabel: { key: string; params: Record<string, string> } | null;
}

/** The workspace open in this window. */
export interface WorkspaceSummary {
  path: string;
  fileName: string;
  workspaceId: string;
  schemaVersion: number;
  createdAt: string;
  history: HistoryState;
}

export interface RecentFile {
  path: string;
  fileName: string;
  openedAt: string;
  exists: boolean;
}

export interface BackupEntry {
  /** `<workspace id>/<file>`: which workspace it belongs to and which copy. */
  id: string;
  /** File name of the workspace the backup was taken from. */
  origin: string;
  takenAt: string;
  reason: 'open' | 'interval' | 'migration';
  sizeBytes: number;
}

export interface FolderListing {
  dir: string;
  parent: string | null;
  folders: string[];
  workspaces: { fileName: string; path: string; modifiedAt: string }[];
}

/** Result of an undo or redo. */
export interface HistoryStep {
  history: HistoryState;
  /** The edit undone or redone, named as in "Undo …". */
  label: { key: string; params: Record<string, string> };
  /** The rows the step put back, so screens reload only what they show of them. */
  changed: ChangeSet;
}

const path = z.string().trim().min(1, { message: 'validation.required' }).max(4096);
const whole = { wholeWorkspace: true };

/** Calls that open, create, copy, back up and move whole workspaces. */
export const workspaceCalls = {
  'workspace.current': defineCall<WorkspaceSummary | null>()(z.object({}).strict()),
  /** Creates a new workspace at `dir/fileName` (".sentra" added when missing) and opens it. */
  'workspace.create': defineCall<WorkspaceSummary>()(
    z.object({ dir: path, fileName: path, programName: z.string().trim().min(1, { message: 'validation.required' }).max(160) }).strict(),
    whole,
  ),
  'workspace.open': defineCall<WorkspaceSummary>()(z.object({ path }).strict(), whole),
  /** Opens the demo workspace, creating it from the bundled data the first time. */
  'workspace.openDemo': defineCall<WorkspaceSummary>()(z.object({ fresh: z.boolean().optional() }).strict(), whole),
  'workspace.close': defineCall<null>()(z.object({}).strict(), whole),
  'workspace.recent': defineCall<RecentFile[]>()(z.object({}).strict()),
  'workspace.forgetRecent': defineCall<RecentFile[]>()(z.object({ path }).strict()),
  'workspace.listFolder': defineCall<FolderListing>()(z.object({ dir: path.optional() }).strict()),
  'workspace.saveCopy': defineCall<string>()(z.object({ path }).strict(), whole),
  /** Backups of the open workspace; with none open, of every workspace (to recover a damaged file). */
  'workspace.backups': defineCall<BackupEntry[]>()(z.object({}).strict()),
  'workspace.backupNow': defineCall<BackupEntry>()(z.object({}).strict(), whole),
  /** Copies a backup to a new file and opens it; the original file is left as it is. */
  'workspace.restoreBackup': defineCall<WorkspaceSummary>()(z.object({ backupId: z.string().min(1).max(200), path }).strict(), whole),
  'workspace.exportJson': defineCall<string>()(z.object({}).strict(), whole),
  /** Builds a new workspace at `path` from interchange JSON text and opens it. */
  'workspace.importJson': defineCall<WorkspaceSummary>()(z.object({ json: z.string().max(200_000_000), path }).strict(), whole),
  'workspace.history': defineCall<HistoryState>()(z.object({}).strict()),
  'workspace.undo': defineCall<HistoryStep>()(z.object({}).strict(), whole),
  'workspace.redo': defineCall<HistoryStep>()(z.object({}).strict(), whole),
};

export type WorkspaceCallName = keyof typeof workspaceCalls;
