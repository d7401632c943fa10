import { Autocomplete, Badge, Group } from '@mantine/core';
import { useController, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { PlanContext } from '../../../../../shared/domain/plan/types';

/**
 * WHO: an agency picked from the cluster's map or typed. One text box offering the map's actors:
 * a name that is an actor's (picked or typed) links to that actor, any other name is kept as typed.
 * An actor since deleted from the map keeps the name it had, marked, until the name is edited.
 */
export function ActorNameField({
  control,
  actorPath,
  namePath,
  actors,
  label,
  testId,
  labelHidden,
}: {
  control: Control<ProgramInput>;
  actorPath: FieldPath<ProgramInput>;
  namePath: FieldPath<ProgramInput>;
  actors: PlanContext['actors'];
  label: string;
  testId: string;
  labelHidden?: boolean;
}) {
  const { t } = useTranslation();
  const actor = useController({ control, name: actorPath });
  const name = useController({ control, name: namePath });
  const text = typeof name.field.value === 'string' ? name.field.value : '';
  const linked = typeof actor.field.value === 'string' ? actor.field.value : null;
  const onMap = linked !== null && actors.some((a) => a.id === linked);
  const change = (value: string) => {
    name.field.onChange(value);
    const match = actors.find((a) => a.name === value.trim());
    actor.field.onChange(match ? match.id : null);
  };
  const names = [...new Set(actors.map((a) => a.name))];
  const markLabel = { map: t('planEditor.actorMark.map'), typed: t('planEditor.actorMark.typed'), deleted: t('planEditor.actorMark.deleted') };
  const mark = linked === null ? (text.trim() ? 'typed' : null) : onMap ? 'map' : 'deleted';
  return (
    <Autocomplete
      label={labelHidden ? undefined : t(label)}
      aria-label={t(label)}
      value={text}
      data={names}
      onChange={change}
      onBlur={name.field.onBlur}
      ref={name.field.ref}
      error={name.fieldState.error?.message && t(name.fieldState.error.message)}
      comboboxProps={{ withinPortal: true }}
      limit={30}
      data-testid={testId}
      rightSectionWidth={mark ? 96 : undefined}
      rightSectionPointerEvents="none"
      rightSection={
        mark && (
          <Group gap={0} justify="flex-end" pr={6} w="100%">
            <Badge
              size="xs"
              variant="light"
              color={mark === 'map' ? 'teal' : mark === 'deleted' ? 'red' : 'gray'}
              data-testid={`${testId}.mark`}
              data-mark={mark}
            >
              {markLabel[mark]}
            </Badge>
          </Group>
        )
      }
    />
  );
}
