import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTarget, writeAtomically } from '../../../electron/services/plan/export/writeAtomically';
import { errorCode } from '../helpers';

// Linux's /proc exists and refuses every new file with ENOENT (not EACCES): the CLI said "unexpected error" for it.
describe.runIf(fs.existsSync('/proc/self'))('a folder that takes no new files', () => {
  it('is refused as not writable before anything is printed', async () => {
    expect(await errorCode(() => checkTarget('/proc/x.pdf', false))).toEqual({ code: 'notWritable', params: { path: '/proc/x.pdf' } });
  });

  it('is refused as not writable by the write itself, leaving nothing there', async () => {
    expect(await errorCode(() => writeAtomically('/proc/x.docx', new Uint8Array([1, 2, 3]), true))).toMatchObject({ code: 'notWritable' });
    expect(fs.readdirSync('/proc').filter((n) => n.includes('x.docx'))).toEqual([]);
  });
});
