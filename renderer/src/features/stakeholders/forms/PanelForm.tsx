import { Button, Group, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The catalog key of the form's title (also its accessible name). */
  title: string;
  isNew: boolean;
  submitting: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  testId: string;
  children: ReactNode;
}

/**
 * The frame of an editor in the canvas's side panel: its title, its fields, and Cancel / Add (or
 * Save). Escape cancels, unless it is closing an open list inside the form.
 */
export function PanelForm({ title, isNew, submitting, onSubmit, onCancel, testId, children }: Props) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target as HTMLElement).closest('[aria-expanded="true"]')) {
          e.stopPropagation();
          onCancel();
        }
      }}
      data-testid={testId}
      aria-label={t(title)}
      // focusable by the panel when its first field is a list (see MapSidePanel)
      tabIndex={-1}
    >
      <Stack gap="sm">
        <Text fw={700} size="lg">
          {t(title)}
        </Text>
        {children}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} data-testid="map-form-cancel">
            {t('stakeholderMap.form.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="map-form-save">
            {t(isNew ? 'stakeholderMap.form.add' : 'stakeholderMap.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
