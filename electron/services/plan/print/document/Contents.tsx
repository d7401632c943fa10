import type { PrintModel } from '../printModel';
import { type PlanSection, sectionTitle } from '../printSections';
import { useWords } from './WordsContext';

/**
 * The contents: every present section with its number, linked to its heading (the PDF's outline
 * gives the pages; Chromium has no target-counter to print them here), then the sections left out.
 */
export function Contents({ model, sections }: { model: PrintModel; sections: PlanSection[] }) {
  const { t } = useWords();
  const absent = sections.filter((s) => !s.present);
  return (
    <section className="contents">
      <h1 className="unnumbered">{t('planPrint.contents')}</h1>
      <ol className="toc">
        {sections
          .filter((s) => s.present)
          .map((s) => (
            <li key={s.key}>
              <span className="secnum">{s.number}.</span>
              <a href={`#section-${s.key}`}>{sectionTitle(t, s.key, model)}</a>
            </li>
          ))}
        <li>
          <span className="secnum" />
          <a href="#section-closing">{t('planPrint.closingHeading')}</a>
        </li>
      </ol>
      {absent.length > 0 && <p className="note">{t('planPrint.notYet', { list: absent.map((s) => sectionTitle(t, s.key, model)).join('; ') })}</p>}
    </section>
  );
}
