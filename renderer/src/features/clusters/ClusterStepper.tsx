import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/client';
import type { Command } from '../../app/commands/Command';
import { useCommands, useScreenCommands } from '../../app/commands/commandsContext';
import { useClusterRows } from './useClusterRows';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/**
 * Previous / next cluster while presenting, in the order the list shows them (its group
 * filter, search and sort). Offered as commands while shown (palette, keyboard): PageUp and
 * PageDown, because they are what presentation remotes send, and a read-only profile scrolls
 * well enough with the arrows, Space and the wheel.
 */
export function ClusterStepper({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useWorkspaceData(() => call('clusters.list', {}), [], { tables: ['clusters'], ownWrites: true });
  const { rows } = useClusterRows(data);
  // A cluster the filter hides (opened from an address) steps through the whole list.
  const order = rows.some((r) => r.id === id) ? rows : (data ?? []);
  const at = order.findIndex((r) => r.id === id);
  const previous = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 ? order[at + 1] : undefined;

  const previousId = previous?.id;
  const nextId = next?.id;
  const commands = useMemo<Command[]>(() => {
    // Named by their label's key: one name per command, across the app.
    const step = (name: string, shortcut: string, target: string | undefined): Command => ({
      name,
      labelKey: name,
      shortcuts: [shortcut],
      enabled: () => target !== undefined,
      run: ({ navigate }) => navigate(`/clusters/${target}`),
    });
    return [step('clusters.previous', 'PageUp', previousId), step('clusters.next', 'PageDown', nextId)];
  }, [previousId, nextId]);
  useScreenCommands(commands);
  const { run } = useCommands();

  if (at < 0) return null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="cluster.stepper">
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={18} />}
        disabled={!previous}
        onClick={() => void run('clusters.previous')}
        aria-keyshortcuts="PageUp"
        title={previous?.name}
        data-testid="cluster.previous"
      >
        {t('clusters.previous')}
      </Button>
      <Text data-testid="cluster.position">{t('clusters.position', { n: at + 1, of: order.length })}</Text>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={18} />}
        disabled={!next}
        onClick={() => void run('clusters.next')}
        aria-keyshortcuts="PageDown"
        title={next?.name}
        data-testid="cluster.next"
      >
        {t('clusters.next')}
      </Button>
    </Group>
  );
}
