import { AppShell, Center, Loader, NavLink } from '@mantine/core';
import { IconBuildingFactory2, IconClipboardText } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { onMenuCommand } from './client';
import { useAppState } from './AppState';
import { Header } from './Header';
import { useCommands } from './useCommands';
import { useKeyboard } from './useKeyboard';
import { AppDialogs } from '../features/workspace/AppDialogs';
import { StartScreen } from '../features/workspace/StartScreen';
import { ProgramPage } from '../features/clusters/ProgramPage';
import { ClusterListPage } from '../features/clusters/ClusterListPage';
import { ClusterDetailPage } from '../features/clusters/ClusterDetailPage';

/** Layout, navigation and routes. A feature adds its nav link and routes here. */
export function Shell() {
  const { t } = useTranslation();
  const { info, workspace, presentation } = useAppState();
  const run = useCommands();
  const [location, navigate] = useLocation();
  useKeyboard(run, presentation);
  useEffect(() => onMenuCommand((c, arg) => void run(c, arg)), [run]);

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
        <NavLink
          label={t('nav.program')}
          leftSection={<IconClipboardText size={20} />}
          active={location === '/program'}
          onClick={() => navigate('/program')}
          data-testid="nav.program"
        />
        <NavLink
          label={t('nav.clusters')}
          leftSection={<IconBuildingFactory2 size={20} />}
          active={location.startsWith('/clusters')}
          onClick={() => navigate('/clusters')}
          data-testid="nav.clusters"
        />
      </AppShell.Navbar>
      <AppShell.Main>
        {workspace ? (
          <Switch>
            <Route path="/program" component={ProgramPage} />
            <Route path="/clusters" component={ClusterListPage} />
            <Route path="/clusters/:id">{(p) => <ClusterDetailPage id={p.id} />}</Route>
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
