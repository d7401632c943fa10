import { Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Candidate, SelectionGroup, SessionState } from '../../../../../shared/domain/selection/schemas';
import { RowActions } from '../rubrics/RowActions';
import type { SessionEdit } from '../useSelectionSession';
import { InlineNameInput } from './InlineNameInput';
import { ActionsHeader } from '../ActionsHeader';
import { RowIconButton } from '../RowIconButton';

/** One group of the session: its name, its place among the groups, and its candidates (moved to another group or removed). */
export function GroupCard({
  group,
  index,
  groups,
  candidates,
  state,
  edit,
  onDelete,
}: {
  group: SelectionGroup;
  index: number;
  groups: SelectionGroup[];
  candidates: Candidate[];
  state: SessionState;
  edit: SessionEdit;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const sessionId = state.session.id;
  const ignore = () => undefined;
  const testId = `group.${index}`;
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name }));
  const moveTo = (c: Candidate, groupId: string) => {
    // To the end of the other group: the facilitator reorders there if it matters.
    const position = state.candidates.filter((x) => x.groupId === groupId).length;
    void edit('selection.candidates.move', { sessionId, clusterId: c.clusterId, groupId, position }).catch(ignore);
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={group.name} data-testid={testId}>
      <Stack gap="xs">
        <Group wrap="nowrap" align="flex-start">
          <div style={{ flex: 1 }}>
            <InlineNameInput
              value={group.name}
              label={t('selectionSetup.groups.name')}
              onCommit={(name) => edit('selection.groups.rename', { id: group.id, name })}
              testId={`${testId}.name`}
            />
          </div>
          <RowActions
            name={group.name}
            first={index === 0}
            last={index === groups.length - 1}
            onMove={(by) => void edit('selection.groups.move', { id: group.id, position: index + by }).catch(ignore)}
            onRemove={onDelete}
            testId={testId}
          />
        </Group>
        {candidates.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid={`${testId}.empty`}>
            {t('selectionSetup.groups.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('selectionSetup.candidates.cluster')}</Table.Th>
                <Table.Th className="editing-chrome">{t('selectionSetup.candidates.group')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.map((c) => (
                <Table.Tr key={c.clusterId} data-testid="candidate.row">
                  <Table.Td className="wrap-anywhere">{c.clusterName}</Table.Td>
                  <Table.Td className="editing-chrome" w={240}>
                    <Select
                      aria-label={t('selectionSetup.candidates.moveTo', { name: c.clusterName })}
                      data={groupOptions}
                      value={c.groupId}
                      onChange={(v) => v && v !== c.groupId && moveTo(c, v)}
                      allowDeselect={false}
                      data-testid="candidate.group"
                    />
                  </Table.Td>
                  <Table.Td className="editing-chrome" w={48}>
                    <RowIconButton
                      icon={IconX}
                      danger
                      onClick={() => void edit('selection.candidates.remove', { sessionId, clusterId: c.clusterId }).catch(ignore)}
                      label={t('selectionSetup.candidates.remove', { name: c.clusterName })}
                      testId="candidate.remove"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
