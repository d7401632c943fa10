import { ActionIcon, Button, Group, SegmentedControl, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconPresentation, IconPresentationOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import iconUrl from '../../../resources/icons/icon.svg';
import { useAppState } from './AppState';
import { useCommands } from './commands/commandsContext';
import { FileMenu } from './FileMenu';
import { isActive, navItems } from './navigation';

/** The in-app menu and toolbar: the same commands as Electron's menu, for browser mode too. */
export function Header() {
  const { t, i18n } = useTranslation();
  const { workspace, presentation } = useAppState();
  const { run } = useCommands();
  const [location, navigate] = useLocation();
  // The toggle's hint closes on click: the layout moves under a still pointer, and a hint left
  // open would cover the projected page.
  const [toggleHint, setToggleHint] = useState(false);
  const undoLabel = workspace?.history.undoLabel;
  const redoLabel = workspace?.history.redoLabel;

  return (
    <Group h="100%" px="md" gap="sm" wrap="nowrap">
      {/* The file name gives way first (ellipsis); presenting hides it and the title to make room for the sections. */}
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: presentation ? '0 0 auto' : '1 1 auto' }}>
        <img src={iconUrl} alt="" className="app-mark" />
        {!presentation && <Title order={3}>Sentra</Title>}
        {workspace && !presentation && (
          <Text c="dimmed" truncate maw={320} miw={0} data-testid="workspace.fileName">
            {workspace.fileName}
          </Text>
        )}
      </Group>
      {presentation && workspace && (
        // The sidebar is hidden while presenting; the sections stay one click away (scrolling when they outgrow the width).
        <Group gap={4} wrap="nowrap" data-testid="presentation.nav" style={{ flex: '1 1 auto', minWidth: 0, overflowX: 'auto' }}>
          {navItems.map((item) =>
            isActive(item, location) ? (
              <Button
                key={item.path}
                variant="light"
                leftSection={<item.icon size={20} />}
                style={{ flexShrink: 0 }}
                data-testid={`presentation.nav.${item.testId}`}
              >
                {t(item.labelKey)}
              </Button>
            ) : (
              // The other sections as icons: a row of every label outgrows a projector's width.
              <Tooltip key={item.path} label={t(item.labelKey)}>
                <ActionIcon
                  size="xl"
                  variant="subtle"
                  onClick={() => navigate(item.path)}
                  aria-label={t(item.labelKey)}
                  style={{ flexShrink: 0 }}
                  data-testid={`presentation.nav.${item.testId}`}
                >
                  <item.icon size={24} />
                </ActionIcon>
              </Tooltip>
            ),
          )}
        </Group>
      )}
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0, marginLeft: 'auto' }}>
        <Group gap="xs" className="editing-chrome" wrap="nowrap">
          <FileMenu />
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
        <Tooltip label={t(presentation ? 'presentation.exitHint' : 'presentation.enterHint')} opened={toggleHint}>
          <Button
            variant={presentation ? 'filled' : 'light'}
            leftSection={presentation ? <IconPresentationOff size={18} /> : <IconPresentation size={18} />}
            onClick={() => {
              setToggleHint(false);
              void run('togglePresentation');
            }}
            onMouseEnter={() => setToggleHint(true)}
            onMouseLeave={() => setToggleHint(false)}
            data-testid="presentation.toggle"
          >
            {t(presentation ? 'presentation.exit' : 'presentation.enter')}
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
