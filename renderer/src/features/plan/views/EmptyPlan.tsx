import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a view says before the plan has a 1-year program to show. */
export function EmptyPlan() {
  const { t } = useTranslation();
  return (
    <Text fs="italic" py="md" data-testid="plan-view-empty">
      {t('planViews.common.noPrograms')}
    </Text>
  );
}
