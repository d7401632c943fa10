import { Stack, Text } from '@mantine/core';
import type { Control, FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { PlanContext } from '../../../../../shared/domain/plan/types';
import { PlanRows } from '../PlanRows';
import { ActorNameField } from './ActorNameField';

type Path = FieldPath<ProgramInput>;

/**
 * WHO: the one agency that takes the initiative, and the participants — each picked from the
 * cluster's stakeholder map or typed for someone not on it.
 */
export function WhoSection({ control, context }: { control: Control<ProgramInput>; context: PlanContext }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <ActorNameField
        control={control}
        actorPath="leadActorId"
        namePath="leadName"
        actors={context.actors}
        label="planEditor.program.lead"
        testId="plan-program.lead"
      />
      {context.actors.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('planEditor.program.noMap')}
        </Text>
      )}
      <PlanRows
        control={control}
        name="participants"
        testId="plan-program.participants"
        addLabel="planEditor.program.addParticipant"
        makeRow={() => ({ id: crypto.randomUUID(), actorId: null, name: '' })}
        columns={[
          {
            key: 'name',
            header: t('planEditor.program.participant'),
            cell: (p, i) => (
              <ActorNameField
                control={control}
                actorPath={`${p}.actorId` as Path}
                namePath={`${p}.name` as Path}
                actors={context.actors}
                label="planEditor.program.participant"
                labelHidden
                testId={`plan-program.participants.${i}.name`}
              />
            ),
          },
        ]}
      />
    </Stack>
  );
}
