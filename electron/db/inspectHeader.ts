import fs from 'node:fs';
import { AppError } from '../../shared/contract/errors';
import { APPLICATION_ID } from './constants';
import { openRefusal } from './openRefusal';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface HeaderFacts {
  pageSize: number;
  userVersion: number;
  applicationId: number;
}

/**
 * Reads the 100-byte SQLite header without opening the file with SQLite, which would
 * "open" random bytes and treat an empty file as a fresh database. Refuses anything that
 * is not one of our workspaces at a version this build understands.
 */
export function inspectHeader(path: string, latestVersion: number): HeaderFacts {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    throw openRefusal(e, path);
  }
  if (stat.isDirectory()) throw new AppError('isFolder', { path });
  if (!stat.isFile()) throw new AppError('notSqlite', { path });
  if (stat.size === 0) throw new AppError('fileEmpty', { path });
  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      read = fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw openRefusal(e, path);
  }
  if (read < 100) throw new AppError('notSqlite', { path });
  if (!header.subarray(0, 16).equals(MAGIC)) throw new AppError('notSqlite', { path });
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  if (!validPageSize || stat.size % pageSize !== 0) throw new AppError('corrupt', { path });
  const userVersion = header.readUInt32BE(60);
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== APPLICATION_ID) throw new AppError('foreignDatabase', { path });
  if (userVersion > latestVersion) {
    throw new AppError('newerVersion', { path, fileVersion: userVersion, appVersion: latestVersion });
  }
  return { pageSize, userVersion, applicationId };
}
