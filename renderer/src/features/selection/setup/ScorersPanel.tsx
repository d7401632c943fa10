import { Autocomplete, Badge, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../shared/domain/stakeholders/schemas';
import type { Scorer, SessionState } from '../../../../../shared/domain/selection/schemas';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ActionsHeader } from '../ActionsHeader';
import { RowIconButton } from '../RowIconButton';
import type { SessionEdit } from '../useSelectionSession';
import { InlineNameInput } from './InlineNameInput';
import { NewNameForm } from './NewNameForm';
import { SetupSection } from './SetupSection';
import { useNewName } from './useNewName';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * The working-group members who score: picked from the stakeholder maps' actors (searched as
 * typed) or typed as names; renamed in place; removed with their scores after a question.
 */
export function ScorersPanel({ state, edit, actors }: { state: SessionState; edit: SessionEdit; actors: Actor[] }) {
  const { t } = useTranslation();
  const newName = useNewName();
  const [removing, setRemoving] = useState<Scorer | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const scorers = [...state.scorers].sort((a, b) => a.position - b.position);
  const actorNames = [...new Set(actors.map((a) => a.name))].filter((n) => !scorers.some((s) => sameName(s.name, n)));
  const progressOf = (id: string) => state.progress.find((p) => p.scorerId === id);

  const add = (name: string) => {
    // A name picked from the maps links the scorer to that actor; a typed name stands alone.
    const actor = actors.find((a) => sameName(a.name, name));
    return edit('selection.scorers.add', { sessionId: state.session.id, fields: { name, actorId: actor?.id ?? null } });
  };

  return (
    <SetupSection
      titleId="setup-scorers-title"
      title={t('selectionSetup.scorers.title')}
      intro={t(state.session.scoringMode === 'consensus' ? 'selectionSetup.scorers.introConsensus' : 'selectionSetup.scorers.intro')}
    >
      {scorers.length === 0 ? (
        <Text data-testid="scorers.none">{t('selectionSetup.scorers.none')}</Text>
      ) : (
        <Table verticalSpacing={4} withRowBorders={false} data-testid="scorers.table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selectionSetup.scorers.name')}</Table.Th>
              <Table.Th>{t('selectionSetup.scorers.source')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.scorers.progress')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scorers.map((s, i) => {
              const p = progressOf(s.id);
              return (
                <Table.Tr key={s.id} data-testid="scorer.row">
                  <Table.Td>
                    <InlineNameInput
                      value={s.name}
                      label={t('selectionSetup.scorers.rename', { name: s.name })}
                      onCommit={(next) => edit('selection.scorers.update', { id: s.id, fields: { name: next, actorId: s.actorId } })}
                      testId={`scorer.${i}.name`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.actorId ? 'blue' : 'gray'}>
                      {t(s.actorId ? 'selectionSetup.scorers.fromMap' : 'selectionSetup.scorers.typed')}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    {p ? t('selectionSetup.sessions.entered', { entered: p.entered, expected: p.expected }) : '—'}
                  </Table.Td>
                  <Table.Td className="editing-chrome" w={48}>
                    <RowIconButton
                      icon={IconTrash}
                      danger
                      onClick={() => setRemoving(s)}
                      label={t('selectionSetup.scorers.remove', { name: s.name })}
                      testId={`scorer.${i}.remove`}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <NewNameForm onSubmit={() => newName.submit(add)} addLabel={t('selectionSetup.scorers.add')} addTestId="scorers.add">
        <Autocomplete
          aria-label={t('selectionSetup.scorers.newName')}
          placeholder={t('selectionSetup.scorers.newName')}
          data={actorNames}
          value={newName.name}
          onChange={newName.setName}
          // The list of map names opens only on what is typed: an empty field after an add keeps it
          // closed, so the focus does not sit on an open list nobody asked for.
          dropdownOpened={listOpen && newName.name.trim() !== ''}
          onDropdownOpen={() => setListOpen(true)}
          onDropdownClose={() => setListOpen(false)}
          error={newName.error && t(newName.error)}
          limit={20}
          w={320}
          data-testid="scorers.newName"
        />
      </NewNameForm>
      {removing && (
        <ConfirmDialog
          title={t('selectionSetup.scorers.removeTitle')}
          message={t('selectionSetup.scorers.removeConfirm', { name: removing.name, count: progressOf(removing.id)?.entered ?? 0 })}
          confirmLabel={t('selectionSetup.scorers.removeButton')}
          onConfirm={() => void edit('selection.scorers.remove', { id: removing.id }).catch(() => undefined)}
          onClose={() => setRemoving(null)}
          testId="scorers.removeDialog"
        />
      )}
    </SetupSection>
  );
}
