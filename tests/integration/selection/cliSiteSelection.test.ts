import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, INDONESIAN, runCliIn } from '../cliRuns';

/* `site-selection` as a user runs it, in-process (see tests/integration/cli.test.ts). */

const FIXTURES = path.resolve('tests/fixtures/selection');

let dir: string;
let dataDir: string;

const cliIn = (env: Record<string, string>, ...args: string[]) => runCliIn({ cwd: dir, dataDir }, env, args);
const cli = (...args: string[]) => cliIn(ENGLISH, ...args);

interface JsonCluster {
  group: string;
  cluster: string;
  dimensions: Record<string, number>;
  total: number;
  max: number;
  percent: number | null;
  rankInGroup: number | null;
  rank: number | null;
  selected: boolean;
}

const published = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(FIXTURES, 'jica-table-3-1.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

function write(name: string, text: string): string {
  fs.writeFileSync(path.join(dir, name), text);
  return name;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-cli-selection-'));
  dataDir = path.join(dir, 'data');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('site-selection --scores', () => {
  it('reproduces Table 3.1 from JICA’s published totals', async () => {
    const run = await cli('site-selection', '--scores', path.join(FIXTURES, 'jica-table-3-1-scores.csv'), '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { clusters } = JSON.parse(run.stdout) as { clusters: JsonCluster[] };
    expect(clusters).toHaveLength(published.length);
    for (const row of published) {
      const c = clusters.find((x) => x.cluster === row.cluster)!;
      expect(c, row.cluster).toMatchObject({
        group: row.group,
        dimensions: { 'Growth opportunity': Number(row.growth_opportunity), 'Action-taking capacity': Number(row.action_taking_capacity) },
        total: Number(row.growth_opportunity) + Number(row.action_taking_capacity),
        max: 90,
        percent: Number(row.percent),
        rankInGroup: Number(row.rank_in_group),
        selected: row.pilot === 'yes',
      });
    }
    expect(Object.keys(clusters[0]!).slice(0, 9)).toEqual(['group', 'cluster', 'dimensions', 'total', 'max', 'percent', 'rankInGroup', 'rank', 'selected']);
  });

  it('prints a table like Table 3.1 without --json, in the user’s language', async () => {
    const en = await cli('site-selection', '--scores', path.join(FIXTURES, 'jica-table-3-1-scores.csv'));
    expect(en.code).toBe(0);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Group\s+Cluster\s+Growth opportunity \(54\)\s+Action-taking capacity \(36\)\s+Total \(90\)\s+%\s+Rank in group/);
    expect(lines[2]).toMatch(/^Metal\/machinery component\s+Waru-Sidoarjo\s+38\s+21\s+59\s+65\.6\s+1\s+1\s+✓$/);
    expect(lines).toHaveLength(12);
    const id = await cliIn(INDONESIAN, 'site-selection', '--scores', path.join(FIXTURES, 'jica-table-3-1-scores.csv'));
    expect(id.stdout).toMatch(/^Kelompok\s+Sentra/);
    expect(id.stdout).toMatch(/Waru-Sidoarjo\s+38\s+21\s+59\s+65,6\s+1\s+1\s+✓/);
  });

  it('takes --top, --threshold and --median', async () => {
    const file = path.join(FIXTURES, 'jica-table-3-1-scores.csv');
    const top2 = JSON.parse((await cli('site-selection', '--scores', file, '--json', '--top', '2')).stdout) as { clusters: JsonCluster[] };
    expect(top2.clusters.filter((c) => c.selected)).toHaveLength(6);
    const over60 = JSON.parse((await cli('site-selection', '--scores', file, '--json', '--threshold', '60')).stdout) as { clusters: JsonCluster[] };
    expect(over60.clusters.filter((c) => c.selected).map((c) => c.cluster)).toEqual([
      'Waru-Sidoarjo',
      'Serenan-Klaten (wood furniture)',
      'Kebumen (roof-tile)',
    ]);
    const scores = write(
      'scorers.csv',
      'group,cluster,dimension,score,max,scorer\nG,A,D,2,10,s1\nG,A,D,3,10,s2\nG,A,D,10,10,s3\nG,B,D,4,10,s1\nG,B,D,4,10,s2\nG,B,D,4,10,s3\n',
    );
    const mean = JSON.parse((await cli('site-selection', '--scores', scores, '--json')).stdout) as { clusters: JsonCluster[] };
    const median = JSON.parse((await cli('site-selection', '--scores', scores, '--json', '--median')).stdout) as { clusters: JsonCluster[] };
    expect(mean.clusters.map((c) => [c.cluster, c.total])).toEqual([
      ['A', 5],
      ['B', 4],
    ]);
    expect(median.clusters.map((c) => [c.cluster, c.total])).toEqual([
      ['B', 4],
      ['A', 3],
    ]);
  });

  it('refuses a bad file with every problem and its row, in the user’s language, printing nothing on stdout', async () => {
    const bad = write('bad.csv', 'group,cluster,dimension,score,max\nG,A,Growth,tujuh,54\nG,B,Growth,60,54\nG,B,Growth,6,54\n');
    const en = await cli('site-selection', '--scores', bad, '--json');
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('The scores file cannot be read: 3 problems were found:');
    expect(en.stderr).toContain('row 2: The score “tujuh” is not a number.');
    expect(en.stderr).toContain('row 3: The score 60 is above the maximum of 54.');
    expect(en.stderr).toContain('row 4: This row repeats the cluster, dimension and scorer of row 3.');
    const id = await cliIn(INDONESIAN, 'site-selection', '--scores', bad);
    expect(id.code).toBe(1);
    expect(id.stdout).toBe('');
    expect(id.stderr).toContain('baris 2: Nilai “tujuh” bukan angka.');
  });

  it('names the missing columns, and refuses empty and missing files', async () => {
    const cols = await cli('site-selection', '--scores', write('cols.csv', 'kelompok;sentra;nilai\nG;A;3\n'));
    expect(cols.code).toBe(1);
    expect(cols.stderr).toContain('row 1: Required columns are missing: dimension / dimensi, max / maks.');
    const empty = await cli('site-selection', '--scores', write('empty.csv', ''));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('The file is empty.');
    const missing = await cli('site-selection', '--scores', 'nowhere.csv');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('nowhere.csv');
  });

  it('refuses a weight above 10 with its row, without results', async () => {
    const run = await cli('site-selection', '--scores', write('weights.csv', 'group,cluster,dimension,score,max,weight\nG,A,D,3,10,11\n'), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The scores file cannot be read: 1 problem was found:');
    expect(run.stderr).toContain('row 2: The weight “11” must be a number from 0 to 10.');
  });

  it('says so when a result rests on missing scores', async () => {
    const run = await cli(
      'site-selection',
      '--scores',
      write('gaps.csv', 'group,cluster,dimension,score,max\nG,A,D1,3,10\nG,A,D2,,10\nG,B,D1,4,10\nG,B,D2,4,10\n'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/A \*\s+3\s+0\s+3\s+30\.0/);
    expect(run.stdout).toContain('* These results rest on incomplete scores: A.');
  });

  it('is a usage error (exit 2) to give both sources, neither, or both rules', async () => {
    for (const args of [
      ['--scores', 'a.csv', '--session', 'x'],
      [],
      ['--scores', 'a.csv', '--top', '1', '--threshold', '50'],
      ['--scores', 'a.csv', '--top', 'two'],
      ['--session', 'x'],
    ]) {
      const run = await cli('site-selection', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('site-selection');
    }
  });

  it('has help in both languages', async () => {
    for (const env of [ENGLISH, INDONESIAN]) {
      const help = await cliIn(env, 'help', 'site-selection');
      expect(help.code).toBe(0);
      expect(help.stdout).not.toMatch(/selectionIo\./);
      expect(help.stdout).toContain('--scores F.csv');
    }
  });
});

describe('site-selection FILE --session', () => {
  let demo: string;
  beforeAll(async () => {
    demo = path.join(dir, 'demo.sentra');
    expect((await cli('demo', '--out', demo)).code).toBe(0);
  });

  it('gives the demo session’s results: Table 3.1 again', async () => {
    const run = await cli('site-selection', demo, '--session', 'pemilihan', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { clusters } = JSON.parse(run.stdout) as { clusters: JsonCluster[] };
    expect(clusters).toHaveLength(10);
    expect(clusters.filter((c) => c.selected).map((c) => c.percent)).toEqual([65.6, 62.2, 63.3]);
    expect(clusters.map((c) => c.percent).sort()).toEqual(published.map((r) => Number(r.percent)).sort());
  });

  it('finds the session by id too, and says which sessions there are when none matches', async () => {
    expect((await cli('site-selection', demo, '--session', 'demo-jica-2004', '--json')).code).toBe(0);
    const run = await cli('site-selection', demo, '--session', 'nothing-like-it');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('No scoring session matches “nothing-like-it”.');
    expect(run.stderr).toContain('demo-jica-2004');
  });
});
