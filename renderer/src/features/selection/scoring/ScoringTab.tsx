import { Alert, Button, Stack, Switch, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITATOR } from '../../../../../shared/domain/selection/codes';
import { useAppState } from '../../../app/AppState';
import { useSessionResults } from '../results/useSessionResults';
import type { SessionTabProps } from '../SessionTabProps';
import { ActiveCellLine } from './ActiveCellLine';
import type { GridPosition } from './gridKeys';
import { cellKey, gridModel } from './gridModel';
import type { PastedCell } from './pasteBlock';
import { ProgressPanel } from './ProgressPanel';
import { ScoreGrid, type CommitOutcome } from './ScoreGrid';
import type { CellMark } from './ScoreGridRow';
import { useConsensusCommit } from './useConsensusCommit';

/**
 * Scores go in here. Each scorer scores as the page's "entering as" says (the page asks the
 * service as `asScorer`, so in hidden mode a scorer sees only their own scores), the facilitator
 * may type for someone without a laptop, and the facilitator's view shows the group's aggregate
 * once scores may be seen (before that, the progress of each scorer). In consensus mode the
 * grid holds the consensus: a first entry is noted as the initial consensus, a change or a
 * pasted block asks why (see useConsensusCommit).
 */
export function ScoringTab({ state, edit, asScorer, openTab, focus }: SessionTabProps) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const model = useMemo(() => gridModel(state), [state]);
  const { results } = useSessionResults(state);
  const [byFacilitator, setByFacilitator] = useState(false);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const gridBox = useRef<HTMLDivElement>(null);
  const { session } = state;
  const consensusMode = session.scoringMode === 'consensus';
  const scorer = asScorer ? state.scorers.find((s) => s.id === asScorer) : undefined;

  const consensus = useMemo(() => new Map(state.consensus.map((c) => [cellKey(c.clusterId, c.criterionId), c.value])), [state.consensus]);
  const own = useMemo(
    () => new Map(state.scores.filter((s) => s.scorerId === asScorer).map((s) => [cellKey(s.clusterId, s.criterionId), s.value])),
    [state.scores, asScorer],
  );
  const group = useMemo(() => {
    const values = new Map<string, number>();
    const marks = new Map<string, CellMark>();
    for (const c of results.ok ? results.cells : []) {
      const key = cellKey(c.clusterId, c.criterionId);
      if (c.value !== null) values.set(key, c.value);
      if (c.source === 'consensus') marks.set(key, 'consensus');
      else if (c.source === 'aggregate' && c.scored < c.scorers) marks.set(key, 'partial');
    }
    return { values, marks };
  }, [results]);

  const refocusGrid = () => requestAnimationFrame(() => gridBox.current?.querySelector<HTMLElement>('td[tabindex="0"]')?.focus());

  const consensusCommit = useConsensusCommit({ state, model, consensus, edit, onClosed: refocusGrid });

  const commitScores = useCallback(
    async (cells: PastedCell[]): Promise<CommitOutcome> => {
      if (!asScorer) return { done: false, problem: t('selectionScoring.grid.chooseScorer') };
      await edit('selection.scores.set', { sessionId: session.id, scorerId: asScorer, enteredBy: byFacilitator ? FACILITATOR : asScorer, cells });
      return { done: true };
    },
    [asScorer, byFacilitator, edit, session.id, t],
  );

  if (model.candidates.length === 0 || model.columns.length === 0 || (!consensusMode && state.scorers.length === 0))
    return (
      <Alert icon={<IconInfoCircle aria-hidden />} title={t('selectionScoring.empty.title')} data-testid="scoring-empty">
        <Stack gap="xs" align="flex-start">
          <Text>{t('selectionScoring.empty.body')}</Text>
          <Button variant="default" onClick={() => openTab('setup')}>
            {t('selectionScoring.empty.toSetup')}
          </Button>
        </Stack>
      </Alert>
    );

  const groupView = !consensusMode && !asScorer;
  const view = consensusMode
    ? { values: consensus, marks: undefined, readOnly: null, caption: t('selectionScoring.grid.captionConsensus') }
    : scorer
      ? { values: own, marks: undefined, readOnly: null, caption: t('selectionScoring.grid.captionScorer', { name: scorer.name }) }
      : {
          values: group.values,
          marks: group.marks,
          readOnly: t('selectionScoring.grid.readOnlyGroup'),
          caption: t('selectionScoring.grid.captionGroup', { aggregation: t(`selection.codes.aggregations.${session.aggregation}`) }),
        };

  return (
    <Stack gap="sm" data-testid="scoring-tab" data-view={consensusMode ? 'consensus' : (asScorer ?? 'group')}>
      {scorer && (
        <Switch
          label={t('selectionScoring.picker.byFacilitator', { name: scorer.name })}
          checked={byFacilitator}
          onChange={(e) => setByFacilitator(e.currentTarget.checked)}
          className="editing-chrome"
          data-testid="scoring-by-facilitator"
        />
      )}
      {consensusMode && <Text data-testid="scoring-consensus-mode">{t('selectionScoring.grid.consensusIntro')}</Text>}
      {!consensusMode && session.hidden && !session.revealed && <ProgressPanel state={state} edit={edit} large={groupView && state.withheld} />}
      {!consensusMode && session.hidden && scorer && state.withheld && (
        <Text size="sm" data-testid="scoring-own-only">
          {t('selectionScoring.grid.ownOnly', { name: scorer.name })}
        </Text>
      )}
      {groupView && state.withheld ? null : (
        <div ref={gridBox}>
          <ActiveCellLine model={model} at={active} values={view.values} />
          <ScoreGrid
            key={`${session.scoringMode}:${asScorer ?? ''}`}
            model={model}
            values={view.values}
            marks={view.marks}
            readOnlyReason={view.readOnly}
            onCommit={consensusMode ? consensusCommit.commit : commitScores}
            focus={focus}
            onActiveChange={setActive}
            caption={view.caption}
          />
          {groupView && !results.ok && (
            <Text size="sm" mt="xs" data-testid="scoring-no-aggregate">
              {t('selectionScoring.grid.noAggregate')}
            </Text>
          )}
          {!presentation && (
            <Text size="xs" mt="xs" c="dimmed" className="editing-chrome">
              {t('selectionScoring.grid.keysHint')}
            </Text>
          )}
        </div>
      )}
      {consensusCommit.dialog}
    </Stack>
  );
}
