import type { BackupEntry } from '../../../../shared/contract';
import { safeFileName } from '../../ui/paths';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The name a restored copy gets: its origin and the backup's time on the facilitator's own
 * clock ("Kebumen 2026-03-05 14.30"), matching the time the list shows, so it never overwrites
 * anything and is easy to recognise.
 */
export function restoredName(b: Pick<BackupEntry, 'origin' | 'takenAt'>): string {
  const base = b.origin.replace(/\.sentra$/i, '') || 'Sentra';
  const at = new Date(b.takenAt);
  const when = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}.${two(at.getMinutes())}`;
  return safeFileName(`${base} ${when}`);
}
