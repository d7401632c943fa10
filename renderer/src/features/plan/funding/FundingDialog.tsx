import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSource } from '../../../../../shared/domain/plan/types';
import { Dialog } from '../../../ui/Dialog';
import { OrderButtons } from '../OrderButtons';
import { fundingName } from '../planOptions';
import type { FundingEdit } from '../usePlan';
import { FundingNameInput } from './FundingNameInput';

/**
 * The workspace's funding sources, shared by every plan: rename (a built-in source emptied takes
 * its own name again), add, reorder, delete — refused, with the reason, while a budget line uses it.
 */
export function FundingDialog({ funding, editFunding, onClose }: { funding: FundingSource[]; editFunding: FundingEdit; onClose: () => void }) {
  const { t } = useTranslation();
  const [newName, setNewName] = useState('');
  // A refusal (a source still in use) is told by the app's notification; the list stays as it was.
  const run = (p: Promise<unknown>) => p.catch(() => undefined);
  const add = async () => {
    if (newName.trim() === '') return;
    await run(editFunding('plan.funding.save', { source: { id: crypto.randomUUID(), name: newName } }));
    setNewName('');
  };
  return (
    <Dialog opened onClose={onClose} size="lg" title={t('planEditor.funding.title')}>
      <Stack data-testid="plan-funding">
        <Text size="sm">{t('planEditor.funding.intro')}</Text>
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('planEditor.funding.name')}</Table.Th>
              <Table.Th>{t('planEditor.rows.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funding.map((s, i) => (
              <Table.Tr key={s.id} data-testid={`plan-funding-${i}`}>
                <Table.Td>
                  <FundingNameInput
                    source={s}
                    onRename={(name) => run(editFunding('plan.funding.save', { source: { id: s.id, name } }))}
                    testId={`plan-funding-${i}.name`}
                  />
                </Table.Td>
                <Table.Td style={{ width: 140 }}>
                  <OrderButtons
                    name={fundingName(t, s)}
                    index={i}
                    count={funding.length}
                    onMove={(position) => void run(editFunding('plan.funding.move', { id: s.id, position }))}
                    onDelete={() => void run(editFunding('plan.funding.delete', { id: s.id }))}
                    testId={`plan-funding-${i}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t('planEditor.funding.newName')}
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              data-testid="plan-funding.newName"
            />
            <Button type="submit" leftSection={<IconPlus size={16} />} disabled={newName.trim() === ''} data-testid="plan-funding.add">
              {t('planEditor.funding.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Dialog>
  );
}
