import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** What a confirmation asks, what its red button says, and how tests and focus find it. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** Test id of the dialog's body; the confirm button is then `${testId}.confirm` unless `confirmTestId` names it. */
  testId?: string;
  /** Test id of the confirm button itself. */
  confirmTestId?: string;
  /**
   * The button that holds focus when the dialog opens: Cancel where the step takes much with it
   * (a group's candidates, a scorer's scores), the confirm button where Enter should just go on.
   */
  focus?: 'cancel' | 'confirm';
}

/** Asks before a change that takes work away (delete, remove, clear); Undo still brings it back. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
  testId,
  confirmTestId = testId && `${testId}.confirm`,
  focus = 'cancel',
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened onClose={onClose} title={title}>
      <Stack data-testid={testId}>
        <Text>{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus={focus === 'cancel' || undefined}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            data-autofocus={focus === 'confirm' || undefined}
            onClick={() => {
              onConfirm();
              onClose();
            }}
            data-testid={confirmTestId}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
