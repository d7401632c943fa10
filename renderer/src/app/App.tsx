import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppStateProvider } from './AppState';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from './theme';

/** Composes providers and the shell; screens live in features/. */
export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <Router hook={useHashLocation}>
        <AppStateProvider>
          <Shell />
        </AppStateProvider>
      </Router>
    </MantineProvider>
  );
}
