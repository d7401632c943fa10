import { Alert } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Hidden mode before the reveal: no figure may hint at anyone's scores, so the tab says why it shows none. */
export function WithheldNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="blue" icon={<IconEyeOff aria-hidden />} title={t('selectionResults.withheld.title')} data-testid="results-withheld">
      {t('selectionResults.withheld.body')}
    </Alert>
  );
}
