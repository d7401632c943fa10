import { Group, Paper, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { sessionFieldsSchema, type Session, type SessionFields } from '../../../../../shared/domain/selection/schemas';
import { SaveStatusBadge } from '../../../ui/SaveStatusBadge';
import { useAutosave } from '../../../ui/useAutosave';
import type { SessionEdit } from '../useSelectionSession';
import { SessionFieldInputs } from './SessionFieldInputs';

/** The session's fields alone, in one order, so stored and typed values compare as text. */
function fieldsOf(s: SessionFields): SessionFields {
  const { name, heldOn, note, scoringMode, hidden, aggregation, rule, topN, threshold } = s;
  return { name, heldOn, note, scoringMode, hidden, aggregation, rule, topN, threshold };
}

/** The session's fields, committed as they are typed (one undoable step per pause); bad input is named and not stored. */
export function SessionFieldsForm({ session, edit }: { session: Session; edit: SessionEdit }) {
  const { t } = useTranslation();
  const form = useForm<SessionFields>({ resolver: zodResolver(sessionFieldsSchema), defaultValues: fieldsOf(session), mode: 'onChange' });
  const rule = useWatch({ control: form.control, name: 'rule' });
  // What this form last sent: its own save coming back is not put over what is typed since.
  const sent = useRef('');
  const { status, markSaved } = useAutosave(form, sessionFieldsSchema, async (values) => {
    sent.current = JSON.stringify(fieldsOf(values));
    await edit('selection.sessions.update', { id: session.id, fields: fieldsOf(values) });
  });
  const stored = JSON.stringify(fieldsOf(session));
  useEffect(() => {
    if (stored === sent.current) return;
    const fields = JSON.parse(stored) as SessionFields;
    sent.current = stored;
    markSaved(fields);
    form.reset(fields);
  }, [stored, form, markSaved]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="setup-fields-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="setup-fields-title">
          {t('selectionSetup.setup.fieldsTitle')}
        </Title>
        <SaveStatusBadge status={status} />
      </Group>
      <SessionFieldInputs control={form.control} rule={rule} withNote />
    </Paper>
  );
}
