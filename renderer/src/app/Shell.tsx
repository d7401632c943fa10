import { AppShell, Center, Loader, NavLink } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { onMenuCommand } from './client';
import { useAppState } from './AppState';
import { CommandPalette } from './commands/CommandPalette';
import { CommandsProvider } from './commands/CommandsProvider';
import { useCommands } from './commands/commandsContext';
import { useShortcuts } from './commands/useShortcuts';
import { Header } from './Header';
import { isActive, navItems } from './navigation';
import { holdCloseForPendingEdits } from './pendingEdits';
import { useScrollToTop } from './useScrollToTop';
import { AppDialogs } from '../features/workspace/AppDialogs';
import { StartScreen } from '../features/workspace/StartScreen';
import { features } from './features';

/** The shell with its command list: menus, keyboard and palette all run commands through it. */
export function Shell() {
  return (
    <CommandsProvider>
      <Layout />
    </CommandsProvider>
  );
}

/** Layout, navigation and every feature's routes (renderer/src/app/features.ts). */
function Layout() {
  const { t } = useTranslation();
  const { info, workspace, presentation } = useAppState();
  const { run } = useCommands();
  const [location] = useLocation();
  useShortcuts();
  useScrollToTop(location, presentation);
  useEffect(() => onMenuCommand((c, arg) => void run(c, arg)), [run]);
  useEffect(holdCloseForPendingEdits, []);

  if (!info) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  const showNav = workspace !== null && !presentation;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 0, collapsed: { desktop: !showNav, mobile: !showNav } }} padding="lg">
      <AppShell.Header>
        <Header />
      </AppShell.Header>
      {/* Collapsed, the sidebar only slides out of view: inert keeps Tab and screen readers out of it. */}
      <AppShell.Navbar p="xs" inert={!showNav}>
        {navItems.map((item) => (
          // A real link (hash route), so Tab reaches it and Enter follows it.
          <NavLink
            key={item.path}
            href={`#${item.path}`}
            label={t(item.labelKey)}
            leftSection={<item.icon size={20} />}
            active={isActive(item, location)}
            data-testid={`nav.${item.testId}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {workspace ? (
          <Switch>
            {features
              .flatMap((f) => f.routes ?? [])
              .map((r) => (
                <Route key={r.path} path={r.path}>
                  {(params: Record<string, string>) => r.render(params)}
                </Route>
              ))}
            <Route>
              <Redirect to="/clusters" />
            </Route>
          </Switch>
        ) : (
          <StartScreen run={run} />
        )}
      </AppShell.Main>
      <AppDialogs />
      <CommandPalette />
    </AppShell>
  );
}
