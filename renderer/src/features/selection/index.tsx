import { IconListNumbers } from '@tabler/icons-react';
import type { RendererFeature } from '../../app/feature';
import { RubricLibraryPage } from './rubrics/RubricLibraryPage';
import { SessionPage } from './SessionPage';
import { SessionsPage } from './SessionsPage';

/** Site selection (issue 8): scoring sessions on Porter's diamond plus social capital, results and sensitivity. */
export const selectionFeature: RendererFeature = {
  name: 'selection',
  sections: [{ path: '/selection', labelKey: 'selection.nav', icon: IconListNumbers, testId: 'selection' }],
  routes: [
    { path: '/selection', render: () => <SessionsPage /> },
    { path: '/selection/rubrics', render: () => <RubricLibraryPage /> },
    { path: '/selection/:sessionId', render: ({ sessionId }) => <SessionPage key={sessionId} sessionId={decodeURIComponent(sessionId!)} /> },
  ],
};
