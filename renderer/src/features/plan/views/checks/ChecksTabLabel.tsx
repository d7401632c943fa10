import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { usePlanChecks } from './usePlanChecks';

/** The checks tab's name with how many checks there are, so the count shows without opening the tab. */
export function ChecksTabLabel({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const count = usePlanChecks(view).length;
  return (
    <Group gap={6} wrap="nowrap" component="span">
      {t('planViews.tabs.checks')}
      {count > 0 && (
        <Badge size="sm" circle={count < 10} color="#b23c00" data-testid="plan-checks-badge">
          {count}
        </Badge>
      )}
    </Group>
  );
}
