import { Alert, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconEye, IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../../shared/domain/selection/schemas';
import { useFormatters } from '../../../app/formatters';
import { errorMessage } from '../../../app/notify';
import type { SessionEdit } from '../useSelectionSession';
import './scoreGrid.css';

/** Each scorer's progress, in scorer order, with whether they are done. No score is shown or hinted at. */
export function scorerProgress(state: Pick<SessionState, 'scorers' | 'progress'>) {
  const byId = new Map(state.progress.map((p) => [p.scorerId, p]));
  return [...state.scorers]
    .sort((a, b) => a.position - b.position)
    .map((s) => {
      const p = byId.get(s.id);
      const entered = p?.entered ?? 0;
      const expected = p?.expected ?? 0;
      return { id: s.id, name: s.name, entered, expected, done: expected > 0 && entered >= expected };
    });
}

/**
 * Hidden mode's progress: each scorer's count of scores entered against those expected, a tick
 * when done, and the facilitator's "Reveal scores", enabled once every score is in. `large` is the
 * projector's waiting screen ("waiting for 2 scorers"), shown while nobody's scores may be seen.
 */
export function ProgressPanel({ state, edit, large }: { state: SessionState; edit: SessionEdit; large: boolean }) {
  const { t } = useTranslation();
  const { count } = useFormatters();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = scorerProgress(state);
  const waiting = rows.filter((r) => !r.done).length;
  const canReveal = state.session.hidden && !state.session.revealed;
  const reveal = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await edit('selection.sessions.reveal', { id: state.session.id });
    } catch (e) {
      // The service refuses while scores are missing (`scoresIncomplete`): its message says how many.
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p={large ? 'xl' : 'sm'} data-testid="scoring-progress" data-waiting={waiting}>
      <Stack gap={large ? 'md' : 'xs'}>
        {large && (
          <Group gap="sm" wrap="nowrap">
            {waiting > 0 ? <IconHourglass size="2.5rem" aria-hidden /> : <IconCircleCheck size="2.5rem" aria-hidden color="var(--mantine-color-teal-9)" />}
            <Title order={2} size="h2" data-testid="scoring-waiting">
              {waiting > 0 ? t('selectionScoring.progress.waiting', { count: waiting }) : t('selectionScoring.progress.allIn')}
            </Title>
          </Group>
        )}
        {large && waiting > 0 && <Text size="lg">{t('selectionScoring.progress.waitingHint')}</Text>}
        {large ? (
          <Table className="score-progress" withRowBorders={false} verticalSpacing={large ? 'sm' : 4} fz={large ? 'lg' : 'sm'}>
            <caption className="score-grid__sr">{t('selectionScoring.progress.caption')}</caption>
            <Table.Thead className="score-grid__sr">
              <Table.Tr>
                <Table.Th>{t('selectionScoring.progress.scorer')}</Table.Th>
                <Table.Th>{t('selectionScoring.progress.entered')}</Table.Th>
                <Table.Th>{t('selectionScoring.progress.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid="scoring-progress-row" data-done={r.done}>
                  <Table.Td className="wrap-anywhere">{r.name}</Table.Td>
                  <Table.Td w="40%">
                    <Progress
                      value={r.expected === 0 ? 0 : (100 * r.entered) / r.expected}
                      color={r.done ? 'teal.9' : 'blue.7'}
                      size={large ? 'lg' : 'sm'}
                      aria-label={t('selectionScoring.progress.bar', { name: r.name })}
                    />
                    <Text size="md" mt={2}>
                      {t('selectionScoring.progress.count', { entered: count(r.entered), expected: count(r.expected) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.done ? (
                      <Group gap={4} wrap="nowrap" c="teal.9">
                        <IconCircleCheck size="1.2em" aria-hidden />
                        <Text inherit fw={700}>
                          {t('selectionScoring.progress.done')}
                        </Text>
                      </Group>
                    ) : (
                      <Text inherit>{t('selectionScoring.progress.notDone')}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Group gap="lg" wrap="wrap" component="ul" className="score-progress__list" aria-label={t('selectionScoring.progress.caption')}>
            {rows.map((r) => (
              <Group key={r.id} component="li" gap={6} wrap="nowrap" data-testid="scoring-progress-row" data-done={r.done}>
                <Text size="sm" fw={600} className="wrap-anywhere">
                  {r.name}
                </Text>
                <Text size="sm">{t('selectionScoring.progress.count', { entered: count(r.entered), expected: count(r.expected) })}</Text>
                {r.done ? (
                  <Group gap={2} wrap="nowrap" c="teal.9">
                    <IconCircleCheck size="1.1em" aria-hidden />
                    <Text size="sm" fw={700}>
                      {t('selectionScoring.progress.done')}
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm" className="score-grid__sr">
                    {t('selectionScoring.progress.notDone')}
                  </Text>
                )}
              </Group>
            ))}
          </Group>
        )}
        {canReveal && (
          <Group gap="sm">
            <Button
              leftSection={<IconEye size={18} aria-hidden />}
              disabled={waiting > 0 || rows.length === 0}
              loading={busy}
              onClick={() => void reveal()}
              size={large ? 'lg' : 'sm'}
              data-testid="scoring-reveal"
            >
              {t('selectionScoring.progress.reveal')}
            </Button>
            {waiting > 0 && <Text size="sm">{t('selectionScoring.progress.revealWhenDone')}</Text>}
          </Group>
        )}
        {problem && (
          <Alert color="red" role="alert" data-testid="scoring-reveal-problem">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
