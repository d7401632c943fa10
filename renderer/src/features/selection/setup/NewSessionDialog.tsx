import { Select, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { sessionFieldsSchema, type Rubric, type RubricSource, type SessionFields, type SessionSummary } from '../../../../../shared/domain/selection/schemas';
import { jicaRubric } from '../../../../../shared/domain/selection/template/jicaRubric';
import { useAppState } from '../../../app/AppState';
import { call } from '../../../app/client';
import { errorMessage } from '../../../app/notify';
import { useWorkspaceData } from '../../../app/useWorkspaceData';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';
import { ErrorText } from '../../../ui/ErrorText';
import { SessionFieldInputs } from './SessionFieldInputs';

/** A new session's fields before the facilitator changes them: each scorer scores, mean, the first of each group. */
export const defaultSessionFields: SessionFields = {
  name: '',
  heldOn: null,
  note: '',
  scoringMode: 'scorers',
  hidden: false,
  aggregation: 'mean',
  rule: 'topN',
  topN: 1,
  threshold: 60,
};

const JICA = 'jica';

/**
 * Starts a scoring session: its fields, and its rubric — JICA's template (the default), a rubric
 * of the library (remembered with its version) or a copy of another session's rubric.
 */
export function NewSessionDialog({ sessions, onClose }: { sessions: SessionSummary[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { setHistory } = useAppState();
  const [, navigate] = useLocation();
  const form = useForm<SessionFields>({ resolver: zodResolver(sessionFieldsSchema), defaultValues: defaultSessionFields, mode: 'onTouched' });
  const rule = useWatch({ control: form.control, name: 'rule' });
  const [source, setSource] = useState(JICA);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: rubrics } = useWorkspaceData(() => call('selection.rubrics.list', {}), [], { tables: ['selection_rubrics'] });

  const sourceOptions = [
    { group: t('selectionSetup.newSession.template'), items: [{ value: JICA, label: t('selectionSetup.newSession.jica') }] },
    {
      group: t('selectionSetup.newSession.library'),
      items: (rubrics ?? []).map((r) => ({
        value: `rubric:${r.id}`,
        label: t('selectionSetup.newSession.libraryRubric', { name: r.name, version: r.version }),
      })),
    },
    {
      group: t('selectionSetup.newSession.otherSessions'),
      items: sessions.map((s) => ({ value: `session:${s.id}`, label: t('selectionSetup.newSession.sessionRubric', { name: s.name }) })),
    },
  ].filter((g) => g.items.length > 0);

  const rubricOfChoice = async (): Promise<{ rubric: Rubric; source: RubricSource | null }> => {
    if (source.startsWith('rubric:')) {
      const stored = await call('selection.rubrics.get', { id: source.slice('rubric:'.length) });
      return { rubric: stored.rubric, source: { id: stored.id, version: stored.version } };
    }
    if (source.startsWith('session:')) {
      const other = await call('selection.sessions.get', { id: source.slice('session:'.length), asScorer: null });
      return { rubric: other.session.rubric, source: null };
    }
    return { rubric: jicaRubric((key) => t(key)), source: null };
  };

  const submit = form.handleSubmit(async (fields) => {
    setFailure(null);
    try {
      const { rubric, source: from } = await rubricOfChoice();
      const created = await call('selection.sessions.create', { fields, rubric, source: from });
      setHistory(await call('workspace.history', {}));
      onClose();
      navigate(`/selection/${encodeURIComponent(created.id)}`);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  });

  return (
    <Dialog opened onClose={onClose} title={t('selectionSetup.newSession.title')} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <SessionFieldInputs control={form.control} rule={rule} />
          <Select
            label={t('selectionSetup.newSession.rubric')}
            description={t('selectionSetup.newSession.rubricHint')}
            data={sourceOptions}
            value={source}
            onChange={(v) => v && setSource(v)}
            allowDeselect={false}
            data-testid="newSession.rubric"
          />
          <ErrorText message={failure} />
          <DialogFooter
            submitLabel={t('selectionSetup.newSession.create')}
            onCancel={onClose}
            busy={form.formState.isSubmitting}
            submitTestId="newSession.create"
          />
        </Stack>
      </form>
    </Dialog>
  );
}
