import { Anchor, Button, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconBooks, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/domain/selection/schemas';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { useCommit } from '../../app/useCommit';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatHeldOn } from './setup/formatHeldOn';
import { NewSessionDialog } from './setup/NewSessionDialog';
import { SessionStatusBadge } from './setup/SessionStatusBadge';
import { SESSION_TABLES } from './useSelectionSession';
import { ActionsHeader } from './ActionsHeader';
import { RowIconButton } from './RowIconButton';
import { PageHeader } from './PageHeader';

/** The scoring sessions of the workspace: open one, start one, delete one; the way to the rubric library. */
export function SessionsPage() {
  const { t } = useTranslation();
  const { locale, count } = useFormatters();
  const commit = useCommit();
  const { data: sessions } = useWorkspaceData(() => call('selection.sessions.list', {}), [], { tables: SESSION_TABLES, ownWrites: true });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<SessionSummary | null>(null);
  if (!sessions) return <Loader aria-label={t('common.loading')} />;

  const remove = (s: SessionSummary) => void commit(() => call('selection.sessions.delete', { id: s.id })).catch(() => undefined);

  return (
    <Stack data-testid="selection-sessions">
      <PageHeader
        title={t('selectionSetup.sessions.title')}
        intro={t('selectionSetup.sessions.intro')}
        actions={
          <>
            <Button component="a" href="#/selection/rubrics" variant="default" leftSection={<IconBooks size={18} />} data-testid="sessions.rubrics">
              {t('selectionSetup.sessions.rubricLibrary')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="sessions.new">
              {t('selectionSetup.sessions.new')}
            </Button>
          </>
        }
      />
      {sessions.length === 0 ? (
        <Paper withBorder p="lg" data-testid="sessions.empty">
          <Title order={2} size="h4" mb="xs">
            {t('selectionSetup.sessions.emptyTitle')}
          </Title>
          <Text>{t('selectionSetup.sessions.emptyText')}</Text>
        </Paper>
      ) : (
        <Table miw={800} striped highlightOnHover verticalSpacing="sm" data-testid="sessions.table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selectionSetup.sessions.name')}</Table.Th>
              <Table.Th>{t('selectionSetup.sessions.date')}</Table.Th>
              <Table.Th>{t('selectionSetup.sessions.mode')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.sessions.candidates')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.sessions.scorers')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.sessions.progress')}</Table.Th>
              <Table.Th>{t('selectionSetup.sessions.status')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id} data-testid="sessions.row">
                <Table.Td>
                  <Anchor href={`#/selection/${encodeURIComponent(s.id)}`} fw={600} className="wrap-anywhere">
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatHeldOn(s.heldOn, locale)}</Table.Td>
                <Table.Td>{t(`selection.codes.scoringModes.${s.scoringMode}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(s.candidates)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(s.scorers)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }} data-testid="sessions.progress">
                  {t('selectionSetup.sessions.entered', { entered: count(s.entered), expected: count(s.expected) })}
                </Table.Td>
                <Table.Td>
                  <SessionStatusBadge hidden={s.hidden} revealed={s.revealed} />
                </Table.Td>
                <Table.Td className="editing-chrome">
                  <RowIconButton
                    icon={IconTrash}
                    danger
                    onClick={() => setDeleting(s)}
                    label={t('selectionSetup.sessions.delete', { name: s.name })}
                    testId="sessions.delete"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <NewSessionDialog sessions={sessions} onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('selectionSetup.sessions.deleteTitle')}
          message={t('selectionSetup.sessions.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('selectionSetup.sessions.deleteButton')}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          testId="sessions.deleteDialog"
        />
      )}
    </Stack>
  );
}
