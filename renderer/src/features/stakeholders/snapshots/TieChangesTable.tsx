import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapComparison } from '../../../../../shared/domain/stakeholders/compare/types';
import type { Tie } from '../../../../../shared/domain/stakeholders/schemas';
import { ChangeBadge, type ChangeKind } from './ChangeBadge';
import { DiffTable, LinesCell } from './DiffTable';
import { fieldChange, fieldValue } from './fieldValue';
import { ROWS_SHOWN } from './MoreRows';

interface Row {
  kind: ChangeKind;
  tie: Tie;
  before: Tie | null;
  after: Tie | null;
  /** Other fields that changed, in words. */
  others: string[];
}

/**
 * The ties added, removed and changed; trust and strength before → after for each (what
 * monitoring reads), and any other field that changed.
 */
export function TieChangesTable({ ties, nameOf }: { ties: MapComparison['ties']; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const rows: Row[] = [
    ...ties.added.map((tie) => ({ kind: 'added' as const, tie, before: null, after: tie, others: [] })),
    ...ties.removed.map((tie) => ({ kind: 'removed' as const, tie, before: tie, after: null, others: [] })),
    ...ties.changed.map((c) => ({
      kind: 'changed' as const,
      tie: c.after,
      before: c.before,
      after: c.after,
      others: c.fields.filter((f) => f !== 'trust' && f !== 'strength').map((f) => fieldChange(f, c.before, c.after, t, nameOf)),
    })),
  ];
  const scale = (r: Row, field: 'trust' | 'strength') => {
    const b = r.before ? fieldValue(field, r.before[field], t, nameOf) : '';
    const a = r.after ? fieldValue(field, r.after[field], t, nameOf) : '';
    if (!r.before) return a;
    if (!r.after) return b;
    return b === a ? a : `${b} → ${a}`;
  };
  return (
    <DiffTable
      titleId="snapshot-diff-ties-title"
      title={t('stakeholderSnapshots.diff.tiesTitle', { added: ties.added.length, removed: ties.removed.length, changed: ties.changed.length })}
      columns={[
        { label: t('stakeholderSnapshots.diff.tie') },
        { label: t('stakeholders.fields.type') },
        { label: t('stakeholderSnapshots.diff.change') },
        { label: t('stakeholderSnapshots.diff.trust') },
        { label: t('stakeholderSnapshots.diff.strength') },
        { label: t('stakeholderSnapshots.diff.otherChanges') },
      ]}
      empty={t('stakeholderSnapshots.diff.noTieChanges')}
      total={rows.length}
      testId="snapshot-diff-ties"
    >
      {rows.slice(0, ROWS_SHOWN).map((r) => (
        <Table.Tr key={`${r.kind}-${r.tie.id}`} data-testid="snapshot-diff-tie-row" data-change={r.kind}>
          <Table.Th scope="row" fw={600} className="wrap-anywhere">
            {t(r.tie.directed ? 'stakeholderSnapshots.diff.tieDirected' : 'stakeholderSnapshots.diff.tieUndirected', {
              from: nameOf(r.tie.from),
              to: nameOf(r.tie.to),
            })}
          </Table.Th>
          <Table.Td>{t(`stakeholders.codes.tieType.${r.tie.type}`)}</Table.Td>
          <Table.Td>
            <ChangeBadge kind={r.kind} />
          </Table.Td>
          <Table.Td data-testid="snapshot-diff-tie-trust">{scale(r, 'trust')}</Table.Td>
          <Table.Td>{scale(r, 'strength')}</Table.Td>
          <LinesCell lines={r.others} />
        </Table.Tr>
      ))}
    </DiffTable>
  );
}
