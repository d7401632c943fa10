import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { BackupEntry, HistoryStep, WorkspaceSummary } from '../../../shared/contract/workspace';
import { AppError } from '../../../shared/contract/errors';
import { BACKUP_INTERVAL_MS } from '../../db/constants';
import { listBackups, takeBackup } from '../../db/backup';
import { openWorkspaceDb } from '../../db/openWorkspaceDb';
import type { Schema } from '../../db/schema';
import type { Database } from '../../db/sqlite';
import { reportChange } from '../changeLog';
import { applyStep } from './applyStep';
import { EditHistory, type Edit, type EditLabel } from './EditHistory';
import { RowWriter } from './RowWriter';
import { SchemaInfo } from './schemaInfo';
import { StatementCache } from './statementCache';
import { WorkspaceReader } from './WorkspaceReader';

/**
 * After the last commit, the `.sentra` file on disk alone holds every edit within this
 * long: people copy the file itself (USB, chat) while the app is open, and until a
 * checkpoint recent commits live only in the `-wal` beside it.
 */
export const CHECKPOINT_DELAY_MS = 1000;

/** The ids the app gives workspaces (random UUIDs); anything else in a file is not trusted as a folder name. */
const WORKSPACE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readMeta(db: Database, key: string): string | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!exists) return null;
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Backups of a workspace are kept by its id, so a renamed or moved file keeps its history.
 * An id the app did not make (`../../x` in a file from elsewhere) never becomes a path:
 * such a file's backups are kept by a hash of its path instead.
 */
export function backupDirFor(backupRoot: string, workspaceId: string | null, filePath: string): string {
  const id =
    workspaceId && WORKSPACE_ID.test(workspaceId) ? workspaceId.toLowerCase() : crypto.createHash('sha256').update(filePath).digest('hex').slice(0, 16);
  return path.join(backupRoot, id);
}

/** Pragmas that only report: the session lets tests and checks read these, nothing else. */
const READ_PRAGMAS = [
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'locking_mode',
  'application_id',
  'user_version',
  'integrity_check',
  'quick_check',
  'foreign_key_check',
  'query_only',
] as const;

export interface EditOptions {
  /** Edits with the same key moments apart become one undo step (see EditHistory). */
  mergeKey?: string;
}

/**
 * One open workspace: its locked connection, its undo history and its backups. Handlers
 * read through {@link reader}; every change goes through {@link edit}, one short
 * transaction committed at once, the only place a writer exists.
 */
export class WorkspaceSession {
  private readonly history = new EditHistory();
  private readonly statements: StatementCache;
  private readonly schema: SchemaInfo;
  readonly reader: WorkspaceReader;
  private lastBackupAt = Date.now();
  private backupRunning: Promise<unknown> | null = null;
  private checkpointTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly path: string,
    private readonly db: Database,
    readonly backupDir: string,
    private readonly onBackgroundError: (e: unknown) => void,
  ) {
    this.statements = new StatementCache(db);
    this.schema = new SchemaInfo(db);
    this.reader = new WorkspaceReader(this.statements);
    // SQLite itself refuses writes outside an edit.
    db.pragma('query_only = ON');
  }

  /**
   * Opens through the checked procedure and takes the on-open backup — unless the newest
   * backup is already newer than the file and neither a crash (-wal) nor a migration changed it, so that
   * opening a file again and again never pushes older backups out of the ten kept.
   */
  static async open(filePath: string, backupRoot: string, schema: Schema, onBackgroundError: (e: unknown) => void): Promise<WorkspaceSession> {
    let changed = fs.existsSync(`${filePath}-wal`);
    const modifiedAt = fs.statSync(filePath, { throwIfNoEntry: false })?.mtime.toISOString() ?? '';
    const dirOf = (conn: Database) => backupDirFor(backupRoot, readMeta(conn, 'workspace_id'), filePath);
    const db = await openWorkspaceDb(filePath, {
      schema,
      beforeMigrate: async (conn) => {
        changed = true;
        await takeBackup(conn, dirOf(conn), 'migration', path.basename(filePath));
      },
    });
    const session = new WorkspaceSession(filePath, db, dirOf(db), onBackgroundError);
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
  edit<T>(label: EditLabel, fn: (w: RowWriter) => T, options: EditOptions = {}): T {
    const writer = new RowWriter(this.statements, this.schema);
    let result: T;
    try {
      result = this.writing(() => fn(writer));
    } finally {
      writer.close();
    }
    const changes = [...writer.changes.values()];
    this.history.push({ label, changes, mergeKey: options.mergeKey });
    this.reportAll(changes);
    this.maybeBackup();
    return result;
  }

  undo(): HistoryStep {
    const edit = this.history.nextUndo();
    if (!edit) throw new AppError('nothingToUndo');
    return this.step(edit, 'before');
  }

  redo(): HistoryStep {
    const edit = this.history.nextRedo();
    if (!edit) throw new AppError('nothingToRedo');
    return this.step(edit, 'after');
  }

  /** Applies a step; only once it is committed does it move between the stacks. */
  private step(edit: Edit, to: 'before' | 'after'): HistoryStep {
    this.writing(() => applyStep(this.statements, edit.changes, to));
    if (to === 'before') this.history.undone();
    else this.history.redone();
    this.reportAll(edit.changes);
    const changed: Record<string, string[]> = {};
    for (const c of edit.changes) (changed[c.table] ??= []).push(String(c.id));
    return { history: this.history.state(), label: edit.label, changed };
  }

  /** One immediate transaction with writes allowed, then the connection is read-only again. */
  private writing<T>(fn: () => T): T {
    this.statements.get('PRAGMA query_only = OFF').run();
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.statements.get('PRAGMA query_only = ON').run();
      this.scheduleCheckpoint();
    }
  }

  private reportAll(changes: Edit['changes']): void {
    for (const c of changes) reportChange(c.table, c.id);
  }

  /** Reads a setting or check of the connection (`journal_mode`, `integrity_check`); never sets one. */
  pragma(name: (typeof READ_PRAGMAS)[number]): unknown {
    if (!READ_PRAGMAS.includes(name)) throw new Error(`pragma ${name} is not a plain read`);
    return this.db.pragma(name, { simple: true });
  }

  historyState() {
    return this.history.state();
  }

  /** Copies every committed page from the -wal into the file itself, soon after the edits stop. */
  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (e) {
        this.onBackgroundError(new Error(`idle checkpoint failed: ${e instanceof Error ? e.message : String(e)}`));
      }
    }, CHECKPOINT_DELAY_MS);
    this.checkpointTimer.unref();
  }

  async backupNow(reason: BackupEntry['reason'] = 'interval'): Promise<BackupEntry> {
    this.lastBackupAt = Date.now();
    const taking = takeBackup(this.db, this.backupDir, reason, path.basename(this.path));
    // Closing waits for it: a backup asked for just before closing is not cut off.
    const tracked: Promise<unknown> = taking
      .catch(() => undefined)
      .finally(() => {
        if (this.backupRunning === tracked) this.backupRunning = null;
      });
    this.backupRunning = tracked;
    return taking;
  }

  private maybeBackup(): void {
    if (this.backupRunning || Date.now() - this.lastBackupAt < BACKUP_INTERVAL_MS) return;
    this.backupNow('interval').catch(this.onBackgroundError);
  }

  /** Writes a consistent copy elsewhere (Save a copy…), without changing which file is open. */
  async saveCopy(target: string): Promise<void> {
    await this.db.backup(target);
  }

  async close(): Promise<void> {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    await this.backupRunning;
    this.db.close();
  }
}
