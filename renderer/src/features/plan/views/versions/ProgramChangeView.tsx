import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramChange } from '../../../../../../shared/domain/plan';
import type { PlanFormat } from '../usePlanFormat';
import { signedRupiah, SourceDeltaLine } from './SourceDeltaLine';

/** One changed program: which fields, who leads now, which activities moved, what its budget did. */
export function ProgramChangeView({ change, fmt }: { change: ProgramChange; fmt: PlanFormat }) {
  const { t } = useTranslation();
  const { activities, budgetLines } = change;
  return (
    <div className="plan-diff__program" data-testid={`plan-compare-program-${change.id}`}>
      <Text fw={700} className="wrap-anywhere">
        {change.after.name}
      </Text>
      <ul className="plan-diff__list">
        {change.fields.length > 0 && (
          <li>{t('planViews.compare.fields', { fields: change.fields.map((f) => t(`planViews.compare.programFields.${f}`)).join(', ') })}</li>
        )}
        {change.lead && <li>{t('planViews.compare.lead', { from: fmt.actor(change.lead.from), to: fmt.actor(change.lead.to) })}</li>}
        {activities.added.map((a) => (
          <li key={a.id} className="wrap-anywhere">
            {t('planViews.compare.activityAdded', { name: a.name, months: fmt.span(a.start, a.end) })}
          </li>
        ))}
        {activities.removed.map((a) => (
          <li key={a.id} className="wrap-anywhere">
            {t('planViews.compare.activityRemoved', { name: a.name, months: fmt.span(a.start, a.end) })}
          </li>
        ))}
        {activities.changed.map((a) => (
          <li key={a.id} className="wrap-anywhere">
            {a.fields.includes('start') || a.fields.includes('end')
              ? t('planViews.compare.activityMoved', {
                  name: a.after.name,
                  from: fmt.span(a.before.start, a.before.end),
                  to: fmt.span(a.after.start, a.after.end),
                })
              : t('planViews.compare.activityChanged', { name: a.after.name })}
          </li>
        ))}
        {budgetLines.added.map((l) => (
          <li key={l.id} className="wrap-anywhere">
            {t('planViews.compare.lineAdded', { item: l.item, amount: fmt.rupiah(l.amount), source: fmt.source(l.sourceId) })}
          </li>
        ))}
        {budgetLines.removed.map((l) => (
          <li key={l.id} className="wrap-anywhere">
            {t('planViews.compare.lineRemoved', { item: l.item, amount: fmt.rupiah(l.amount), source: fmt.source(l.sourceId) })}
          </li>
        ))}
        {budgetLines.changed.map((l) => (
          <li key={l.id} className="wrap-anywhere">
            {l.before.amount !== l.after.amount
              ? t('planViews.compare.lineAmount', { item: l.after.item, from: fmt.rupiah(l.before.amount), to: fmt.rupiah(l.after.amount) })
              : t('planViews.compare.lineChanged', { item: l.after.item })}
          </li>
        ))}
        {change.budget && (
          <li data-testid="plan-compare-program-budget">
            {t('planViews.compare.budget', {
              from: fmt.rupiah(change.budget.from),
              to: fmt.rupiah(change.budget.to),
              delta: signedRupiah(fmt, change.budget.to - change.budget.from),
            })}
          </li>
        )}
        {change.bySource.map((d) => (
          <SourceDeltaLine key={d.sourceId} d={d} fmt={fmt} />
        ))}
      </ul>
    </div>
  );
}
