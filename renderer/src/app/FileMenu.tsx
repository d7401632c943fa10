import { Button, Menu, Text } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { IconFolder } from '@tabler/icons-react';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../shared/contract';
import { shortcutLabel } from '../../../shared/contract/shortcuts';
import { call } from './client';
import type { Command } from './commands/Command';
import { useCommands } from './commands/commandsContext';

/** The File and Help commands, group by group, as they stand in the menu bar. */
function menuGroups(commands: readonly Command[]): Command[][] {
  const groups = new Map<string, Command[]>();
  for (const c of commands) {
    if (c.menu?.menu !== 'file' && c.menu?.menu !== 'help') continue;
    const key = `${c.menu.menu}/${c.menu.group}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/** The in-app File menu: the menu bar's File and Help commands, for browser mode too. */
export function FileMenu() {
  const { t } = useTranslation();
  const { commands, isEnabled, run } = useCommands();
  const isMac = useOs() === 'macos';
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) void call('workspace.recent', {}).then(setRecent, () => setRecent([]));
  }, [open]);

  // The recent files themselves, each opening with its path; last in their group, under their own heading.
  const recentFiles = (c: Command) =>
    recent.length > 0 && (
      <Fragment key={c.name}>
        <Menu.Label>{t(c.labelKey)}</Menu.Label>
        {recent.slice(0, 5).map((r) => (
          <Menu.Item
            key={r.path}
            disabled={!r.exists}
            onClick={() => void run(c.name, r.path)}
            title={r.path}
            rightSection={r.exists ? undefined : <Text size="xs">{t('menu.recentMissing')}</Text>}
          >
            {r.fileName}
          </Menu.Item>
        ))}
      </Fragment>
    );

  const item = (c: Command) => {
    const shortcut = c.shortcuts?.[0];
    return (
      <Menu.Item
        key={c.name}
        disabled={!isEnabled(c.name)}
        onClick={() => void run(c.name)}
        rightSection={shortcut ? <Text size="xs">{shortcutLabel(shortcut, isMac)}</Text> : undefined}
        data-testid={`menu.${c.name}`}
      >
        {t(c.labelKey)}
      </Menu.Item>
    );
  };

  return (
    <Menu opened={open} onChange={setOpen} position="bottom-end" width={340}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFolder size={18} />} data-testid="menu.file">
          {t('menu.file')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {menuGroups(commands).map((group, i) => (
          <Fragment key={i}>
            {i > 0 && <Menu.Divider />}
            {group.filter((c) => c.name !== 'openRecent').map(item)}
            {group.filter((c) => c.name === 'openRecent').map(recentFiles)}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
