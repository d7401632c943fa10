import type { PrintModel } from '../printModel';
import { type PlanSection, planSections } from '../printSections';
import { ActionMatrixSection } from './ActionMatrixSection';
import { BudgetSection } from './BudgetSection';
import { Closing } from './Closing';
import { Contents } from './Contents';
import { Cover } from './Cover';
import { GanttSection } from './GanttSection';
import { MapSection } from './MapSection';
import { MediumPlanSection } from './MediumPlanSection';
import { PdmSection } from './PdmSection';
import { ProfileSection } from './ProfileSection';
import { ProgramTable } from './ProgramTable';
import { ResponsibilitySection } from './ResponsibilitySection';
import { SelectionSection } from './SelectionSection';
import { SwotSection } from './SwotSection';
import { VisionSection } from './VisionSection';

/** The body of one present section. */
function SectionBody({ model, section }: { model: PrintModel; section: PlanSection }) {
  switch (section.key) {
    case 'profile':
      return <ProfileSection model={model} section={section} />;
    case 'map':
      return model.map && <MapSection model={model} map={model.map} section={section} />;
    case 'swot':
      return model.swot && <SwotSection model={model} swot={model.swot} section={section} />;
    case 'selection':
      return model.selection && <SelectionSection model={model} selection={model.selection} section={section} />;
    case 'vision':
      return <VisionSection model={model} section={section} />;
    case 'medium':
      return <MediumPlanSection model={model} section={section} />;
    case 'programs':
      return <ProgramTable model={model} section={section} />;
    case 'actionMatrix':
      return <ActionMatrixSection model={model} section={section} />;
    case 'pdm':
      return <PdmSection model={model} section={section} />;
    case 'gantt':
      return <GanttSection model={model} section={section} />;
    case 'budget':
      return <BudgetSection model={model} section={section} />;
    case 'matrix':
      return model.matrix && <ResponsibilitySection model={model} matrix={model.matrix} section={section} />;
  }
}

/**
 * The forum document: cover, contents, then the numbered sections that have something to show,
 * and the place-and-date line with the approval blocks.
 */
export function PlanDocument({ model }: { model: PrintModel }) {
  const sections = planSections(model);
  return (
    <main className="plan">
      <Cover model={model} />
      <Contents model={model} sections={sections} />
      {sections
        .filter((s) => s.present)
        .map((s) => (
          <SectionBody key={s.key} model={model} section={s} />
        ))}
      <Closing model={model} />
    </main>
  );
}
