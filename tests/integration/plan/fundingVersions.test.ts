import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/services/createServices';
import { comparePlans } from '../../../shared/domain/plan/compare';
import { errorCode, sampleCluster, useTempServices } from '../helpers';
import { fullProgram, planRows, strategyInput, workspaceWithCluster } from './planFixtures';

const env = useTempServices();

describe('funding sources', () => {
  it('lists the ten built-in sources, adds, renames, moves and deletes, each one undoable step', async () => {
    await workspaceWithCluster(env.services, env.root);
    const list = await invoke(env.services, 'plan.funding.list', {});
    expect(list.map((f) => [f.id, f.name, f.position])).toEqual(list.map((f, i) => [`fs-${f.key}`, '', i]));

    let before = planRows(env.services);
    const added = await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-baznas', name: 'BAZNAS' } });
    expect(added.at(-1)).toEqual({ id: 'fs-baznas', key: null, name: 'BAZNAS', position: 10 });
    let step = await invoke(env.services, 'workspace.undo', {});
    expect(step.label).toEqual({ key: 'plan.history.addFunding', params: { name: 'BAZNAS' } });
    expect(planRows(env.services)).toEqual(before);
    await invoke(env.services, 'workspace.redo', {});

    before = planRows(env.services);
    const renamed = await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-apbn', name: 'Kementerian Perindustrian' } });
    expect(renamed.find((f) => f.id === 'fs-apbn')).toMatchObject({ key: 'apbn', name: 'Kementerian Perindustrian' });
    // Renamed to "" a built-in source takes its catalog name again.
    const back = await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-apbn', name: '' } });
    expect(back.find((f) => f.id === 'fs-apbn')!.name).toBe('');
    expect((await invoke(env.services, 'workspace.undo', {})).label).toEqual({ key: 'plan.history.renameFunding', params: { name: '' } });
    await invoke(env.services, 'workspace.undo', {});
    expect(planRows(env.services)).toEqual(before);
    await invoke(env.services, 'workspace.redo', {});
    await invoke(env.services, 'workspace.redo', {});
    expect(await errorCode(() => invoke(env.services, 'plan.funding.save', { source: { id: 'fs-baznas', name: '  ' } }))).toEqual({
      code: 'invalidInput',
      params: { field: 'name', detail: 'validation.required' },
    });

    const moved = await invoke(env.services, 'plan.funding.move', { id: 'fs-baznas', position: 0 });
    expect(moved.map((f) => f.id).slice(0, 3)).toEqual(['fs-baznas', 'fs-swadaya', 'fs-clusterForum']);
    expect(moved.map((f) => f.position)).toEqual([...moved.keys()]);
    step = await invoke(env.services, 'workspace.undo', {});
    expect(step.label.key).toBe('plan.history.moveFunding');
    await invoke(env.services, 'workspace.redo', {});

    const deleted = await invoke(env.services, 'plan.funding.delete', { id: 'fs-baznas' });
    expect(deleted.map((f) => f.id)).not.toContain('fs-baznas');
    expect(deleted.map((f) => f.position)).toEqual([...deleted.keys()]);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'plan.funding.list', {}))[0]!.id).toBe('fs-baznas');
  });

  it('refuses to delete a source any plan pays from, naming it and the lines, and writes nothing', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const other = (await invoke(env.services, 'clusters.create', sampleCluster('Sentra Logam Ceper'))).id;
    await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-baznas', name: 'BAZNAS' } });
    const program = fullProgram('p1', 'Pelatihan');
    await invoke(env.services, 'plan.programs.save', {
      clusterId,
      program: { ...program, budget: program.budget.map((b) => ({ ...b, sourceId: 'fs-baznas' })) },
    });
    await invoke(env.services, 'plan.programs.save', { clusterId: other, program: fullProgram('q1', 'Pameran') });
    const rows = planRows(env.services);
    expect(await errorCode(() => invoke(env.services, 'plan.funding.delete', { id: 'fs-baznas' }))).toEqual({
      code: 'fundingSourceInUse',
      params: { name: 'BAZNAS', count: 3 },
    });
    // A built-in source is named by its catalog key, which the message words in the reader's language.
    expect(await errorCode(() => invoke(env.services, 'plan.funding.delete', { id: 'fs-swadaya' }))).toEqual({
      code: 'fundingSourceInUse',
      params: { name: 'plan.codes.funding.swadaya', count: 1 },
    });
    expect(planRows(env.services)).toEqual(rows);
  });

  it('refuses a second source by the same name, in any case or spacing, or a built-in name in either language', async () => {
    await workspaceWithCluster(env.services, env.root);
    await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-wb', name: 'Hibah Bank Dunia' } });
    const before = planRows(env.services);
    const refused = (id: string, name: string) => errorCode(() => invoke(env.services, 'plan.funding.save', { source: { id, name } }));
    expect(await refused('fs-wb2', 'hibah  bank dunia ')).toEqual({ code: 'fundingSourceExists', params: { name: 'hibah  bank dunia' } });
    // the built-ins' catalog names, Indonesian and English, stay theirs even once a built-in is renamed
    expect((await refused('fs-x', 'apbd kabupaten')).code).toBe('fundingSourceExists');
    expect((await refused('fs-x', 'Regency Budget (APBD Kabupaten)')).code).toBe('fundingSourceExists');
    await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-csr', name: 'CSR Pertamina' } });
    expect((await refused('fs-x', 'CSR')).code).toBe('fundingSourceExists');
    // renaming onto another source's name is refused too; keeping one's own name is not a clash
    expect((await refused('fs-apbn', 'Hibah Bank Dunia')).code).toBe('fundingSourceExists');
    await invoke(env.services, 'plan.funding.save', { source: { id: 'fs-wb', name: 'hibah bank dunia' } });
    await invoke(env.services, 'workspace.undo', {});
    await invoke(env.services, 'workspace.undo', {});
    expect(planRows(env.services)).toEqual(before);
  });
});

describe('versions and the plans list', () => {
  it('freezes the draft, keeps editing it, and gives both plans to compare', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    await invoke(env.services, 'plan.strategies.save', { clusterId, strategy: strategyInput('s1', 'Pemasaran') });
    await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p1', 'Pelatihan 5S', { strategyId: 's1' }) });
    const draft = await invoke(env.services, 'plan.get', { clusterId });

    const frozen = await invoke(env.services, 'plan.versions.freeze', { clusterId, label: 'Diajukan ke forum 12 Jan 2027' });
    expect(frozen.versions.map(({ label, programs, total }) => ({ label, programs, total }))).toEqual([
      { label: 'Diajukan ke forum 12 Jan 2027', programs: 1, total: 12_500_000 },
    ]);
    expect(Date.parse(frozen.versions[0]!.frozenAt)).not.toBeNaN();
    expect((await invoke(env.services, 'workspace.history', {})).undoLabel).toEqual({
      key: 'plan.history.freezeVersion',
      params: { label: 'Diajukan ke forum 12 Jan 2027' },
    });
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'plan.get', { clusterId })).versions).toEqual([]);
    expect((await invoke(env.services, 'workspace.redo', {})).changed.plan_versions).toEqual([frozen.versions[0]!.id]);

    // The draft moves on: one more program, one line dearer; the version stays as it was.
    const program = fullProgram('p1', 'Pelatihan 5S', { strategyId: 's1' });
    await invoke(env.services, 'plan.programs.save', {
      clusterId,
      program: { ...program, budget: program.budget.map((b, i) => (i === 0 ? { ...b, amount: 9_500_000 } : b)) },
    });
    await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p2', 'Pameran dagang') });
    const second = await invoke(env.services, 'plan.versions.freeze', { clusterId, label: 'Setelah serah terima' });
    expect(second.versions.map((v) => [v.label, v.programs, v.total])).toEqual([
      ['Setelah serah terima', 2, 27_000_000],
      ['Diajukan ke forum 12 Jan 2027', 1, 12_500_000],
    ]);

    const version = await invoke(env.services, 'plan.versions.get', { id: frozen.versions[0]!.id });
    const { exists, versions, context, ...draftDoc } = draft;
    void exists;
    void versions;
    void context;
    expect(version.doc).toEqual(draftDoc);

    const now = await invoke(env.services, 'plan.get', { clusterId });
    const diff = comparePlans(version.doc, now);
    expect(diff.total).toEqual({ from: 12_500_000, to: 27_000_000 });
    expect(diff.programs.added.map((p) => p.name)).toEqual(['Pameran dagang']);
    expect(diff.programs.changed.map((c) => c.id)).toEqual(['p1']);

    const deleted = await invoke(env.services, 'plan.versions.delete', { id: frozen.versions[0]!.id });
    expect(deleted.versions.map((v) => v.label)).toEqual(['Setelah serah terima']);
    await invoke(env.services, 'workspace.undo', {});
    expect((await invoke(env.services, 'plan.get', { clusterId })).versions).toHaveLength(2);
  });

  it('lists every cluster with its plan summary, zeros where there is no plan', async () => {
    const clusterId = await workspaceWithCluster(env.services, env.root);
    const other = (await invoke(env.services, 'clusters.create', sampleCluster('Sentra Logam Ceper'))).id;
    await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p1', 'Pelatihan') });
    await invoke(env.services, 'plan.programs.save', { clusterId, program: fullProgram('p2', 'Pameran') });
    const view = await invoke(env.services, 'plan.versions.freeze', { clusterId, label: 'Forum' });
    const list = await invoke(env.services, 'plan.list', {});
    expect(list).toEqual([
      {
        clusterId,
        clusterName: 'Sentra Genteng Kebumen',
        title: 'Sentra Genteng Kebumen',
        year: view.header.year,
        programs: 2,
        total: 25_000_000,
        versions: 1,
        updatedAt: view.header.updatedAt,
      },
      { clusterId: other, clusterName: 'Sentra Logam Ceper', title: '', year: 0, programs: 0, total: 0, versions: 0, updatedAt: null },
    ]);
  });
});
