import Database from 'better-sqlite3';

/**
 * Opens SQLite through better-sqlite3. Electron needs a build of the native module for
 * its own ABI while tests and the CLI use Node's; `scripts/ensure-native.mjs` builds the
 * Electron one beside the Node one and the main process points here with this variable.
 */
export function openSqlite(path: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = process.env.SENTRA_SQLITE_BINDING;
  return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
}

export type { Database } from 'better-sqlite3';
