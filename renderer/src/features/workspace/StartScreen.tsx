import { Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconFolderOpen, IconRefresh, IconSparkles } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../shared/contract';
import type { AppCommand } from '../../../../shared/contract/commands';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';

/** What a facilitator sees with no workspace open: the demo, a new file, or a recent one. */
export function StartScreen({ run }: { run: (c: AppCommand, arg?: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { info } = useAppState();
  const { dateTime } = useFormatters();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    void call('workspace.recent', {}).then(setRecent, () => setRecent([]));
  }, []);

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('start.title')}</Title>
          <Text size="lg" c="dimmed" mt="xs">
            {t('start.subtitle')}
          </Text>
        </div>
        {info?.firstRun && (
          <Card withBorder padding="lg" bg="teal.0">
            <Text fw={600}>{t('start.demoOffer')}</Text>
            <Text size="sm" mt={4}>
              {t('start.demoExplain')}
            </Text>
          </Card>
        )}
        <Group grow>
          <Button size="lg" leftSection={<IconSparkles />} onClick={() => void run('openDemo')} data-testid="start.openDemo">
            {t('start.openDemo')}
          </Button>
          <Button size="lg" variant="default" leftSection={<IconFilePlus />} onClick={() => void run('newWorkspace')} data-testid="start.newWorkspace">
            {t('start.newWorkspace')}
          </Button>
          <Button size="lg" variant="default" leftSection={<IconFolderOpen />} onClick={() => void run('openWorkspace')} data-testid="start.openWorkspace">
            {t('start.openWorkspace')}
          </Button>
        </Group>
        {recent.length > 0 && (
          <Stack gap="xs">
            <Title order={3}>{t('start.recent')}</Title>
            {recent.map((r) => (
              <Card key={r.path} withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} className="wrap-anywhere">
                      {r.fileName}
                    </Text>
                    <Text size="sm" c="dimmed" className="wrap-anywhere">
                      {r.exists ? r.path : t('start.missing', { path: r.path })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('start.openedAt', { when: dateTime(r.openedAt) })}
                    </Text>
                  </div>
                  <Button variant="light" disabled={!r.exists} onClick={() => void run('openRecent', r.path)}>
                    {t('common.open')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        <Group>
          <Button variant="subtle" onClick={() => void run('importJson')} data-testid="start.importJson">
            {t('menu.importJson')}
          </Button>
          <Button variant="subtle" onClick={() => void run('restoreBackup')}>
            {t('menu.restoreBackup')}
          </Button>
          {/* The demo as it first was, once the facilitator has practised on it. */}
          <Button
            variant="subtle"
            leftSection={<IconRefresh size={18} />}
            onClick={() => void run('openFreshDemo')}
            title={t('start.freshDemoHint')}
            data-testid="start.freshDemo"
          >
            {t('start.freshDemo')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
