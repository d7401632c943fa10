import type { PrintModel } from '../printModel';
import { type PlanSection, sectionTitle } from '../printSections';
import { useWords } from './WordsContext';

/** A numbered section heading ("III. SWOT dan strategi TOWS"), the anchor the contents link to. */
export function SectionHeading({ section, model }: { section: PlanSection; model: PrintModel }) {
  const { t } = useWords();
  return (
    <h1 id={`section-${section.key}`}>
      <span className="secnum">{section.number}.</span> {sectionTitle(t, section.key, model)}
    </h1>
  );
}
