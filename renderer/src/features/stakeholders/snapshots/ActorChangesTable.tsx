import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapComparison } from '../../../../../shared/domain/stakeholders/compare/types';
import type { MapActor } from '../../../../../shared/domain/stakeholders/schemas';
import { ChangeBadge, type ChangeKind } from './ChangeBadge';
import { DiffTable, LinesCell } from './DiffTable';
import { fieldChange } from './fieldValue';
import { ROWS_SHOWN } from './MoreRows';

interface Row {
  kind: ChangeKind;
  actor: MapActor;
  details: string[];
}

/** The actors added, removed and changed between the two states; for a change, each field before → after. */
export function ActorChangesTable({ actors, nameOf }: { actors: MapComparison['actors']; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const about = (a: MapActor) => [`${t(`stakeholders.codes.kind.${a.kind}`)} · ${t(`stakeholders.codes.sector.${a.sector}`)}`];
  const rows: Row[] = [
    ...actors.added.map((a) => ({ kind: 'added' as const, actor: a, details: about(a) })),
    ...actors.removed.map((a) => ({ kind: 'removed' as const, actor: a, details: about(a) })),
    ...actors.changed.map((c) => ({
      kind: 'changed' as const,
      actor: c.after,
      details: c.fields.map((f) => fieldChange(f, c.before, c.after, t, nameOf)),
    })),
  ];
  return (
    <DiffTable
      titleId="snapshot-diff-actors-title"
      title={t('stakeholderSnapshots.diff.actorsTitle', { added: actors.added.length, removed: actors.removed.length, changed: actors.changed.length })}
      columns={[
        { label: t('stakeholderSnapshots.diff.actor') },
        { label: t('stakeholderSnapshots.diff.change') },
        { label: t('stakeholderSnapshots.diff.details') },
      ]}
      empty={t('stakeholderSnapshots.diff.noActorChanges')}
      total={rows.length}
      testId="snapshot-diff-actors"
    >
      {rows.slice(0, ROWS_SHOWN).map((r) => (
        <Table.Tr key={`${r.kind}-${r.actor.id}`} data-testid="snapshot-diff-actor-row" data-change={r.kind}>
          <Table.Th scope="row" fw={600} className="wrap-anywhere">
            {r.actor.name}
          </Table.Th>
          <Table.Td>
            <ChangeBadge kind={r.kind} />
          </Table.Td>
          <LinesCell lines={r.details} />
        </Table.Tr>
      ))}
    </DiffTable>
  );
}
