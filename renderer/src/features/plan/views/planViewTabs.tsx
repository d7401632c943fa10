import type { ReactNode } from 'react';
import type { PlanView } from '../../../../../shared/domain/plan/types';
import { BudgetView } from './budget/BudgetView';
import { ChecksTabLabel } from './checks/ChecksTabLabel';
import { ChecksView } from './checks/ChecksView';
import { GanttView } from './gantt/GanttView';
import type { PlanViewActions } from './planViewActions';
import { ResponsibilityView } from './responsibility/ResponsibilityView';
import { ActionMatrixView } from './tables/ActionMatrixView';
import { PdmView } from './tables/PdmView';
import { Table51View } from './tables/Table51View';
import './planViews.css';

export type { PlanViewActions } from './planViewActions';
export { PlanToolbar } from './PlanToolbar';

/** One read-only view of the plan, as the plan page shows it among its tabs. */
export interface PlanViewTab {
  key: string;
  /** The tab's name (a catalog key). */
  labelKey: string;
  /** The tab's own test id (`plan-tab-<key>`). */
  testId: string;
  /** A richer tab name where the view has one to show (the checks' count); `labelKey` otherwise. */
  label?: (view: PlanView) => ReactNode;
  /** Whether a frozen version shows it too: checks and the live matrix speak only of the draft. */
  frozen: boolean;
  render: (view: PlanView, actions: PlanViewActions) => ReactNode;
}

/**
 * The plan's views, in the order a forum reads them. Each derives everything from the `view` it
 * is given, so an edit in the editor changes every table and total at once.
 */
export const planViewTabs: PlanViewTab[] = [
  {
    key: 'table51',
    labelKey: 'planViews.tabs.whyWhoWhat',
    testId: 'plan-tab-table51',
    frozen: true,
    render: (view, actions) => <Table51View view={view} actions={actions} />,
  },
  {
    key: 'actionMatrix',
    labelKey: 'planViews.tabs.actionMatrix',
    testId: 'plan-tab-actionMatrix',
    frozen: true,
    render: (view, actions) => <ActionMatrixView view={view} actions={actions} />,
  },
  { key: 'pdm', labelKey: 'planViews.tabs.pdm', testId: 'plan-tab-pdm', frozen: true, render: (view, actions) => <PdmView view={view} actions={actions} /> },
  { key: 'gantt', labelKey: 'planViews.tabs.gantt', testId: 'plan-tab-gantt', frozen: true, render: (view) => <GanttView view={view} /> },
  { key: 'budget', labelKey: 'planViews.tabs.budget', testId: 'plan-tab-budget', frozen: true, render: (view) => <BudgetView view={view} /> },
  {
    key: 'responsibility',
    labelKey: 'planViews.tabs.responsibility',
    testId: 'plan-tab-responsibility',
    frozen: false,
    render: (view) => <ResponsibilityView view={view} />,
  },
  {
    key: 'checks',
    labelKey: 'planViews.tabs.checks',
    testId: 'plan-tab-checks',
    frozen: false,
    label: (view) => <ChecksTabLabel view={view} />,
    render: (view, actions) => <ChecksView view={view} actions={actions} />,
  },
];
