import { AppShell, Center, Loader, NavLink } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { onMenuCommand } from './client';
import { useAppState } from './AppState';
import { Header } from './Header';
import { isActive, navItems } from './navigation';
import { holdCloseForPendingEdits } from './pendingEdits';
import { useCommands } from './useCommands';
import { useKeyboard } from './useKeyboard';
import { AppDialogs } from '../features/workspace/AppDialogs';
import { StartScreen } from '../features/workspace/StartScreen';
import { ProgramPage } from '../features/clusters/ProgramPage';
import { ClusterListPage } from '../features/clusters/ClusterListPage';
import { ClusterDetailPage } from '../features/clusters/ClusterDetailPage';

/** Layout, navigation and routes. A feature adds its routes here and its section to navigation.tsx. */
export function Shell() {
  const { t } = useTranslation();
  const { info, workspace, presentation } = useAppState();
  const run = useCommands();
  const [location] = useLocation();
  useKeyboard(run, presentation);
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
        <Header run={run} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
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
            <Route path="/program" component={ProgramPage} />
            <Route path="/clusters" component={ClusterListPage} />
            {/* Keyed by id: going from one cluster straight to another unmounts the first, which
                commits its pending edit under its own id before the second loads. */}
            <Route path="/clusters/:id">{(p) => <ClusterDetailPage key={p.id} id={p.id} />}</Route>
            <Route>
              <Redirect to="/clusters" />
            </Route>
          </Switch>
        ) : (
          <StartScreen run={run} />
        )}
      </AppShell.Main>
      <AppDialogs />
    </AppShell>
  );
}
