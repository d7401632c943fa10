import { Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../app/client';
import { useWorkspaceData } from '../../../app/useWorkspaceData';
import type { SessionTabProps } from '../SessionTabProps';
import { GroupsPanel } from './GroupsPanel';
import { ScorersPanel } from './ScorersPanel';
import { SessionFieldsForm } from './SessionFieldsForm';
import { SessionRubricPanel } from './SessionRubricPanel';

/** Everything a session needs before scoring: its fields, groups and candidates, scorers and rubric. */
export function SetupTab({ state, edit }: SessionTabProps) {
  const { t } = useTranslation();
  const { data: clusters } = useWorkspaceData(() => call('clusters.list', {}), [], { tables: ['clusters'], ownWrites: true });
  const { data: actors } = useWorkspaceData(() => call('stakeholders.actors.list', {}), [], { tables: ['actors'], ownWrites: true });
  if (!clusters || !actors) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack data-testid="selection-setup">
      <GroupsPanel state={state} edit={edit} clusters={clusters} />
      <ScorersPanel state={state} edit={edit} actors={actors} />
      <SessionFieldsForm session={state.session} edit={edit} />
      <SessionRubricPanel state={state} edit={edit} />
    </Stack>
  );
}
