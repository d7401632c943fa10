import type { CliContext } from '../../cli/types';
import { keyValues } from '../../cli/format';
import { APPLICATION_ID } from '../../db/constants';
import type { WorkspaceInspection } from '../../db/inspectWorkspace';

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;

/** The `check` report as the lines it prints, in the run's language. */
export function checkReportLines(r: WorkspaceInspection, ctx: CliContext): string[] {
  const { t } = ctx;
  const label = (key: string) => t(`cli.check.labels.${key}`);
  const count = (n: number) => n.toLocaleString(ctx.locale);
  const none = t('cli.none');
  const pairs: [string, string][] = [
    [label('file'), r.file],
    [label('size'), r.sizeBytes === null ? t('cli.check.missing') : t('cli.check.bytes', { bytes: count(r.sizeBytes) })],
    [label('beside'), r.sidecars.length === 0 ? t('cli.check.noSidecars') : r.sidecars.join(', ')],
  ];
  if (r.header) {
    const ours = r.header.applicationId === APPLICATION_ID;
    pairs.push(
      [label('applicationId'), ours ? t('cli.check.sentraId', { id: hex(APPLICATION_ID) }) : hex(r.header.applicationId)],
      [label('pageSize'), t('cli.check.bytes', { bytes: count(r.header.pageSize) })],
    );
  }
  if (r.schema) {
    const key = r.schema.status === 'current' ? 'cli.check.schemaCurrent' : 'cli.check.schemaOlder';
    pairs.push([label('schema'), t(key, { file: r.schema.fileVersion, latest: r.schema.latestVersion })]);
  }
  pairs.push([
    label('open'),
    r.open.ok ? t('cli.check.opened', { ms: r.open.ms.toFixed(0) }) : t('cli.check.refused', { message: ctx.errorText(r.open.code, r.open.params) }),
  ]);
  if (r.open.ok && r.schema?.status === 'needsMigration') {
    pairs.push([label('migration'), t('cli.check.migrated', { from: r.schema.fileVersion, to: r.schema.latestVersion })]);
  }
  pairs.push([label('lock'), t(`cli.check.lockStates.${r.lock}`)], [label('quickCheck'), t(`cli.check.quickCheck.${r.quickCheck}`)]);
  const c = r.contents;
  if (c) {
    const integrity = c.integrityCheck.join('; ');
    pairs.push(
      [label('integrityCheck'), integrity === 'ok' ? t('cli.check.ok') : t('cli.check.failed', { problems: integrity })],
      [label('foreignKeys'), c.foreignKeyViolations === 0 ? t('cli.check.ok') : t('cli.check.violations', { n: count(c.foreignKeyViolations) })],
      [label('workspaceId'), c.workspaceId ?? none],
      [label('created'), c.createdAt ?? none],
      [label('program'), c.program === null ? none : `“${c.program}”`],
      [label('clusters'), c.clusters === null ? none : count(c.clusters)],
      [
        label('tables'),
        Object.entries(c.tables)
          .map(([name, n]) => `${name} ${count(n)}`)
          .join(', ') || none,
      ],
    );
  }
  pairs.push(
    [label('unchanged'), t(r.unchanged ? 'cli.check.unchangedYes' : 'cli.check.unchangedNo')],
    [label('verdict'), t(`cli.check.verdicts.${r.verdict}`)],
  );
  return keyValues(pairs);
}
