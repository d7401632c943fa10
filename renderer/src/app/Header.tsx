import { ActionIcon, Button, Group, Menu, SegmentedControl, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconFolder, IconPresentation, IconPresentationOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import iconUrl from '../../../resources/icons/icon.svg';
import type { RecentFile } from '../../../shared/contract';
import type { AppCommand } from '../../../shared/contract/commands';
import { useAppState } from './AppState';
import { call } from './client';
import { isActive, navItems } from './navigation';

/** The in-app menu and toolbar: the same commands as Electron's menu, for browser mode too. */
export function Header({ run }: { run: (c: AppCommand, arg?: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { workspace, presentation } = useAppState();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [menuOpen, setMenuOpen] = useState(false);
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (menuOpen) void call('workspace.recent', {}).then(setRecent, () => setRecent([]));
  }, [menuOpen]);
  const undoLabel = workspace?.history.undoLabel;
  const redoLabel = workspace?.history.redoLabel;

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <img src={iconUrl} alt="" className="app-mark" />
        <Title order={3}>Sentra</Title>
        {workspace && (
          <Text c="dimmed" truncate maw={320} data-testid="workspace.fileName">
            {workspace.fileName}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {presentation && workspace && (
          // The sidebar is hidden while presenting; the sections stay one click away.
          <Group gap="xs" wrap="nowrap" data-testid="presentation.nav">
            {navItems.map((item) => (
              <Button
                key={item.path}
                variant={isActive(item, location) ? 'light' : 'subtle'}
                leftSection={<item.icon size={20} />}
                onClick={() => navigate(item.path)}
                data-testid={`presentation.nav.${item.testId}`}
              >
                {t(item.labelKey)}
              </Button>
            ))}
          </Group>
        )}
        <Group gap="xs" className="editing-chrome" wrap="nowrap">
          <Menu opened={menuOpen} onChange={setMenuOpen} position="bottom-end" width={280}>
            <Menu.Target>
              <Button variant="default" leftSection={<IconFolder size={18} />} data-testid="menu.file">
                {t('menu.file')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void run('newWorkspace')} data-testid="menu.newWorkspace">
                {t('menu.newWorkspace')}
              </Menu.Item>
              <Menu.Item onClick={() => void run('openWorkspace')} data-testid="menu.openWorkspace">
                {t('menu.open')}
              </Menu.Item>
              <Menu.Item onClick={() => void run('openDemo')} data-testid="menu.openDemo">
                {t('menu.openDemo')}
              </Menu.Item>
              {recent.length > 0 && <Menu.Label>{t('menu.openRecent')}</Menu.Label>}
              {recent.slice(0, 5).map((r) => (
                <Menu.Item
                  key={r.path}
                  disabled={!r.exists}
                  onClick={() => void run('openRecent', r.path)}
                  title={r.path}
                  rightSection={r.exists ? undefined : <Text size="xs">{t('menu.recentMissing')}</Text>}
                >
                  {r.fileName}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item disabled={!workspace} onClick={() => void run('saveCopy')} data-testid="menu.saveCopy">
                {t('menu.saveCopy')}
              </Menu.Item>
              <Menu.Item onClick={() => void run('restoreBackup')} data-testid="menu.restoreBackup">
                {t('menu.restoreBackup')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item disabled={!workspace} onClick={() => void run('exportJson')} data-testid="menu.exportJson">
                {t('menu.exportJson')}
              </Menu.Item>
              <Menu.Item onClick={() => void run('importJson')} data-testid="menu.importJson">
                {t('menu.importJson')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item disabled={!workspace} onClick={() => void run('closeWorkspace')} data-testid="menu.closeWorkspace">
                {t('menu.close')}
              </Menu.Item>
              <Menu.Item onClick={() => void run('about')}>{t('menu.about')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Tooltip label={undoLabel ? t('history.undoWhat', { what: t(undoLabel.key, undoLabel.params) }) : t('history.nothingToUndo')}>
            <ActionIcon
              size="lg"
              variant="default"
              disabled={!undoLabel}
              onClick={() => void run('undo')}
              aria-label={t('history.undo')}
              data-testid="history.undo"
            >
              <IconArrowBackUp size={20} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={redoLabel ? t('history.redoWhat', { what: t(redoLabel.key, redoLabel.params) }) : t('history.nothingToRedo')}>
            <ActionIcon
              size="lg"
              variant="default"
              disabled={!redoLabel}
              onClick={() => void run('redo')}
              aria-label={t('history.redo')}
              data-testid="history.redo"
            >
              <IconArrowForwardUp size={20} />
            </ActionIcon>
          </Tooltip>
          <SegmentedControl
            value={i18n.language}
            onChange={(v) => void run(v === 'en' ? 'languageEn' : 'languageId')}
            data={[
              { value: 'id', label: 'ID' },
              { value: 'en', label: 'EN' },
            ]}
            aria-label={t('menu.language')}
            data-testid="language.switch"
          />
        </Group>
        <Tooltip label={t(presentation ? 'presentation.exitHint' : 'presentation.enterHint')}>
          <Button
            variant={presentation ? 'filled' : 'light'}
            leftSection={presentation ? <IconPresentationOff size={18} /> : <IconPresentation size={18} />}
            onClick={() => void run('togglePresentation')}
            data-testid="presentation.toggle"
          >
            {t(presentation ? 'presentation.exit' : 'presentation.enter')}
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
