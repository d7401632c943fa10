import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { rubricSchema, type Rubric } from '../../../../../shared/domain/selection/schemas';
import { fieldErrors } from '../../../ui/issues';
import { DimensionCard } from './DimensionCard';
import { draftOf, moved, newDimension, rubricOf, sumOfMaxima, type DimensionDraft } from './rubricDraft';

/**
 * Edits a rubric: its dimensions (name, description, stated total, weight, optional, on/off)
 * and their criteria, added, removed and reordered by buttons. Every rule of the rubric schema
 * is checked while typing, and nothing is saved while one fails. `extra` sits above the save
 * button (a session's warning about the scores a change deletes). Give it a `key` that changes
 * with the stored rubric, so an undo or a save shows the stored one.
 */
export function RubricEditor({
  initial,
  onSave,
  saveLabel,
  onCancel,
  extra,
  unsaved = false,
}: {
  initial: Rubric;
  onSave: (rubric: Rubric) => Promise<void>;
  saveLabel: string;
  onCancel?: () => void;
  extra?: (next: Rubric) => ReactNode;
  /** The rubric shown is not stored yet (a new one from the template): saving it as it is is allowed. */
  unsaved?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [dirty, setDirty] = useState(unsaved);
  const [saving, setSaving] = useState(false);
  const rubric = useMemo(() => rubricOf(draft), [draft]);
  const parsed = useMemo(() => rubricSchema.safeParse(rubric), [rubric]);
  const errors = fieldErrors(parsed.error);

  const message = (path: string): string | undefined => {
    const key = errors[path];
    if (!key) return undefined;
    // The schema's own bounds without a catalog key (a total of 0) still read as a message.
    if (!i18n.exists(key)) return t('selectionSetup.rubric.invalidValue');
    const dim = /^dimensions\.(\d+)\.total$/.exec(path);
    const d = dim ? draft.dimensions[Number(dim[1])] : undefined;
    return d ? t(key, { sum: sumOfMaxima(d), total: d.total }) : t(key);
  };
  const change = (next: typeof draft) => {
    setDraft(next);
    setDirty(true);
  };
  const setDimensions = (dimensions: DimensionDraft[]) => change({ ...draft, dimensions });
  const save = async () => {
    if (!parsed.success) return;
    setSaving(true);
    try {
      await onSave(parsed.data);
      setDirty(false);
    } catch {
      // The failure was shown where the call was made; the draft stays for another try.
    } finally {
      setSaving(false);
    }
  };
  const problems = parsed.error?.issues.length ?? 0;

  return (
    <Stack gap="md" data-testid="rubric.editor">
      <TextInput
        label={t('selectionSetup.rubric.name')}
        withAsterisk
        value={draft.name}
        onChange={(e) => change({ ...draft, name: e.currentTarget.value })}
        error={message('name')}
        data-testid="rubric.name"
      />
      <Textarea
        label={t('selectionSetup.rubric.note')}
        description={t('selectionSetup.rubric.noteHint')}
        autosize
        minRows={2}
        value={draft.note}
        onChange={(e) => change({ ...draft, note: e.currentTarget.value })}
        error={message('note')}
        data-testid="rubric.note"
      />
      {message('dimensions') && (
        <Text c="red.9" size="sm" data-testid="rubric.error">
          {message('dimensions')}
        </Text>
      )}
      {draft.dimensions.map((d, i) => (
        <DimensionCard
          key={d.uid}
          dimension={d}
          index={i}
          count={draft.dimensions.length}
          error={(path) => message(`dimensions.${i}.${path}`)}
          onChange={(next) => setDimensions(draft.dimensions.map((x, k) => (k === i ? next : x)))}
          onMove={(by) => setDimensions(moved(draft.dimensions, i, by))}
          onRemove={() => setDimensions(draft.dimensions.filter((_, k) => k !== i))}
        />
      ))}
      <Group className="editing-chrome">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setDimensions([...draft.dimensions, newDimension()])}
          data-testid="rubric.addDimension"
        >
          {t('selectionSetup.rubric.addDimension')}
        </Button>
      </Group>
      {parsed.success && extra?.(parsed.data)}
      {problems > 0 && (
        <Alert color="orange" data-testid="rubric.invalid">
          {t('selectionSetup.rubric.notSaved', { count: problems })}
        </Alert>
      )}
      <Group justify="flex-end" className="editing-chrome">
        {onCancel && (
          <Button variant="default" onClick={onCancel} data-testid="rubric.cancel">
            {t('common.cancel')}
          </Button>
        )}
        <Button onClick={() => void save()} disabled={!parsed.success || !dirty} loading={saving} data-testid="rubric.save">
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}
