import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupNameSchema } from '../../../../../shared/domain/selection/schemas';

/**
 * A name edited in place (a group, a scorer): committed as one step when the field is left or
 * Enter is pressed, put back with Escape; an empty or too long name is refused and changes nothing.
 */
export function InlineNameInput({
  value,
  label,
  onCommit,
  testId,
}: {
  value: string;
  label: string;
  onCommit: (name: string) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  // What is typed, with the stored name it was typed over: once the stored name changes (a save,
  // an undo, a redo) the field shows the stored one again.
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  const text = draft?.over === value ? draft.text : value;
  const setText = (next: string) => setDraft({ text: next, over: value });
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (text.trim() === value) return setError(null);
    const parsed = groupNameSchema.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'validation.required');
    setError(null);
    void onCommit(parsed.data).catch(() => setText(value));
  };
  return (
    <TextInput
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setText(value);
          setError(null);
        }
      }}
      error={error && t(error)}
      data-testid={testId}
    />
  );
}
