import type { SessionState } from '../../../../shared/domain/selection/schemas';
import type { SessionEdit } from './useSelectionSession';

/** What every tab of a session page receives from the page. */
export interface SessionTabProps {
  state: SessionState;
  edit: SessionEdit;
  /** Whose scores this screen enters and shows in hidden mode; null for the facilitator's view. */
  asScorer: string | null;
  setAsScorer: (scorerId: string | null) => void;
  /** Opens another tab of the session (e.g. the disagreements list opens a cell in the grid). */
  openTab: (tab: SessionTab, focus?: { clusterId: string; criterionId: string }) => void;
  /** A cell another tab asked this one to show. */
  focus: { clusterId: string; criterionId: string } | null;
}

export const sessionTabs = ['setup', 'scoring', 'disagreements', 'results', 'sensitivity', 'scorers', 'log'] as const;
export type SessionTab = (typeof sessionTabs)[number];
