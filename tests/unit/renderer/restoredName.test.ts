import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restoredName } from '../../../renderer/src/features/workspace/restoredName';

describe('restoredName', () => {
  // Jakarta is 7 hours ahead of UTC all year: a backup taken at 20:30 UTC is 03:30 the next day there.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Jakarta');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("names the copy by the backup's local time, as the list shows it", () => {
    expect(restoredName({ origin: 'Kebumen 2026.sentra', takenAt: '2026-03-05T20:30:12.000Z' })).toBe('Kebumen 2026 2026-03-06 03.30');
  });

  it('falls back to "Sentra" for a nameless origin', () => {
    expect(restoredName({ origin: '.sentra', takenAt: '2026-12-31T17:05:00.000Z' })).toBe('Sentra 2027-01-01 00.05');
  });
});
