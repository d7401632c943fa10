import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeCount, rowsChanged, type PlanDiff } from '../../../../../../shared/domain/plan';
import type { FundingSource, Program } from '../../../../../../shared/domain/plan/types';
import { usePlanFormat } from '../usePlanFormat';
import { ProgramChangeView } from './ProgramChangeView';
import { signedRupiah, SourceDeltaLine } from './SourceDeltaLine';

/**
 * A plan's changes told in words, most telling first: the total budget and its sources, then
 * programs added, removed and changed (lead, months, budget), then strategies and the header.
 */
export function PlanDiffView({ diff, funding }: { diff: PlanDiff; funding: readonly FundingSource[] }) {
  const { t } = useTranslation();
  const fmt = usePlanFormat(funding);
  const count = changeCount(diff);
  const heading = (key: string) => (
    <Title order={3} size="h5">
      {t(key)}
    </Title>
  );
  /** Programs added or removed, by name under their heading; nothing when there are none. */
  const programNames = (testId: string, headingKey: string, programs: readonly Program[]) =>
    programs.length > 0 && (
      <div data-testid={testId}>
        {heading(headingKey)}
        <ul className="plan-diff__list">
          {programs.map((p) => (
            <li key={p.id} className="wrap-anywhere">
              {p.name}
            </li>
          ))}
        </ul>
      </div>
    );
  const value = (v: string | number | null) => (v === null || v === '' ? t('planViews.compare.empty') : String(v));
  if (count === 0 && diff.total.from === diff.total.to) return <Text data-testid="plan-compare-none">{t('planViews.compare.none')}</Text>;
  return (
    <Stack gap="md" data-testid="plan-compare-changes" data-count={count}>
      <Text fw={700} data-testid="plan-compare-total">
        {diff.total.from === diff.total.to
          ? t('planViews.compare.totalSame', { total: fmt.rupiah(diff.total.to) })
          : t('planViews.compare.total', {
              from: fmt.rupiah(diff.total.from),
              to: fmt.rupiah(diff.total.to),
              delta: signedRupiah(fmt, diff.total.to - diff.total.from),
            })}
      </Text>
      {diff.bySource.length > 0 && (
        <ul className="plan-diff__list" data-testid="plan-compare-sources">
          {diff.bySource.map((d) => (
            <SourceDeltaLine key={d.sourceId} d={d} fmt={fmt} />
          ))}
        </ul>
      )}
      {programNames('plan-compare-added', 'planViews.compare.programsAdded', diff.programs.added)}
      {programNames('plan-compare-removed', 'planViews.compare.programsRemoved', diff.programs.removed)}
      {diff.programs.changed.length > 0 && (
        <div data-testid="plan-compare-changed">
          {heading('planViews.compare.programsChanged')}
          {diff.programs.changed.map((c) => (
            <ProgramChangeView key={c.id} change={c} fmt={fmt} />
          ))}
        </div>
      )}
      {rowsChanged(diff.strategies) > 0 && (
        <div data-testid="plan-compare-strategies">
          {heading('planViews.compare.strategies')}
          <ul className="plan-diff__list">
            {diff.strategies.added.map((s) => (
              <li key={s.id} className="wrap-anywhere">
                {t('planViews.compare.added', { name: s.text })}
              </li>
            ))}
            {diff.strategies.removed.map((s) => (
              <li key={s.id} className="wrap-anywhere">
                {t('planViews.compare.removed', { name: s.text })}
              </li>
            ))}
            {diff.strategies.changed.map((s) => (
              <li key={s.id} className="wrap-anywhere">
                {t('planViews.compare.strategyChanged', {
                  name: s.after.text,
                  fields: [
                    ...s.fields.map((f) => t(`planViews.compare.strategyFields.${f}`)),
                    ...(rowsChanged(s.indicators) > 0 ? [t('planViews.compare.indicators')] : []),
                  ].join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(diff.header.fields.length > 0 || rowsChanged(diff.header.targets) > 0) && (
        <div data-testid="plan-compare-header">
          {heading('planViews.compare.header')}
          <ul className="plan-diff__list">
            {diff.header.fields.map((f) => (
              <li key={f.field} className="wrap-anywhere">
                {t('planViews.compare.fieldChanged', { field: t(`planViews.compare.headerFields.${f.field}`), from: value(f.from), to: value(f.to) })}
              </li>
            ))}
            {rowsChanged(diff.header.targets) > 0 && (
              <li>
                {t('planViews.compare.targets', {
                  added: diff.header.targets.added.length,
                  removed: diff.header.targets.removed.length,
                  changed: diff.header.targets.changed.length,
                })}
              </li>
            )}
          </ul>
        </div>
      )}
      {rowsChanged(diff.header.approvals) > 0 && <Text>{t('planViews.compare.approvals')}</Text>}
    </Stack>
  );
}
