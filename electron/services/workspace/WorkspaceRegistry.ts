import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { Schema } from '../../db/schema';
import type { Logger } from '../types';
import { WorkspaceSession } from './WorkspaceSession';

function canonical(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Which client (window) has which workspace open. Within this process a file is open
 * at most once; across processes the file's exclusive lock refuses a second writer.
 */
export class WorkspaceRegistry {
  private readonly sessions = new Map<string, WorkspaceSession>();

  constructor(
    private readonly backupRoot: string,
    private readonly schema: Schema,
    private readonly log: Logger,
  ) {}

  current(clientId: string): WorkspaceSession {
    const s = this.sessions.get(clientId);
    if (!s) throw new AppError('noWorkspace');
    return s;
  }

  peek(clientId: string): WorkspaceSession | null {
    return this.sessions.get(clientId) ?? null;
  }

  /** Opens `filePath` for this client, closing what it had open only once the new file is open. */
  async open(clientId: string, filePath: string): Promise<WorkspaceSession> {
    const target = canonical(filePath);
    for (const [owner, s] of this.sessions) {
      if (canonical(s.path) !== target) continue;
      if (owner === clientId) return s;
      throw new AppError('alreadyOpen', { path: filePath });
    }
    const session = await WorkspaceSession.open(target, this.backupRoot, this.schema, (e) =>
      this.log('error', 'background work failed (backup or checkpoint)', e),
    );
    await this.close(clientId);
    this.sessions.set(clientId, session);
    return session;
  }

  async close(clientId: string): Promise<void> {
    const s = this.sessions.get(clientId);
    if (!s) return;
    this.sessions.delete(clientId);
    await s.close();
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)));
  }
}
