import { Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant, StrategyKind } from '../../../../../shared/domain/swot/codes';
import type { StrategyFields, SwotBoard, TowsStrategy } from '../../../../../shared/domain/swot/schemas';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { boardReferences } from '../../../../../shared/domain/swot/references';
import { quadrantTitle } from '../quadrantTitle';
import { quietly, type SwotEdit } from '../useSwotBoard';
import { StrategyCard } from './StrategyCard';
import { StrategyDialog } from './StrategyDialog';

/** The TOWS matrix as it is drawn: strengths and weaknesses across, opportunities and threats down. */
const columns: Quadrant[] = ['strength', 'weakness'];
const rows: { quadrant: Quadrant; kinds: [StrategyKind, StrategyKind] }[] = [
  { quadrant: 'opportunity', kinds: ['SO', 'WO'] },
  { quadrant: 'threat', kinds: ['ST', 'WT'] },
];

type Editing = { kind: 'new'; fields: StrategyFields } | { kind: 'edit'; strategy: TowsStrategy } | null;

/** A kind's strategies in their order. */
function strategiesOf(board: SwotBoard, kind: StrategyKind): TowsStrategy[] {
  return board.strategies.filter((s) => s.kind === kind).sort((a, b) => a.position - b.position);
}

/** TOWS: SO, ST, WO and WT strategies drafted from the SWOT, each citing the items behind it. */
export function TowsMatrix({ board, edit }: { board: SwotBoard; edit: SwotEdit }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<{ strategy: TowsStrategy; label: string } | null>(null);
  const refs = useMemo(() => boardReferences(board), [board]);
  const byId = useMemo(() => new Map(board.items.map((i) => [i.id, i])), [board]);

  const save = async (fields: StrategyFields) => {
    if (editing?.kind === 'edit') await edit('swot.strategies.update', { id: editing.strategy.id, fields });
    else await edit('swot.strategies.create', { clusterId: board.clusterId, fields });
  };

  const cell = (kind: StrategyKind) => {
    const list = strategiesOf(board, kind);
    const name = t(`swot.codes.strategyKinds.${kind}`);
    return (
      <section key={kind} className="tows-cell" aria-labelledby={`tows-${kind}`} data-testid={`tows-cell-${kind}`}>
        <Group justify="space-between" wrap="nowrap" mb="xs">
          <Title order={3} size="h5" id={`tows-${kind}`}>
            {name}
          </Title>
          <Button
            variant="light"
            size="compact-sm"
            className="editing-chrome"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({ kind: 'new', fields: { kind, text: '', itemIds: [] } })}
            aria-label={t('swotBoard.tows.addTo', { name })}
            data-testid={`tows-add-${kind}`}
          >
            {t('swotBoard.tows.add')}
          </Button>
        </Group>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('swotBoard.tows.empty')}
          </Text>
        ) : (
          <ol className="tows-cell__list">
            {list.map((s, i) => {
              const label = refs.strategies.get(s.id) ?? '';
              const cited = s.itemIds.flatMap((id) => {
                const item = byId.get(id);
                return item ? [{ ref: refs.items.get(id) ?? '', item }] : [];
              });
              return (
                <StrategyCard
                  key={s.id}
                  strategy={s}
                  label={label}
                  cited={cited}
                  first={i === 0}
                  last={i === list.length - 1}
                  onEdit={() => setEditing({ kind: 'edit', strategy: s })}
                  // The neighbour's place is where this one goes; the service renumbers the rest.
                  onMove={(delta) => quietly(edit('swot.strategies.move', { id: s.id, position: list[i + delta]!.position }))}
                  onDelete={() => setDeleting({ strategy: s, label })}
                />
              );
            })}
          </ol>
        )}
      </section>
    );
  };

  return (
    <div data-testid="tows-matrix">
      <div className="tows-grid">
        <div aria-hidden />
        {columns.map((q) => (
          <div key={q} className="tows-head">
            {quadrantTitle(t, q)}
          </div>
        ))}
        {rows.map((r) => (
          <div key={r.quadrant} className="tows-row">
            <div className="tows-head tows-head--row">{quadrantTitle(t, r.quadrant)}</div>
            {r.kinds.map(cell)}
          </div>
        ))}
      </div>
      {editing && (
        <StrategyDialog
          board={board}
          isNew={editing.kind === 'new'}
          initial={editing.kind === 'new' ? editing.fields : { kind: editing.strategy.kind, text: editing.strategy.text, itemIds: editing.strategy.itemIds }}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('swotBoard.tows.deleteTitle')}
          message={t('swotBoard.tows.deleteMessage', { label: deleting.label, text: deleting.strategy.text })}
          confirmLabel={t('swotBoard.tows.deleteConfirm')}
          onConfirm={() => quietly(edit('swot.strategies.delete', { id: deleting.strategy.id }))}
          onClose={() => setDeleting(null)}
          confirmTestId="tows-strategy-delete-confirm"
          focus="confirm"
        />
      )}
    </div>
  );
}
