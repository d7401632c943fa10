import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/catalogs';
import { arrangeNewActors } from '../../../shared/domain/stakeholders/io/arrangeNewActors';
import { type ParsedTable, mapHeaders, actorColumns } from '../../../shared/domain/stakeholders/io/importColumns';
import { matchCode } from '../../../shared/domain/stakeholders/io/matchCode';
import { fromInertCell, inertCell, parseBoolean, parseDate, parseScale } from '../../../shared/domain/stakeholders/io/parseCell';
import { planImport } from '../../../shared/domain/stakeholders/io/planImport';
import { readActorRows } from '../../../shared/domain/stakeholders/io/readActorRows';
import { readTieRows } from '../../../shared/domain/stakeholders/io/readTieRows';

const table = (headers: string[], ...rows: string[][]): ParsedTable => ({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

describe('import values', () => {
  it('matches codes and their names in both languages, any case and spacing', () => {
    expect(matchCode('kind', 'sme')).toBe('sme');
    expect(matchCode('kind', '  IKM / UKM ')).toBe('sme');
    expect(matchCode('kind', 'Provincial /  regency agency')).toBe('agency');
    expect(matchCode('kind', 'lpm')).toBe('university');
    expect(matchCode('kind', 'Koperasi')).toBe('cooperative');
    expect(matchCode('sector', 'PEMERINTAH')).toBe('government');
    expect(matchCode('level', 'kabupaten')).toBe('regency');
    expect(matchCode('attitude', 'Menolak')).toBe('resistant');
    expect(matchCode('type', 'Pasokan (keterkaitan ke belakang)')).toBe('supply');
    expect(matchCode('type', 'joint action')).toBe('collaboration');
    expect(matchCode('role', 'pelaksana')).toBe('executor');
    expect(matchCode('kind', 'spaceship')).toBeNull();
    // "constructor" and friends are not codes: lookups never reach Object's prototype
    expect(matchCode('kind', 'constructor')).toBeNull();
  });

  it('reads yes/no, scales and dates in the documented forms only', () => {
    for (const s of ['yes', 'Ya', 'TRUE', '1', 'y']) expect(parseBoolean(s)).toBe(true);
    for (const s of ['no', 'tidak', 'False', '0', 't', 'n']) expect(parseBoolean(s)).toBe(false);
    expect(parseBoolean('maybe')).toBeUndefined();
    expect(parseScale('3', 0, 5)).toBe(3);
    expect(parseScale(' 4.0 ', 0, 5)).toBe(4);
    expect(parseScale('6', 0, 5)).toBeUndefined();
    expect(parseScale('2.5', 0, 5)).toBeUndefined();
    expect(parseScale('-1', 0, 5)).toBeUndefined();
    expect(parseDate('2024-03-01')).toBe('2024-03-01');
    expect(parseDate('17/8/2024')).toBe('2024-08-17');
    expect(parseDate('31/02/2024')).toBeUndefined();
    expect(parseDate('tomorrow')).toBeUndefined();
  });

  it('makes formula-like cells inert and reads them back exactly', () => {
    for (const s of ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(inertCell(s)).toBe(`'${s}`);
      expect(fromInertCell(inertCell(s))).toBe(s);
    }
    expect(inertCell('Koperasi')).toBe('Koperasi');
    expect(fromInertCell("'quoted")).toBe("'quoted");
  });

  it('finds columns by either language, and names unknown or repeated ones', () => {
    const m = mapHeaders([' Nama ', 'JENIS', 'Inside cluster', '__proto__', 'name'], actorColumns);
    expect(m.index.get('name')).toBe(0);
    expect(m.index.get('kind')).toBe(1);
    expect(m.index.get('insideCluster')).toBe(2);
    expect(m.unknown).toEqual([{ column: '__proto__' }]);
    expect(m.repeated).toEqual([{ column: 'name' }]);
  });
});

describe('reading rows', () => {
  it('fills the documented defaults and reports each bad cell with row and column', () => {
    const read = readActorRows(
      table(
        ['nama', 'jenis', 'pengaruh', 'di_dalam_sentra', 'berpotensi_tumbuh'],
        ['IKM Maju', 'IKM / UKM', '', '', 'ya'],
        ['Dinas Perindag', 'agency', '', '', ''],
        ['Bank X', 'bank', '7', 'mungkin', 'ya'],
        ['', 'sme', '', '', ''],
        ['ikm  maju', '', '', '', ''],
      ),
    );
    expect(read.rows).toBe(5);
    expect(read.valid.map((v) => v.row)).toEqual([2, 3]);
    expect(read.valid[0]!.fields).toMatchObject({
      kind: 'sme',
      sector: 'business',
      level: 'cluster',
      insideCluster: true,
      potentiallyViable: true,
      influence: 2,
    });
    expect(read.valid[1]!.fields).toMatchObject({ kind: 'agency', sector: 'government', level: 'regency', insideCluster: false, attitude: 'neutral' });
    expect(read.problems).toEqual([
      { file: 'actors', row: 4, column: 'pengaruh', code: 'validation.score0to5' },
      { file: 'actors', row: 4, column: 'di_dalam_sentra', code: 'stakeholderIo.problems.notYesNo', params: { value: 'mungkin' } },
      { file: 'actors', row: 4, column: 'berpotensi_tumbuh', code: 'stakeholderIo.problems.smeOnly' },
      { file: 'actors', row: 5, column: 'nama', code: 'validation.required' },
      { file: 'actors', row: 6, column: 'nama', code: 'stakeholderIo.problems.repeatedName', params: { name: 'ikm maju', firstRow: 2 } },
    ]);
    expect(read.invalidNames.get('bank x')).toBe(4);
  });

  it('refuses a file without a name column as a whole', () => {
    const read = readActorRows(table(['kind'], ['sme']));
    expect(read.valid).toEqual([]);
    expect(read.problems).toEqual([
      { file: 'actors', row: 1, column: 'nama / name', code: 'stakeholderIo.problems.missingColumn', params: { column: 'nama / name' } },
    ]);
  });

  it('reads ties with their defaults and checks type, scales and dates', () => {
    const read = readTieRows(
      table(
        ['dari', 'ke', 'jenis', 'kekuatan', 'kepercayaan', 'sejak'],
        ['A', 'B', '', '', '', ''],
        ['A', 'C', 'pasokan (keterkaitan ke belakang)', '5', '1', '01/03/2024'],
        ['A', '', 'gossip', '0', '9', '2024-13-01'],
      ),
    );
    expect(read.valid[0]!.fields).toEqual({ type: 'collaboration', directed: false, strength: 3, trust: null, formal: false, since: null, notes: '' });
    expect(read.valid[1]!.fields).toMatchObject({ type: 'supply', strength: 5, trust: 1, since: '2024-03-01' });
    expect(read.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, 'ke', 'validation.required'],
      [4, 'jenis', 'stakeholderIo.problems.unknownValue'],
      [4, 'kekuatan', 'validation.scale1to5'],
      [4, 'kepercayaan', 'validation.scale1to5'],
      [4, 'sejak', 'validation.date'],
    ]);
  });
});

describe('planning an import against a map', () => {
  const target = {
    onMap: [{ id: 'm1', name: 'Koperasi Batur' }],
    workspace: [
      { id: 'm1', name: 'Koperasi Batur' },
      { id: 'w1', name: 'Polman Ceper' },
      { id: 'w2', name: 'Bank Jateng' },
    ],
    ties: [{ from: 'm1', to: 'w1', type: 'support' as const, directed: false }],
  };

  it('keeps actors on the map, places actors of other maps, and checks every tie', () => {
    const actors = readActorRows(table(['name', 'influence'], ['koperasi batur', '5'], ['Polman Ceper', ''], ['IKM Baru', ''], ['IKM Buruk', '9']));
    const ties = readTieRows(
      table(
        ['from', 'to', 'type', 'directed'],
        ['IKM Baru', 'Koperasi Batur', 'information', ''],
        ['Polman Ceper', 'KOPERASI BATUR', 'support', ''],
        ['IKM Baru', 'ikm baru', '', ''],
        ['IKM Baru', 'Bank Jateng', '', ''],
        ['IKM Baru', 'Nobody', '', ''],
        ['IKM Baru', 'IKM Buruk', '', ''],
        ['Koperasi Batur', 'IKM Baru', 'information', 'no'],
        ['IKM Baru', 'Polman Ceper', 'supply', 'yes'],
        ['Polman Ceper', 'IKM Baru', 'supply', 'yes'],
      ),
    );
    const plan = planImport(actors, ties, target);
    expect(plan.report.actors).toEqual({ rows: 4, valid: 3, newOnMap: 2, alreadyOnMap: 1 });
    expect(plan.newActors.map((a) => a.fields.name)).toEqual(['IKM Baru']);
    expect(plan.placeActors).toEqual([{ row: 3, actorId: 'w1' }]);
    expect(plan.ties.map((t) => t.row)).toEqual([2, 9, 10]);
    expect(plan.ties[0]).toMatchObject({ from: { newIndex: 0 }, to: { id: 'm1' } });
    const tieProblems = plan.report.problems.filter((p) => p.file === 'ties').map((p) => [p.row, p.code.split('.').pop(), p.params]);
    expect(tieProblems).toEqual([
      [3, 'duplicateTieOnMap', { from: 'Polman Ceper', to: 'KOPERASI BATUR' }],
      [4, 'selfTie', { name: 'IKM Baru' }],
      [5, 'actorOnOtherMap', { name: 'Bank Jateng' }],
      [6, 'actorUnknown', { name: 'Nobody' }],
      [7, 'actorRowHasProblems', { name: 'IKM Buruk', actorRow: 5 }],
      [8, 'duplicateTieInFile', { from: 'Koperasi Batur', to: 'IKM Baru', firstRow: 2 }],
    ]);
    expect(plan.problemTotal).toBe(7);
    expect(plan.report.truncated).toBe(false);
  });

  it('lists at most a thousand problems and says there were more', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`A${i}`, '9']);
    const plan = planImport(readActorRows(table(['name', 'influence'], ...rows)), null, target);
    expect(plan.report.problems).toHaveLength(1000);
    expect(plan.report.truncated).toBe(true);
    expect(plan.problemTotal).toBe(1500);
  });
});

describe('arranging new actors', () => {
  it('puts them around the map, a spacing apart, never on top of each other', () => {
    const existing = [
      { x: 0, y: 0 },
      { x: 200, y: 100 },
    ];
    const sectors = Array.from({ length: 300 }, (_, i) => (['government', 'academia', 'business', 'community'] as const)[i % 4]!);
    const spots = arrangeNewActors(existing, sectors);
    expect(spots).toHaveLength(300);
    const keys = new Set(spots.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(300);
    for (const p of spots) for (const e of existing) expect(Math.hypot(p.x - e.x, p.y - e.y)).toBeGreaterThan(100);
    expect(arrangeNewActors([], ['business', 'community'])).toHaveLength(2);
  });
});

describe('problem and refusal texts', () => {
  it('exist in both languages for every key the import names', () => {
    const dirs = ['shared/domain/stakeholders/io', 'electron/services/stakeholders/io'];
    const source = dirs.flatMap((d) => fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), 'utf8'))).join('\n');
    const keys = [
      ...[...source.matchAll(/problemKey\('(\w+)'/g)].map((m) => `stakeholderIo.problems.${m[1]}`),
      ...[...source.matchAll(/(?:unreadable|refuse)\('(\w+)'/g)].map((m) => `stakeholderIo.unreadable.${m[1]}`),
    ];
    expect(keys.length).toBeGreaterThan(20);
    for (const lang of ['id', 'en'] as const) {
      const missing = keys.filter(
        (k) => typeof k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[lang]) !== 'string',
      );
      expect(missing).toEqual([]);
    }
  });
});
