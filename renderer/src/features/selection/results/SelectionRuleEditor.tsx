import { Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectionRules, type SelectionRule } from '../../../../../shared/domain/selection/codes';
import { type Session, type SessionFields, sessionFieldsSchema } from '../../../../../shared/domain/selection/schemas';
import { useFormatters } from '../../../app/formatters';
import type { SessionEdit } from '../useSelectionSession';
import { useResultFormat } from './resultFormat';

/** The session's own fields, as `selection.sessions.update` takes them whole. */
function fieldsOf(s: Session): SessionFields {
  return {
    name: s.name,
    heldOn: s.heldOn,
    note: s.note,
    scoringMode: s.scoringMode,
    hidden: s.hidden,
    aggregation: s.aggregation,
    rule: s.rule,
    topN: s.topN,
    threshold: s.threshold,
  };
}

/**
 * The selection rule beside the results, editable where the group discusses it: the first N
 * of each group or every cluster at or above a percentage. Each change is one undoable step;
 * a figure the schema refuses says why and changes nothing.
 */
export function SelectionRuleEditor({ session, edit }: { session: Session; edit: SessionEdit }) {
  const { t } = useTranslation();
  const { separators } = useFormatters();
  const fmt = useResultFormat();
  const [draft, setDraft] = useState<{ for: string; value: number | '' } | null>(null);
  const key = session.rule === 'topN' ? 'topN' : 'threshold';
  const stored = session[key];
  // A draft belongs to the rule it was typed for; an undo or another rule shows the stored figure.
  const shown = draft && draft.for === `${key}:${stored}` ? draft.value : stored;
  const parsed = sessionFieldsSchema.safeParse({ ...fieldsOf(session), [key]: shown === '' ? undefined : shown });
  const error = parsed.success ? undefined : t(parsed.error.issues[0]?.message ?? 'validation.number');

  const save = (fields: SessionFields) => void edit('selection.sessions.update', { id: session.id, fields }).catch(() => undefined);
  const commit = () => {
    if (parsed.success && shown !== stored) save(parsed.data);
  };
  const changeRule = (rule: SelectionRule) => {
    setDraft(null);
    save({ ...fieldsOf(session), rule });
  };

  return (
    <Stack gap={4} data-testid="results-rule">
      <Text fw={600} id="results-rule-label" className="editing-chrome">
        {t('selectionResults.rule.label')}
      </Text>
      <Group gap="md" align="flex-start" className="editing-chrome">
        <SegmentedControl
          aria-labelledby="results-rule-label"
          data={selectionRules.map((r) => ({ value: r, label: t(`selection.codes.selectionRules.${r}`) }))}
          value={session.rule}
          onChange={(v) => changeRule(v)}
          data-testid="results-rule-kind"
        />
        <NumberInput
          aria-label={t(key === 'topN' ? 'selectionResults.rule.topN' : 'selectionResults.rule.threshold')}
          value={shown}
          onChange={(v) => setDraft({ for: `${key}:${stored}`, value: typeof v === 'number' ? v : '' })}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          error={error}
          allowDecimal={key === 'threshold'}
          decimalSeparator={separators.decimal}
          allowNegative={false}
          rightSection={key === 'threshold' ? <Text size="sm">%</Text> : undefined}
          hideControls
          w={120}
          data-testid="results-rule-value"
        />
      </Group>
      {/* The rule in words stays in presentation mode, where the controls are hidden. */}
      <Text data-testid="results-rule-text">
        {key === 'topN'
          ? t('selectionResults.rule.topNText', { n: fmt.count(stored) })
          : t('selectionResults.rule.thresholdText', { percent: fmt.percent(stored) })}
      </Text>
    </Stack>
  );
}
