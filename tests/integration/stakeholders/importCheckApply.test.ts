import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import type { ImportFile } from '../../../shared/contract/stakeholders';
import { errorCode, useTempServices } from '../helpers';
import { actorFields, tableCounts, workspaceWithCluster } from './mapFixtures';

const env = useTempServices();
const csv = (fileName: string, text: string): ImportFile => ({ fileName, base64: Buffer.from(text, 'utf8').toString('base64') });

const ACTORS = `nama;jenis;sektor;pengaruh;kepentingan;sikap;di_dalam_sentra
Koperasi Batur Jaya;Koperasi;;4;5;mendukung;ya
Polman Ceper;university;akademisi;3;4;;tidak
IKM Sinar;IKM / UKM;;2;2;;
Bank Jateng;bank;;9;2;;
`;
const TIES = `from,to,type,strength,trust,directed
Polman Ceper,Koperasi Batur Jaya,support,4,3,no
IKM Sinar,Koperasi Batur Jaya,membership,3,,
IKM Sinar,IKM Sinar,collaboration,3,,
IKM Sinar,Bank Jateng,finance,2,,yes
Koperasi Batur Jaya,Dinas Perindag,information,3,,
`;

describe('importing actors and ties', () => {
  it('checks without writing: counts, and each problem with row, column and message key', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = tableCounts(env.services);
    const report = await invoke(env.services, 'stakeholders.import.check', { clusterId, actors: csv('aktor.csv', ACTORS), ties: csv('hubungan.csv', TIES) });
    expect(tableCounts(env.services)).toEqual(before);
    expect(report.actors).toEqual({ rows: 4, valid: 3, newOnMap: 3, alreadyOnMap: 0 });
    expect(report.ties).toEqual({ rows: 5, valid: 2 });
    expect(report.problems.map((p) => `${p.file} ${p.row} ${p.column} ${p.code}`)).toEqual([
      'actors 5 pengaruh validation.score0to5',
      'ties 4 to stakeholderIo.problems.selfTie',
      'ties 5 to stakeholderIo.problems.actorRowHasProblems',
      'ties 6 to stakeholderIo.problems.actorUnknown',
    ]);
    expect(report.truncated).toBe(false);
  });

  it('refuses to apply with problems unless the user accepts a partial import, and writes nothing then', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = tableCounts(env.services);
    const input = { clusterId, actors: csv('aktor.csv', ACTORS), ties: csv('hubungan.csv', TIES) };
    expect(await errorCode(() => invoke(env.services, 'stakeholders.import.apply', { ...input, acceptPartial: false }))).toEqual({
      code: 'importHasProblems',
      params: { count: 4 },
    });
    expect(tableCounts(env.services)).toEqual(before);

    const report = await invoke(env.services, 'stakeholders.import.apply', { ...input, acceptPartial: true });
    expect(report.ties.valid).toBe(2);
    const map = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(map.actors.map((a) => a.name).sort()).toEqual(['IKM Sinar', 'Koperasi Batur Jaya', 'Polman Ceper']);
    const kop = map.actors.find((a) => a.name === 'Koperasi Batur Jaya')!;
    expect(kop).toMatchObject({
      kind: 'cooperative',
      sector: 'business',
      influence: 4,
      interest: 5,
      attitude: 'supportive',
      insideCluster: true,
      level: 'cluster',
    });
    expect(map.actors.find((a) => a.name === 'Polman Ceper')).toMatchObject({ kind: 'university', sector: 'academia', insideCluster: false, level: 'regency' });
    expect(map.ties).toHaveLength(2);
    expect(map.ties.find((t) => t.type === 'support')).toMatchObject({ strength: 4, trust: 3, directed: false });

    // One undo step takes the whole import away.
    const history = await invoke(env.services, 'workspace.history', {});
    expect(history.undoLabel).toEqual({ key: 'stakeholders.history.import', params: { actors: '3', ties: '2' } });
    await invoke(env.services, 'workspace.undo', {});
    expect(tableCounts(env.services)).toEqual(before);
  });

  it('keeps actors already on the map, places actors of other maps, and ties them to the map', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const other = (await invoke(env.services, 'clusters.create', { ...(await invoke(env.services, 'clusters.get', { id: clusterId })), name: 'Tumang' })).id;
    const kop = await invoke(env.services, 'stakeholders.actors.create', {
      clusterId,
      fields: actorFields('Koperasi Batur Jaya', { influence: 1 }),
      x: 0,
      y: 0,
    });
    const polman = await invoke(env.services, 'stakeholders.actors.create', {
      clusterId: other,
      fields: actorFields('Polman Ceper', { kind: 'university', sector: 'academia' }),
      x: 5,
      y: 5,
    });
    const actors = csv('a.csv', 'name,influence\nKOPERASI BATUR JAYA,5\npolman ceper,1\n');
    const ties = csv('t.csv', 'from,to,type\nPolman Ceper,Koperasi Batur Jaya,support\n');
    const report = await invoke(env.services, 'stakeholders.import.apply', { clusterId, actors, ties, acceptPartial: false });
    expect(report.actors).toEqual({ rows: 2, valid: 2, newOnMap: 1, alreadyOnMap: 1 });
    const map = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(map.actors.map((a) => a.id).sort()).toEqual([kop.id, polman.id].sort());
    // The actor already on the map keeps its fields and place.
    expect(map.actors.find((a) => a.id === kop.id)).toMatchObject({ influence: 1, x: 0, y: 0 });
    expect(map.ties).toMatchObject([{ from: polman.id, to: kop.id, type: 'support' }]);

    // A tie to an actor of another map that the actors file does not bring is a problem.
    const tumangOnly = await invoke(env.services, 'stakeholders.actors.create', {
      clusterId: other,
      fields: actorFields('Bank Jateng', { kind: 'bank' }),
      x: 9,
      y: 9,
    });
    expect(tumangOnly.name).toBe('Bank Jateng');
    const check = await invoke(env.services, 'stakeholders.import.check', {
      clusterId,
      actors: null,
      ties: csv('t.csv', 'dari,ke\nBank Jateng,Polman Ceper\n'),
    });
    expect(check.problems).toMatchObject([{ file: 'ties', row: 2, column: 'dari', code: 'stakeholderIo.problems.actorOnOtherMap' }]);
    // …and a duplicate of a tie on the map.
    const dup = await invoke(env.services, 'stakeholders.import.check', {
      clusterId,
      actors: null,
      ties: csv('t.csv', 'to,from,type\nPolman Ceper,koperasi batur jaya,Technical or BDS support\n'),
    });
    expect(dup.problems).toMatchObject([{ row: 2, code: 'stakeholderIo.problems.duplicateTieOnMap' }]);
  });

  it('refuses unreadable, empty and missing inputs cleanly', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const before = tableCounts(env.services);
    expect((await errorCode(() => invoke(env.services, 'stakeholders.import.check', { clusterId, actors: null, ties: null }))).code).toBe('importNothing');
    const broken = { fileName: 'x.xlsx', base64: Buffer.from('PK\u0003\u0004garbage').toString('base64') };
    expect(await errorCode(() => invoke(env.services, 'stakeholders.import.apply', { clusterId, actors: broken, ties: null, acceptPartial: true }))).toEqual({
      code: 'importUnreadable',
      params: { file: 'x.xlsx', detail: 'stakeholderIo.unreadable.damaged' },
    });
    expect(
      (await errorCode(() => invoke(env.services, 'stakeholders.import.check', { clusterId: 'nope', actors: csv('a.csv', 'name\nA\n'), ties: null }))).code,
    ).toBe('clusterMissing');
    expect(tableCounts(env.services)).toEqual(before);
    // A tie to a map actor needs no actors file.
    await invoke(env.services, 'stakeholders.actors.create', { clusterId, fields: actorFields('A'), x: 0, y: 0 });
    await invoke(env.services, 'stakeholders.actors.create', { clusterId, fields: actorFields('B'), x: 0, y: 0 });
    const ok = await invoke(env.services, 'stakeholders.import.apply', { clusterId, actors: null, ties: csv('t.csv', 'from,to\na,b\n'), acceptPartial: false });
    expect(ok.ties.valid).toBe(1);
  });

  it('places a large import in rings by sector around the map, apart from each other', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const rows = Array.from({ length: 120 }, (_, i) => `Aktor ${i},${['sme', 'bank', 'university', 'agency', 'ngo'][i % 5]}`);
    await invoke(env.services, 'stakeholders.import.apply', {
      clusterId,
      actors: csv('a.csv', `name,kind\n${rows.join('\n')}\n`),
      ties: null,
      acceptPartial: false,
    });
    const map = await invoke(env.services, 'stakeholders.map', { clusterId });
    expect(new Set(map.actors.map((a) => `${a.x},${a.y}`)).size).toBe(120);
    const ties = await invoke(env.services, 'stakeholders.import.check', { clusterId, actors: null, ties: csv('t.csv', `from,to\nAktor 1,Aktor 2\n`) });
    expect(ties.problems).toEqual([]);
  });
});
