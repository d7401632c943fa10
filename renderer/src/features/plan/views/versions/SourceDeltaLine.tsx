import { useTranslation } from 'react-i18next';
import type { SourceDelta } from '../../../../../../shared/domain/plan';
import type { PlanFormat } from '../usePlanFormat';

/** A signed Rupiah difference: "+Rp 2.500.000" or "−Rp 500.000". */
export const signedRupiah = (fmt: PlanFormat, delta: number) => `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${fmt.rupiah(Math.abs(delta))}`;

/** How one funding source's amount moved, in one line. */
export function SourceDeltaLine({ d, fmt }: { d: SourceDelta; fmt: PlanFormat }) {
  const { t } = useTranslation();
  const name = d.source?.name || (d.source?.key ? t(`plan.codes.funding.${d.source.key}`) : fmt.source(d.sourceId));
  return <li>{t('planViews.compare.sourceDelta', { source: name, from: fmt.rupiah(d.from), to: fmt.rupiah(d.to), delta: signedRupiah(fmt, d.delta) })}</li>;
}
