import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DialogFooterProps {
  /** What the submit button says (already translated). */
  submitLabel: string;
  onCancel: () => void;
  /** While the submit is on its way: the button spins and takes no second click. */
  busy?: boolean;
  /** Nothing to submit yet (a file still to choose, a name still to type). */
  disabled?: boolean;
  submitTestId: string;
  cancelTestId?: string;
}

/** The closing row of a dialog's form: Cancel, and the button that submits the form (Enter does too). */
export function DialogFooter({ submitLabel, onCancel, busy, disabled, submitTestId, cancelTestId }: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-testid={cancelTestId}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy} disabled={disabled} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
