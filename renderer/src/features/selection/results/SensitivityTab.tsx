import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeResults } from '../../../../../shared/domain/selection/results/computeResults';
import { useSensitivity } from '../sensitivity/useSensitivity';
import type { SessionTabProps } from '../SessionTabProps';
import { GroupSensitivityView } from './GroupSensitivityView';
import { LiveRanking } from './LiveRanking';
import { ProblemList } from './ProblemList';
import { clusterNames, groupTables, rankChanges } from './resultRows';
import { SocialCapitalPanel } from './SocialCapitalPanel';
import { isUntouched, overridesOf, rubricWith, type TriedWeights, UNTOUCHED } from './triedWeights';
import { useSentence } from './useSentence';
import { useSessionResults } from './useSessionResults';
import { WeightSliders } from './WeightSliders';
import { WithheldNotice } from './WithheldNotice';
import './results.css';

/**
 * What if the weights were otherwise: sliders re-rank live (here, on the main thread: one
 * computation takes milliseconds), rank changes against the saved weights are shown with arrows
 * and words; per group the smallest single weight change that alters the selection, in a
 * sentence, and the stability interval of every weight (computed off the main thread); social
 * capital switched on or off. The tried weights can be saved to the session's rubric in one step.
 */
export function SensitivityTab({ state, edit }: SessionTabProps) {
  const { t } = useTranslation();
  const word = useSentence();
  const { input, results: saved } = useSessionResults(state);
  const rubric = state.session.rubric;
  const [tried, setTried] = useState<TriedWeights>(UNTOUCHED);
  const overrides = useMemo(() => overridesOf(rubric, tried), [rubric, tried]);
  const live = useMemo(() => computeResults(input, overrides), [input, overrides]);
  const ready = !state.withheld && saved.ok;
  const { result: sensitivity, pending } = useSensitivity(ready ? input : null, overrides);
  const [saving, setSaving] = useState(false);

  const tables = useMemo(() => (live.ok ? groupTables(live) : []), [live]);
  const changes = useMemo(() => (live.ok && saved.ok ? rankChanges(saved, live) : new Map()), [live, saved]);
  const names = useMemo(() => (saved.ok ? clusterNames(saved) : new Map<string, string>()), [saved]);
  const groupNames = useMemo(() => new Map(input.groups.map((g) => [g.id, g.name])), [input]);

  if (state.withheld) return <WithheldNotice />;
  if (!saved.ok) return <ProblemList problems={saved.problems} />;
  const untouched = isUntouched(rubric, tried);
  const save = async () => {
    setSaving(true);
    try {
      await edit('selection.sessions.setRubric', { id: state.session.id, rubric: rubricWith(rubric, tried) });
      // The rubric now holds these weights: the sliders stand at ×1 of it again.
      setTried(UNTOUCHED);
    } catch {
      // Shown as a notification; the tried weights stay on screen.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="lg" data-testid="sensitivity-tab">
      <Text maw="60rem">{t('selectionResults.sensitivity.intro')}</Text>
      <Stack gap="md" data-testid="sensitivity-groups">
        <Group gap="sm">
          <Title order={2} size="h4">
            {t('selectionResults.sensitivity.title')}
          </Title>
          {pending && <Loader size="sm" aria-label={t('selectionResults.sensitivity.computing')} />}
        </Group>
        {!untouched && <Text className="results-note">{t('selectionResults.sensitivity.relative')}</Text>}
        {sensitivity === null ? null : !sensitivity.ok ? (
          <Alert color="orange" data-testid="sensitivity-refused">
            {word({ key: sensitivity.problem.code, params: sensitivity.problem.params })}
          </Alert>
        ) : (
          sensitivity.groups.map((g) => (
            <GroupSensitivityView key={g.groupId} group={g} name={groupNames.get(g.groupId) ?? g.groupId} names={names} rule={state.session.rule} />
          ))
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('selectionResults.sliders.title')}
          </Title>
          <WeightSliders rubric={rubric} tried={tried} onChange={setTried} />
          <Group gap="sm" className="editing-chrome">
            <Button
              variant="default"
              leftSection={<IconRestore size={18} aria-hidden />}
              disabled={untouched}
              onClick={() => setTried(UNTOUCHED)}
              data-testid="weights-reset"
            >
              {t('selectionResults.sliders.reset')}
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              disabled={untouched}
              loading={saving}
              onClick={() => void save()}
              data-testid="weights-save"
            >
              {t('selectionResults.sliders.save')}
            </Button>
          </Group>
          <SocialCapitalPanel input={input} overrides={overrides} tried={tried} onChange={setTried} groupNames={groupNames} clusterNames={names} />
        </Stack>
        <Stack gap="md" data-testid="live-ranking">
          <Title order={2} size="h4">
            {t('selectionResults.live.title')}
          </Title>
          {!live.ok ? (
            <ProblemList problems={live.problems} />
          ) : (
            tables.map((table) => <LiveRanking key={table.group.groupId} table={table} changes={changes} />)
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
