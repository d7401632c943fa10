import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A program's name that opens it in the editor: a real button, so Tab and Enter reach it. */
export function ProgramLink({ name, onOpen, testId }: { name: string; onOpen: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton className="plan-view__link wrap-anywhere" onClick={onOpen} title={t('planViews.common.openProgram', { name })} data-testid={testId}>
      {name}
    </UnstyledButton>
  );
}
