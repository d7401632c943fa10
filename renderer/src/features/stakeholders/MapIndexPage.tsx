import { Anchor, List, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/client';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** Which cluster's map to open: every cluster of the workspace has one. */
export function MapIndexPage() {
  const { t } = useTranslation();
  const { data: clusters } = useWorkspaceData(() => call('clusters.list', {}), [], { tables: ['clusters'], ownWrites: true });
  if (!clusters) return <Loader aria-label={t('common.loading')} />;
  return (
    <div data-testid="stakeholder-map-index">
      <Title order={1} size="h3" mb="sm">
        {t('stakeholders.index.title')}
      </Title>
      <Text mb="md">{t('stakeholders.index.intro')}</Text>
      {clusters.length === 0 ? (
        <Text>{t('stakeholders.index.noClusters')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs">
          {clusters.map((c) => (
            <List.Item key={c.id}>
              <Anchor href={`#/map/${encodeURIComponent(c.id)}`}>{c.name}</Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
