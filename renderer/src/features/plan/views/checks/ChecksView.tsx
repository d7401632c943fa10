import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordCheckParams, type PlanCheck } from '../../../../../../shared/domain/plan';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import type { PlanViewActions } from '../planViewActions';
import { usePlanFormat } from '../usePlanFormat';
import { usePlanChecks } from './usePlanChecks';

/**
 * The plan's checks as a list the facilitator clicks through: each warning opens what it is
 * about (a program at the field concerned, a strategy, the header). Warnings, never blocks.
 */
export function ChecksView({ view, actions }: { view: PlanView; actions: PlanViewActions }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(view.funding);
  const checks = usePlanChecks(view);
  const warnings = useMemo(() => checks.filter((c) => c.severity === 'warning').length, [checks]);
  const open = (c: PlanCheck) => {
    const { section, id, field } = c.target;
    if (section === 'program' && id) actions.openProgram(id, field);
    else if (section === 'strategy' && id) actions.openStrategy(id);
    else actions.openHeader();
  };
  const words = (c: PlanCheck) => t(c.key, wordCheckParams(c, fmt.lang));
  return (
    <Stack gap="sm" data-testid="plan-view-checks">
      <Group gap="sm">
        <Badge size="lg" color={warnings > 0 ? '#b23c00' : 'teal.9'} data-testid="plan-checks-count">
          {t('planViews.checks.count', { count: checks.length })}
        </Badge>
        <Text>{checks.length === 0 ? t('planViews.checks.none') : t('planViews.checks.intro')}</Text>
      </Group>
      {checks.length > 0 && (
        <ol className="plan-checks">
          {checks.map((c, i) => (
            <li key={`${c.code}-${c.target.id ?? ''}-${c.target.field ?? ''}-${i}`}>
              <UnstyledButton className="plan-checks__item" onClick={() => open(c)} data-testid={`plan-check-${i}`} data-code={c.code}>
                {c.severity === 'warning' ? (
                  <IconAlertTriangle size="1.2rem" aria-hidden className="plan-checks__icon plan-checks__icon--warning" />
                ) : (
                  <IconInfoCircle size="1.2rem" aria-hidden className="plan-checks__icon" />
                )}
                <span className="sr-only">{t(`planViews.checks.severity.${c.severity}`)}: </span>
                <span className="wrap-anywhere">{words(c)}</span>
              </UnstyledButton>
            </li>
          ))}
        </ol>
      )}
    </Stack>
  );
}
