import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../../../app/AppState';
import { amountInWords } from '../../../../../../shared/domain/plan';
import { budgetTotals } from '../../../../../../shared/domain/plan/views';
import type { PlanView } from '../../../../../../shared/domain/plan/types';
import { EmptyPlan } from '../EmptyPlan';
import { usePlanFormat } from '../usePlanFormat';
import { BreakdownTable } from './BreakdownTable';
import { CrossTable } from './CrossTable';

/**
 * The budget summed every way the forum asks: by funding source, by program, by determinant
 * (with shares and bars), the total also in words, and the program × source cross-table.
 * Everything is derived from the view it is given, so an edited line changes every figure at once.
 */
export function BudgetView({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const fmt = usePlanFormat(view.funding);
  const totals = useMemo(() => budgetTotals(view), [view]);
  const words = useMemo(() => amountInWords(totals.total, fmt.lang), [totals.total, fmt.lang]);
  if (view.programs.length === 0) return <EmptyPlan />;
  const area = (a: string | null) => (a ? t(`selection.codes.determinants.${a}`) : t('planViews.budget.noArea'));
  return (
    <Stack gap="lg" data-testid="plan-view-budget">
      <Paper withBorder p="md" className="plan-budget__total">
        <Text className="profile-label">{t('planViews.budget.total', { year: view.header.year })}</Text>
        <Text className="plan-budget__amount" data-testid="plan-budget-total">
          {fmt.rupiah(totals.total)}
        </Text>
        <Text className="wrap-anywhere" data-testid="plan-budget-words">
          <span className="plan-view__label">{t('planViews.budget.inWords')} </span>
          <em>{words}</em>
        </Text>
      </Paper>
      {/* Side by side on a wide screen; one under the other on a projector, where the type is large. */}
      <SimpleGrid cols={presentation ? 1 : { base: 1, lg: 2 }} spacing="lg">
        <BreakdownTable
          caption={t('planViews.budget.bySource')}
          nameHeader={t('planViews.budget.source')}
          testId="plan-budget-by-source"
          rows={totals.bySource.map((s) => ({ key: s.sourceId, name: fmt.source(s.sourceId), amount: s.amount, share: s.share }))}
          total={totals.total}
          fmt={fmt}
        />
        <BreakdownTable
          caption={t('planViews.budget.byArea')}
          nameHeader={t('planViews.budget.area')}
          testId="plan-budget-by-area"
          // Programs not tied to a determinant get a line only when they cost something.
          rows={totals.byArea
            .filter((a) => a.area !== null || a.amount > 0)
            .map((a) => ({ key: a.area ?? 'none', name: area(a.area), amount: a.amount, share: a.share }))}
          total={totals.total}
          fmt={fmt}
        />
      </SimpleGrid>
      <BreakdownTable
        caption={t('planViews.budget.byProgram')}
        nameHeader={t('planViews.budget.program')}
        testId="plan-budget-by-program"
        rows={totals.byProgram.map((p) => ({ key: p.programId, name: `${p.number}. ${p.name}`, amount: p.amount, share: p.share }))}
        total={totals.total}
        fmt={fmt}
      />
      <CrossTable totals={totals} fmt={fmt} />
    </Stack>
  );
}
