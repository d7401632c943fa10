import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/domain/selection/schemas';
import { useFormatters } from '../../app/formatters';
import { formatHeldOn } from './setup/formatHeldOn';
import { SessionStatusBadge } from './setup/SessionStatusBadge';

const FACILITATOR_VIEW = 'facilitator';

/**
 * A session's title and key facts (date, scoring mode, hidden or revealed, rubric and version),
 * and whose eyes the screen is seen through: the facilitator's, or one scorer's at their laptop.
 */
export function SessionHeader({ state, asScorer, setAsScorer }: { state: SessionState; asScorer: string | null; setAsScorer: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const { session } = state;
  const fact = (label: string, value: string, testId: string) => (
    <Text size="sm" data-testid={testId}>
      <Text span c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      <Text span fw={600} size="sm">
        {value}
      </Text>
    </Text>
  );
  const viewOptions = [
    { value: FACILITATOR_VIEW, label: t('selection.facilitator') },
    ...[...state.scorers].sort((a, b) => a.position - b.position).map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <Stack gap={6} mb="sm">
      <Anchor href="#/selection" size="sm" className="editing-chrome" data-testid="session.back">
        {t('selectionSetup.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h3" className="wrap-anywhere" data-testid="session.title">
            {session.name}
          </Title>
          <Group gap="lg" wrap="wrap">
            {fact(t('selectionSetup.page.date'), formatHeldOn(session.heldOn, locale), 'session.fact.date')}
            {fact(t('selectionSetup.page.mode'), t(`selection.codes.scoringModes.${session.scoringMode}`), 'session.fact.mode')}
            {fact(
              t('selectionSetup.page.rubric'),
              t('selectionSetup.rubric.nameVersion', { name: session.rubric.name, version: session.rubricVersion }),
              'session.fact.rubric',
            )}
            <SessionStatusBadge hidden={session.hidden} revealed={session.revealed} />
          </Group>
        </Stack>
        {session.scoringMode === 'scorers' && state.scorers.length > 0 && (
          <Select
            label={t('selectionSetup.page.enteringAs')}
            data={viewOptions}
            value={asScorer ?? FACILITATOR_VIEW}
            onChange={(v) => setAsScorer(!v || v === FACILITATOR_VIEW ? null : v)}
            allowDeselect={false}
            w={340}
            className="editing-chrome"
            data-testid="session.enteringAs"
          />
        )}
      </Group>
    </Stack>
  );
}
