import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../../../shared/contract/commands';
import { acceleratorOf, shortcutKey, shortcutLabel } from '../../../shared/contract/shortcuts';
import { catalogs } from '../../../shared/i18n/catalogs';
import { allCommands } from '../../../renderer/src/app/commands/allCommands';
import { groupKeyOf } from '../../../renderer/src/app/commands/Command';
import { matchCommands } from '../../../renderer/src/app/commands/matchCommands';

const text = (lang: 'id' | 'en', key: string): unknown =>
  key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], catalogs[lang]);

describe('the command list', () => {
  it('names every command once, and the renderer carries out every command the menu can send', () => {
    const names = allCommands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(commandSpecs.map((s) => s.name)));
  });

  it.each(['id', 'en'] as const)('labels every command, its menu wording and its palette heading in %s', (lang) => {
    const keys = allCommands.flatMap((c) => [
      c.labelKey,
      groupKeyOf(c),
      ...(c.menu?.labelKey ? [c.menu.labelKey] : []),
      ...(c.menu?.submenuKey ? [c.menu.submenuKey] : []),
    ]);
    expect(keys.filter((k) => typeof text(lang, k) !== 'string')).toEqual([]);
  });

  it('gives no two commands the same keys', () => {
    const keys = allCommands.flatMap((c) => (c.shortcuts ?? []).map(shortcutKey));
    expect(keys.length).toBeGreaterThan(8);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('keeps the shortcuts people know: undo, redo, presentation, palette', () => {
    const keysOf = (name: string) => allCommands.find((c) => c.name === name)?.shortcuts;
    expect(keysOf('undo')).toEqual(['Mod+Z']);
    expect(keysOf('redo')).toEqual(['Mod+Shift+Z', 'Mod+Y']);
    expect(keysOf('togglePresentation')).toEqual(['F5']);
    expect(keysOf('leavePresentation')).toEqual(['Escape']);
    expect(keysOf('commandPalette')).toEqual(['Mod+K']);
    // Inside a text field Ctrl+Z and Ctrl+Y stay the field's own.
    expect(allCommands.filter((c) => c.name === 'undo' || c.name === 'redo').map((c) => c.inTextFields ?? false)).toEqual([false, false]);
  });

  it('offers a fresh copy of the demo and a way to each section', () => {
    const names = allCommands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['openFreshDemo', 'section.program', 'section.clusters']));
  });
});

describe('shortcuts', () => {
  it('become Electron accelerators and labels for each platform', () => {
    expect(acceleratorOf('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorOf('F5')).toBe('F5');
    expect(shortcutLabel('Mod+Shift+z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+K', true)).toBe('⌘K');
    expect(shortcutLabel('Escape', false)).toBe('Esc');
    expect(shortcutKey('Shift+Mod+z')).toBe(shortcutKey('Mod+Shift+Z'));
  });
});

describe('palette search', () => {
  const entries = [
    { name: 'undo', label: 'Urungkan', labels: ['Urungkan', 'Undo'] },
    { name: 'presentation', label: 'Mode presentasi', labels: ['Mode presentasi', 'Presentation mode'] },
    { name: 'demo', label: 'Buka ruang kerja contoh', labels: ['Buka ruang kerja contoh', 'Open the demo workspace'] },
    {
      name: 'freshDemo',
      label: 'Buka salinan baru ruang kerja contoh',
      labels: ['Buka salinan baru ruang kerja contoh', 'Open a fresh copy of the demo workspace'],
    },
  ];
  const found = (q: string) => matchCommands(q, entries).map((e) => e.name);

  it('finds a command by its name in the other language', () => {
    expect(found('undo')).toEqual(['undo']);
    expect(found('fresh copy')).toEqual(['freshDemo']);
  });

  it('ignores case and accents, and needs every word', () => {
    expect(found('PRÉSENTASI')).toEqual(['presentation']);
    expect(found('demo zzz')).toEqual([]);
  });

  it('puts labels in the current language starting with the query first', () => {
    expect(found('buka')).toEqual(['demo', 'freshDemo']);
    expect(found('contoh salinan')[0]).toBe('freshDemo');
    expect(found('')).toHaveLength(entries.length);
  });
});
