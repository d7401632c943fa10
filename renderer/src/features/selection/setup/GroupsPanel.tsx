import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterListItem } from '../../../../../shared/contract/clusters';
import type { SelectionGroup, SessionState } from '../../../../../shared/domain/selection/schemas';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { SessionEdit } from '../useSelectionSession';
import { AddCandidates } from './AddCandidates';
import { GroupCard } from './GroupCard';
import { NewNameForm } from './NewNameForm';
import { SetupSection } from './SetupSection';
import { useNewName } from './useNewName';

/** The session's groups and their candidates: add, rename, reorder and delete groups; pick, move and remove candidates. */
export function GroupsPanel({ state, edit, clusters }: { state: SessionState; edit: SessionEdit; clusters: ClusterListItem[] }) {
  const { t } = useTranslation();
  const newName = useNewName();
  const [deleting, setDeleting] = useState<SelectionGroup | null>(null);
  const groups = [...state.groups].sort((a, b) => a.position - b.position);
  const candidatesOf = (groupId: string) => state.candidates.filter((c) => c.groupId === groupId).sort((a, b) => a.position - b.position);

  return (
    <SetupSection titleId="setup-groups-title" title={t('selectionSetup.groups.title')} intro={t('selectionSetup.groups.intro')}>
      <AddCandidates state={state} edit={edit} clusters={clusters} />
      {groups.length === 0 && <Text data-testid="groups.none">{t('selectionSetup.groups.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {groups.map((g, i) => (
          <GroupCard key={g.id} group={g} index={i} groups={groups} candidates={candidatesOf(g.id)} state={state} edit={edit} onDelete={() => setDeleting(g)} />
        ))}
      </SimpleGrid>
      <NewNameForm
        onSubmit={() => newName.submit((name) => edit('selection.groups.add', { sessionId: state.session.id, name }))}
        addLabel={t('selectionSetup.groups.add')}
        addTestId="groups.add"
      >
        <TextInput
          aria-label={t('selectionSetup.groups.newName')}
          placeholder={t('selectionSetup.groups.newName')}
          value={newName.name}
          onChange={(e) => newName.setName(e.currentTarget.value)}
          error={newName.error && t(newName.error)}
          data-testid="groups.newName"
        />
      </NewNameForm>
      {deleting && (
        <ConfirmDialog
          title={t('selectionSetup.groups.deleteTitle')}
          message={t('selectionSetup.groups.deleteConfirm', { name: deleting.name, count: candidatesOf(deleting.id).length })}
          confirmLabel={t('selectionSetup.groups.deleteButton')}
          onConfirm={() => void edit('selection.groups.delete', { id: deleting.id }).catch(() => undefined)}
          onClose={() => setDeleting(null)}
          testId="groups.deleteDialog"
        />
      )}
    </SetupSection>
  );
}
