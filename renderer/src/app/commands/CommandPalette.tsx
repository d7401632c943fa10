import { Kbd } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { Spotlight, useSpotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/contract';
import { shortcutLabel } from '../../../../shared/contract/shortcuts';
import { groupKeyOf } from './Command';
import { useCommands } from './commandsContext';
import { matchCommands } from './matchCommands';
import { paletteStore } from './paletteStore';

/**
 * Ctrl+K (Cmd+K): every enabled command and section, searchable by its name in either
 * language, run with the arrow keys and Enter. Opened by the `commandPalette` command, so its
 * key is in the one list with all the others.
 */
export function CommandPalette() {
  const { t, i18n } = useTranslation();
  const { commands, isEnabled, run } = useCommands();
  const isMac = useOs() === 'macos';
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  // Read while open, so "enabled" is judged when the palette opens (a pending edit is not React state).
  const { opened } = useSpotlight(paletteStore);
  // Opened by a key, the next keys are the search: take the focus at once (the focus trap would
  // only move it a tick later, and keys typed quickly after Ctrl+K would be lost).
  useEffect(() => {
    if (opened) search.current?.focus();
  }, [opened]);

  const entries = commands
    .filter((c) => c.palette !== false && isEnabled(c.name))
    .map((command) => ({
      command,
      label: t(command.labelKey),
      labels: languages.map((lang) => i18n.getFixedT(lang)(command.labelKey)),
      group: t(groupKeyOf(command)),
    }));
  const groups = new Map<string, typeof entries>();
  for (const entry of matchCommands(query, entries)) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);

  return (
    <Spotlight.Root
      store={paletteStore}
      title={t('commands.paletteTitle')}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight="60vh"
      // No animation, and the list kept mounted while closed: Spotlight finds the chosen entry through
      // its list's id, which a list unmounting late (closed, reopened at once) would clear, losing Enter.
      transitionProps={{ duration: 0 }}
      keepMounted
      // Cleared as it closes, not when its (skipped) animation ends, which could wipe a search begun since.
      clearQueryOnClose={false}
      onSpotlightClose={() => setQuery('')}
    >
      <Spotlight.Search
        ref={search}
        placeholder={t('commands.paletteSearch')}
        aria-label={t('commands.palette')}
        leftSection={<IconSearch size={20} />}
        data-testid="palette.search"
      />
      <Spotlight.ActionsList>
        {[...groups].map(([group, items]) => (
          <Spotlight.ActionsGroup key={group} label={group}>
            {items.map(({ command, label }) => {
              const shortcut = command.shortcuts?.[0];
              return (
                <Spotlight.Action
                  key={command.name}
                  label={label}
                  rightSection={shortcut ? <Kbd>{shortcutLabel(shortcut, isMac)}</Kbd> : undefined}
                  onClick={() => void run(command.name)}
                  data-testid={`palette.${command.name}`}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        ))}
        {groups.size === 0 && <Spotlight.Empty>{t('commands.nothingFound')}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
