import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, INDONESIAN, runCliIn } from '../cliRuns';

/* The stakeholder commands as a user runs them, in-process (see tests/integration/cli.test.ts). */

let dir: string;
let dataDir: string;
let demo: string;

const cliIn = (env: Record<string, string>, ...args: string[]) => runCliIn({ cwd: dir, dataDir }, env, args);
const cli = (...args: string[]) => cliIn(ENGLISH, ...args);

let copies = 0;
function demoCopy(): string {
  const p = path.join(dir, `copy-${++copies}.sentra`);
  fs.copyFileSync(demo, p);
  return p;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-cli-map-'));
  dataDir = path.join(dir, 'data');
  demo = path.join(dir, 'demo.sentra');
  expect((await cli('demo', '--out', demo)).code).toBe(0);
  fs.writeFileSync(
    path.join(dir, 'aktor.csv'),
    '\uFEFFnama;jenis;pengaruh;kepentingan\r\nKoperasi Uji Satu;koperasi;4;5\r\nPolman Uji;university;3;4\r\nIKM Uji A;IKM / UKM;2;2\r\nIKM Uji B;sme;9;1\r\n',
  );
  fs.writeFileSync(
    path.join(dir, 'hubungan.csv'),
    'dari,ke,jenis,kekuatan\nPolman Uji,Koperasi Uji Satu,support,4\nIKM Uji A,Koperasi Uji Satu,membership,3\nIKM Uji A,Orang Asing,,\n',
  );
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('import-stakeholders and metrics', () => {
  it('have help in both languages', async () => {
    for (const env of [ENGLISH, INDONESIAN]) {
      for (const name of ['import-stakeholders', 'metrics']) {
        const help = await cliIn(env, 'help', name);
        expect(help.code).toBe(0);
        expect(help.stdout).not.toMatch(/stakeholderIo\./);
        expect(help.stdout).toContain('--cluster X');
      }
    }
    expect((await cliIn(INDONESIAN, 'help', 'metrics')).stdout).toContain('Tampilkan ukuran jaringan');
  });

  it('refuses files with problems, listing each as row, column and message, and writes nothing', async () => {
    const file = demoCopy();
    const run = await cli('import-stakeholders', file, '--cluster', 'kebumen', '--actors', 'aktor.csv', '--ties', 'hubungan.csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Actors: 4 rows read, 3 without problems; 3 new on the map, 0 already on it.');
    expect(run.stdout).toContain('actors file, row 5, column pengaruh: Enter a whole number from 0 to 5.');
    expect(run.stdout).toContain('ties file, row 4, column ke: “Orang Asing” is neither in the actors file nor on this map.');
    expect(run.stderr).toContain('The files have 2 problems');
    expect(run.stderr).toContain('--partial');
    const id = await cliIn(INDONESIAN, 'import-stakeholders', file, '--cluster', 'kebumen', '--actors', 'aktor.csv');
    expect(id.code).toBe(1);
    expect(id.stdout).toContain('berkas aktor, baris 5, kolom pengaruh: Isi bilangan bulat 0 sampai 5.');
    const metrics = JSON.parse((await cli('metrics', file, '--cluster', 'kebumen', '--json')).stdout) as { actors: { name: string }[] };
    expect(metrics.actors.map((a) => a.name)).not.toContain('Polman Uji');
  });

  it('imports the good rows with --partial, and metrics then reads the map', async () => {
    const file = demoCopy();
    const run = await cli('import-stakeholders', file, '--cluster', 'kebumen', '--actors', 'aktor.csv', '--ties', 'hubungan.csv', '--partial');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported onto the map of .*Kebumen.*: 3 actors and 2 ties/);

    const json = await cli('metrics', file, '--cluster', 'kebumen', '--json');
    expect(json.code).toBe(0);
    const m = JSON.parse(json.stdout) as {
      actors: { name: string; degree: number; strength: number; betweenness: number; closeness: number }[];
      network: { density: number; components: number };
      socialCapital: { bonding: unknown; bridging: unknown; trust: unknown };
    };
    const kop = m.actors.find((a) => a.name === 'Koperasi Uji Satu')!;
    expect(kop).toMatchObject({ degree: 2, strength: 7 });
    expect(typeof kop.betweenness).toBe('number');
    expect(typeof m.network.density).toBe('number');
    expect(m.socialCapital).toHaveProperty('bonding');

    const text = await cliIn(INDONESIAN, 'metrics', file, '--cluster', 'kebumen', '--directed');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Peta pemangku kepentingan');
    expect(text.stdout).toContain('Koperasi Uji Satu');
    expect(text.stdout).toMatch(/Hubungan dihitung berarah:\s+Ya/);
  });

  it('says what is wrong with the command line or the cluster', async () => {
    const file = demoCopy();
    const none = await cli('import-stakeholders', file, '--cluster', 'kebumen');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Give --actors, --ties or both.');
    const both = await cli('metrics', file, '--cluster', 'kebumen', '--directed', '--undirected');
    expect(both.code).toBe(2);
    const lost = await cli('metrics', file, '--cluster', 'atlantis');
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain('clusters');
    const missing = await cli('import-stakeholders', file, '--cluster', 'kebumen', '--actors', 'nope.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.csv');
  });
});
