import { Alert, Anchor, Loader, Stack, Tabs } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { DisagreementsTab } from './scoring/DisagreementsTab';
import { LogTab } from './scoring/LogTab';
import { ScoringTab } from './scoring/ScoringTab';
import { ResultsTab } from './results/ResultsTab';
import { ScorersTab } from './results/ScorersTab';
import { SensitivityTab } from './results/SensitivityTab';
import { SetupTab } from './setup/SetupTab';
import { SessionHeader } from './SessionHeader';
import { type SessionTab, type SessionTabProps, sessionTabs } from './SessionTabProps';
import { useSelectionSession } from './useSelectionSession';

// Components, rendered as elements: each tab's hooks belong to that tab, and only the open tab is mounted.
const tabContent: Record<SessionTab, ComponentType<SessionTabProps>> = {
  setup: SetupTab,
  scoring: ScoringTab,
  disagreements: DisagreementsTab,
  results: ResultsTab,
  sensitivity: SensitivityTab,
  scorers: ScorersTab,
  log: LogTab,
};

/**
 * One scoring session: its setup, the scoring grid, disagreements, results, sensitivity, scorers
 * compared and the log. It opens on the setup while there is no candidate, else on the scoring.
 */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [asScorer, setAsScorer] = useState<string | null>(null);
  const [chosenTab, setTab] = useState<SessionTab | null>(null);
  const [focus, setFocus] = useState<SessionTabProps['focus']>(null);
  const { state, error, edit } = useSelectionSession(sessionId, asScorer);
  if (error)
    return (
      <Stack data-testid="selection-session-missing">
        <Alert color="red">{t('selectionSetup.page.notFound')}</Alert>
        <Anchor href="#/selection">{t('selectionSetup.page.back')}</Anchor>
      </Stack>
    );
  if (!state) return <Loader aria-label={t('common.loading')} />;
  // The first tab is chosen once, from the session as first loaded: adding the first candidates
  // on the setup tab does not move the facilitator away from it.
  const tab = chosenTab ?? (state.candidates.length === 0 ? 'setup' : 'scoring');
  if (chosenTab === null) setTab(tab);
  const openTab: SessionTabProps['openTab'] = (next, cell) => {
    setFocus(cell ?? null);
    setTab(next);
  };
  const props: SessionTabProps = { state, edit, asScorer, setAsScorer, openTab, focus };
  return (
    <div data-testid="selection-session">
      <SessionHeader state={state} asScorer={asScorer} setAsScorer={setAsScorer} />
      <Tabs
        value={tab}
        onChange={(v) => {
          // A tab chosen by hand opens on its own, not on a cell another tab asked for earlier.
          setFocus(null);
          if (v) setTab(v as SessionTab);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {sessionTabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`selection-tab-${k}`}>
              {t(`selectionSetup.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sessionTabs.map((k) => {
          const Content = tabContent[k];
          return (
            <Tabs.Panel key={k} value={k} pt="md">
              {k === tab && <Content {...props} />}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </div>
  );
}
