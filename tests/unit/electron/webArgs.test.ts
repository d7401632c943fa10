import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../electron/server/webArgs';

const en = { LANG: 'en_GB.UTF-8' };
const id = { LANG: 'id_ID.UTF-8' };

function runScript(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/web.mjs', ...args], { env: { ...process.env, ...en }, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('npm run web: the command line', () => {
  it('runs with the defaults, or the options given', () => {
    expect(parseWebArgs([], en)).toEqual({ kind: 'run', options: { port: 0 } });
    expect(parseWebArgs(['--port', '8080', '--data-dir', 'd', '--workspaces-dir=w'], en)).toEqual({
      kind: 'run',
      options: { port: 8080, dataDir: 'd', workspacesDir: 'w' },
    });
  });

  it('--help and -h give the usage with every option, in the language of LANG', () => {
    for (const flag of ['--help', '-h']) {
      const help = parseWebArgs([flag], en);
      expect(help.kind).toBe('help');
      const text = help.kind === 'help' ? help.text : '';
      for (const option of ['--port PORT', '--data-dir DIR', '--workspaces-dir DIR', '-h, --help']) expect(text).toContain(option);
      expect(text).toContain('Usage: npm run web -- [options]');
    }
    expect(parseWebArgs(['--help'], id)).toMatchObject({ kind: 'help', text: expect.stringContaining('Pemakaian: npm run web -- [opsi]') as string });
  });

  it.each([
    [['--bogus'], 'Unknown option "--bogus"'],
    [['serve'], 'Unexpected argument "serve"'],
    [['--port'], 'Option --port needs a value'],
    [['--port', '--help'], 'Option --port needs a value'],
    [['--help=yes'], 'Option --help takes no value'],
    [['--port', 'abc'], 'Port "abc" is not valid'],
    [['--port', '70000'], 'Port "70000" is not valid'],
    [['--port', '-1'], 'Option --port needs a value'],
  ])('refuses %j, saying what is wrong and where help is', (argv, message) => {
    const result = parseWebArgs(argv, en);
    expect(result.kind).toBe('usageError');
    const text = result.kind === 'usageError' ? result.text : '';
    expect(text).toContain(message);
    expect(text).toContain('See: npm run web -- --help');
  });

  it('the script answers --help (exit 0) and a wrong option (exit 2) before it builds anything', async () => {
    const [help, wrong] = await Promise.all([runScript(['--help']), runScript(['--bogus'])]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('--port PORT');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain('Unknown option "--bogus"');
  });
});
