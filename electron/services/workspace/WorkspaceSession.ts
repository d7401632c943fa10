import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { BackupEntry, HistoryStep, WorkspaceSummary } from '../../../shared/contract/workspace';
import { AppError } from '../../../shared/contract/errors';
import { BACKUP_INTERVAL_MS } from '../../db/constants';
import { listBackups, takeBackup } from '../../db/backup';
import { openWorkspaceDb } from '../../db/openWorkspaceDb';
import type { Database } from '../../db/sqlite';
import { EditHistory, type Edit } from './EditHistory';
import { RowWriter, applyRowImage } from './rowChanges';

function readMeta(db: Database, key: string): string | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!exists) return null;
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Backups of a workspace are kept by its id, so a renamed or moved file keeps its history. */
function backupDirFor(backupRoot: string, db: Database, filePath: string): string {
  const id = readMeta(db, 'workspace_id') ?? crypto.createHash('sha256').update(filePath).digest('hex').slice(0, 16);
  return path.join(backupRoot, id);
}

/**
 * One open workspace: its locked connection, its undo history and its backups. Every
 * change goes through {@link edit}, one short transaction committed at once.
 */
export class WorkspaceSession {
  private readonly history = new EditHistory();
  private lastBackupAt = Date.now();
  private backupRunning: Promise<unknown> | null = null;

  private constructor(
    readonly path: string,
    readonly db: Database,
    readonly backupDir: string,
    private readonly onBackgroundError: (e: unknown) => void,
  ) {}

  /**
   * Opens through the checked procedure and takes the on-open backup — unless the newest
   * backup is already newer than the file and neither a crash (-wal) nor a migration changed it, so that
   * opening a file again and again never pushes older backups out of the ten kept.
   */
  static async open(filePath: string, backupRoot: string, onBackgroundError: (e: unknown) => void): Promise<WorkspaceSession> {
    let changed = fs.existsSync(`${filePath}-wal`);
    const modifiedAt = fs.statSync(filePath, { throwIfNoEntry: false })?.mtime.toISOString() ?? '';
    const db = await openWorkspaceDb(filePath, {
      beforeMigrate: async (conn) => {
        changed = true;
        await takeBackup(conn, backupDirFor(backupRoot, conn, filePath), 'migration', path.basename(filePath));
      },
    });
    const session = new WorkspaceSession(filePath, db, backupDirFor(backupRoot, db, filePath), onBackgroundError);
    const newest = listBackups(session.backupDir)[0];
    if (changed || !newest || newest.takenAt < modifiedAt) await session.backupNow('open');
    return session;
  }

  get workspaceId(): string {
    return readMeta(this.db, 'workspace_id') ?? '';
  }

  summary(): WorkspaceSummary {
    return {
      path: this.path,
      fileName: path.basename(this.path),
      workspaceId: this.workspaceId,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      createdAt: readMeta(this.db, 'created_at') ?? '',
      history: this.history.state(),
    };
  }

  /** Runs one user edit as a single committed transaction and records it for undo. */
  edit<T>(label: Edit['label'], fn: (w: RowWriter) => T): T {
    const writer = new RowWriter(this.db);
    const result = this.db.transaction(() => fn(writer)).immediate();
    this.history.push({ label, changes: writer.changes });
    this.maybeBackup();
    return result;
  }

  undo(): HistoryStep {
    const edit = this.history.popUndo();
    if (!edit) throw new AppError('nothingToUndo');
    this.db
      .transaction(() => {
        for (const c of [...edit.changes].reverse()) applyRowImage(this.db, c.table, c.key, c.keyValue, c.before);
      })
      .immediate();
    this.history.pushRedo(edit);
    return { history: this.history.state(), label: edit.label, tables: [...new Set(edit.changes.map((c) => c.table))] };
  }

  redo(): HistoryStep {
    const edit = this.history.popRedo();
    if (!edit) throw new AppError('nothingToRedo');
    this.db
      .transaction(() => {
        for (const c of edit.changes) applyRowImage(this.db, c.table, c.key, c.keyValue, c.after);
      })
      .immediate();
    this.history.pushUndoKeepRedo(edit);
    return { history: this.history.state(), label: edit.label, tables: [...new Set(edit.changes.map((c) => c.table))] };
  }

  historyState() {
    return this.history.state();
  }

  async backupNow(reason: BackupEntry['reason'] = 'interval'): Promise<BackupEntry> {
    this.lastBackupAt = Date.now();
    return takeBackup(this.db, this.backupDir, reason, path.basename(this.path));
  }

  private maybeBackup(): void {
    if (this.backupRunning || Date.now() - this.lastBackupAt < BACKUP_INTERVAL_MS) return;
    this.backupRunning = this.backupNow('interval')
      .catch(this.onBackgroundError)
      .finally(() => {
        this.backupRunning = null;
      });
  }

  /** Writes a consistent copy elsewhere (Save a copy…), without changing which file is open. */
  async saveCopy(target: string): Promise<void> {
    await this.db.backup(target);
  }

  async close(): Promise<void> {
    await this.backupRunning;
    this.db.close();
  }
}
