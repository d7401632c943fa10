import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconEye, IconGitCompare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersionMeta, PlanView } from '../../../../../../shared/domain/plan/types';
import { call } from '../../../../app/client';
import { useFormatters } from '../../../../app/formatters';
import { useCommit } from '../../../../app/useCommit';
import { ConfirmDialog } from '../../../../ui/ConfirmDialog';
import { Dialog } from '../../../../ui/Dialog';

/** The frozen versions of the plan: open one read-only, compare it with the draft, or delete it. */
export function VersionsDialog({
  view,
  onOpen,
  onCompare,
  onDeleted,
  onClose,
}: {
  view: PlanView;
  onOpen: (v: PlanVersionMeta) => void;
  onCompare: (v: PlanVersionMeta) => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const commit = useCommit();
  const [deleting, setDeleting] = useState<PlanVersionMeta | null>(null);
  const remove = (v: PlanVersionMeta) => void commit(() => call('plan.versions.delete', { id: v.id })).then(onDeleted, () => undefined);
  return (
    <Dialog opened onClose={onClose} title={t('planViews.versions.title')} size="70rem">
      <Stack data-testid="plan-versions-dialog">
        {view.versions.length === 0 ? (
          <Text fs="italic">{t('planViews.versions.none')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing="xs">
            <caption className="plan-view__caption">{t('planViews.versions.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('planViews.versions.label')}</Table.Th>
                <Table.Th>{t('planViews.versions.frozenAt')}</Table.Th>
                <Table.Th className="num">{t('planViews.versions.programs')}</Table.Th>
                <Table.Th className="num">{t('planViews.columns.budget')}</Table.Th>
                <Table.Th>
                  <span className="sr-only">{t('planViews.versions.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.versions.map((v, i) => (
                <Table.Tr key={v.id} data-testid={`plan-version-${i}`}>
                  <Table.Td className="wrap-anywhere" fw={600}>
                    {v.label}
                  </Table.Td>
                  <Table.Td>{fmt.dateTime(v.frozenAt)}</Table.Td>
                  <Table.Td className="num">{fmt.count(v.programs)}</Table.Td>
                  <Table.Td className="num">{fmt.rupiah(v.total)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconEye size={16} aria-hidden />}
                        onClick={() => onOpen(v)}
                        data-testid={`plan-version-open-${i}`}
                      >
                        {t('planViews.versions.open')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconGitCompare size={16} aria-hidden />}
                        onClick={() => onCompare(v)}
                        data-testid={`plan-version-compare-${i}`}
                      >
                        {t('planViews.versions.compare')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        c="red.9"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={() => setDeleting(v)}
                        aria-label={t('planViews.versions.deleteNamed', { label: v.label })}
                        data-testid={`plan-version-delete-${i}`}
                      >
                        {t('planViews.versions.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {deleting && (
        <ConfirmDialog
          title={t('planViews.versions.deleteTitle')}
          message={t('planViews.versions.deleteConfirm', { label: deleting.label })}
          confirmLabel={t('planViews.versions.delete')}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          confirmTestId="plan-version-confirm-delete"
        />
      )}
    </Dialog>
  );
}
