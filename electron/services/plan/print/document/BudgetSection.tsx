import type { ReactNode } from 'react';
import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** One totals table: a name column, the amount and its share, and a bold total row. */
function TotalsTable({
  heading,
  column,
  rows,
  total,
}: {
  heading: string;
  column: string;
  rows: { key: string; name: ReactNode; amount: number; share: number }[];
  total: number;
}) {
  const { t, rupiah, locale } = useWords();
  const share = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <>
      <h2>{heading}</h2>
      <table className="grid">
        <colgroup>
          <col style={{ width: '58%' }} />
          <col style={{ width: '27%' }} />
          <col style={{ width: '15%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{column}</th>
            <th className="num">{t('planPrint.budget.columns.amount')}</th>
            <th className="num">{t('planPrint.budget.columns.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{r.name}</td>
              <td className="num">{rupiah(r.amount)}</td>
              <td className="num">{share.format(r.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            <td>{t('planPrint.budget.total')}</td>
            <td className="num">{rupiah(total)}</td>
            <td className="num">{share.format(total === 0 ? 0 : 1)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}

/** Budget totals by funding source, by program and by determinant, with the whole total in words. */
export function BudgetSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, rupiah } = useWords();
  const b = model.rows.budget;
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <p className="grand-total">
        <span className="strong">
          {t('planPrint.budget.total')}: {rupiah(b.total)}
        </span>
        <br />
        <span className="words">{t('planPrint.budget.inWords', { words: model.totalInWords })}</span>
      </p>
      {b.bySource.length === 0 ? (
        <p className="note">{t('planPrint.budget.none')}</p>
      ) : (
        <TotalsTable
          heading={t('planPrint.budget.bySource')}
          column={t('planPrint.budget.columns.source')}
          total={b.total}
          rows={b.bySource.map((s) => ({ key: s.sourceId, name: <Txt>{model.fundingNames[s.sourceId] ?? s.sourceId}</Txt>, amount: s.amount, share: s.share }))}
        />
      )}
      <TotalsTable
        heading={t('planPrint.budget.byProgram')}
        column={t('planPrint.budget.columns.program')}
        total={b.total}
        rows={b.byProgram.map((p) => ({
          key: p.programId,
          name: (
            <>
              {p.number}. <Txt>{p.name}</Txt>
            </>
          ),
          amount: p.amount,
          share: p.share,
        }))}
      />
      <TotalsTable
        heading={t('planPrint.budget.byArea')}
        column={t('planPrint.budget.columns.area')}
        total={b.total}
        rows={b.byArea.map((a) => ({
          key: a.area ?? 'none',
          name: a.area === null ? t('planPrint.budget.noArea') : t(`selection.codes.determinants.${a.area}`),
          amount: a.amount,
          share: a.share,
        }))}
      />
    </section>
  );
}
