import { Group, Loader, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import { SwotBoardView } from './board/SwotBoardView';
import { SwotPresentation } from './present/SwotPresentation';
import { SwotExportMenu } from './SwotExportMenu';
import { TowsMatrix } from './tows/TowsMatrix';
import { useSwotBoard } from './useSwotBoard';
import { VotingBar } from './voting/VotingBar';
import './swot.css';

type Tab = 'swot' | 'tows';
const tabs: { value: Tab; label: string }[] = [
  { value: 'swot', label: 'swotBoard.page.tabs.swot' },
  { value: 'tows', label: 'swotBoard.page.tabs.tows' },
];

/** One cluster's SWOT board with dot voting, and the TOWS strategies drafted from it. */
export function SwotPage({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const { board, error, edit } = useSwotBoard(clusterId);
  const { data: cluster } = useWorkspaceData(() => call('clusters.get', { id: clusterId }), [clusterId], { tables: ['clusters'] });
  // Participants are offered from the cluster's stakeholder map.
  const { data: map } = useWorkspaceData(() => call('stakeholders.map', { clusterId }), [clusterId], { tables: ['actors', 'map_placements'] });
  const [tab, setTab] = useState<Tab>('swot');
  const [votingAs, setVotingAs] = useState<string | null>(null);
  const [byDots, setByDots] = useState(false);

  if (error) return <Text role="alert">{t('errors.clusterMissing')}</Text>;
  if (!board || !cluster) return <Loader aria-label={t('common.loading')} />;
  // A participant removed (or undone away) is no longer voting.
  const voter = board.voters.some((v) => v.id === votingAs) ? votingAs : null;
  return (
    <div className="swot-page" data-testid="swot-page" data-cluster={clusterId}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={1} size="h3">
          {t('swotBoard.page.title', { cluster: cluster.name })}
        </Title>
        <SwotExportMenu clusterId={clusterId} />
      </Group>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'swot')} keepMounted={false}>
        <Tabs.List mb="sm">
          {tabs.map(({ value, label }) => (
            <Tabs.Tab key={value} value={value} data-testid={`swot-tab-${value}`}>
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="swot">
          {presentation ? (
            <SwotPresentation board={board} />
          ) : (
            <>
              <VotingBar
                board={board}
                edit={edit}
                actors={map?.actors ?? []}
                votingAs={voter}
                setVotingAs={setVotingAs}
                byDots={byDots}
                setByDots={setByDots}
              />
              <SwotBoardView board={board} edit={edit} votingAs={voter} byDots={byDots} />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="tows">
          <TowsMatrix board={board} edit={edit} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
