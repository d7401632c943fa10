import { Alert, Loader, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisagreementsTab } from './scoring/DisagreementsTab';
import { LogTab } from './scoring/LogTab';
import { ScoringTab } from './scoring/ScoringTab';
import { ResultsTab } from './results/ResultsTab';
import { ScorersTab } from './results/ScorersTab';
import { SensitivityTab } from './results/SensitivityTab';
import { SetupTab } from './setup/SetupTab';
import { type SessionTab, type SessionTabProps, sessionTabs } from './SessionTabProps';
import { useSelectionSession } from './useSelectionSession';

const tabContent: Record<SessionTab, (p: SessionTabProps) => React.ReactNode> = {
  setup: SetupTab,
  scoring: ScoringTab,
  disagreements: DisagreementsTab,
  results: ResultsTab,
  sensitivity: SensitivityTab,
  scorers: ScorersTab,
  log: LogTab,
};

/** One scoring session: its setup, the scoring grid, disagreements, results, sensitivity, scorers compared and the log. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [asScorer, setAsScorer] = useState<string | null>(null);
  const [tab, setTab] = useState<SessionTab>('scoring');
  const [focus, setFocus] = useState<SessionTabProps['focus']>(null);
  const { state, error, edit } = useSelectionSession(sessionId, asScorer);
  if (error) return <Alert color="red">{t('selectionSetup.page.notFound')}</Alert>;
  if (!state) return <Loader aria-label={t('common.loading')} />;
  const openTab: SessionTabProps['openTab'] = (next, cell) => {
    setFocus(cell ?? null);
    setTab(next);
  };
  const props: SessionTabProps = { state, edit, asScorer, setAsScorer, openTab, focus };
  return (
    <div data-testid="selection-session">
      <Title order={1} size="h3" mb="sm">
        {state.session.name}
      </Title>
      <Tabs value={tab} onChange={(v) => v && setTab(v as SessionTab)} keepMounted={false}>
        <Tabs.List>
          {sessionTabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`selection-tab-${k}`}>
              {t(`selectionSetup.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sessionTabs.map((k) => (
          <Tabs.Panel key={k} value={k} pt="md">
            {tabContent[k](props)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
