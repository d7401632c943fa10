import type { Migration } from './Migration';
import { initial } from './001-initial';

/** Every migration in order. Append only: a released step is never edited. */
export const migrations: readonly Migration[] = [initial];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
