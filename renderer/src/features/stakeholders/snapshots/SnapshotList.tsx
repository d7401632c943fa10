import { ActionIcon, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../../../shared/domain/stakeholders/schemas';
import { Dialog } from '../../../ui/Dialog';
import type { SnapshotFields } from './SnapshotDialog';
import { SnapshotDialog } from './SnapshotDialog';
import { useSnapshotFormat } from './useSnapshotFormat';

/** The snapshots of one map, newest day first, each renamed or deleted from its row. */
export function SnapshotList({
  snapshots,
  onUpdate,
  onDelete,
}: {
  snapshots: SnapshotSummary[];
  onUpdate: (id: string, fields: SnapshotFields) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { count, day } = useSnapshotFormat();
  const [editing, setEditing] = useState<SnapshotSummary | null>(null);
  const [deleting, setDeleting] = useState<SnapshotSummary | null>(null);

  if (snapshots.length === 0) {
    return (
      <Text data-testid="snapshot-list-empty" className="snapshots__empty">
        {t('stakeholderSnapshots.empty')}
      </Text>
    );
  }
  return (
    <>
      <Table striped withTableBorder data-testid="snapshot-list" aria-label={t('stakeholderSnapshots.listTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stakeholderSnapshots.fields.label')}</Table.Th>
            <Table.Th scope="col">{t('stakeholderSnapshots.fields.takenOn')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('stakeholderSnapshots.actors')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('stakeholderSnapshots.ties')}
            </Table.Th>
            <Table.Th scope="col" className="editing-chrome">
              <VisuallyHidden>{t('stakeholderSnapshots.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {snapshots.map((s) => (
            <Table.Tr key={s.id} data-testid="snapshot-row" data-label={s.label}>
              <Table.Th scope="row" fw={600} className="wrap-anywhere">
                {s.label}
              </Table.Th>
              <Table.Td>{day(s.takenOn)}</Table.Td>
              <Table.Td ta="right">{count(s.actorCount)}</Table.Td>
              <Table.Td ta="right">{count(s.tieCount)}</Table.Td>
              <Table.Td className="editing-chrome">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    onClick={() => setEditing(s)}
                    aria-label={t('stakeholderSnapshots.rename', { label: s.label })}
                    title={t('stakeholderSnapshots.rename', { label: s.label })}
                    data-testid="snapshot-rename"
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(s)}
                    aria-label={t('stakeholderSnapshots.delete', { label: s.label })}
                    title={t('stakeholderSnapshots.delete', { label: s.label })}
                    data-testid="snapshot-delete"
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <SnapshotDialog
          title={t('stakeholderSnapshots.renameTitle')}
          submitLabel={t('stakeholderSnapshots.save')}
          initial={{ label: editing.label, takenOn: editing.takenOn }}
          onSubmit={(fields) => onUpdate(editing.id, fields)}
          onClose={() => setEditing(null)}
        />
      )}
      <Dialog opened={deleting !== null} onClose={() => setDeleting(null)} title={t('stakeholderSnapshots.deleteTitle')}>
        <Stack>
          <Text>{t('stakeholderSnapshots.deleteConfirm', { label: deleting?.label ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const id = deleting?.id;
                setDeleting(null);
                if (id) void onDelete(id).catch(() => undefined);
              }}
              data-testid="snapshot-delete-confirm"
            >
              {t('stakeholderSnapshots.deleteButton')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}
