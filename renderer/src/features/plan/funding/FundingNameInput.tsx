import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingSource } from '../../../../../shared/domain/plan/types';
import { fundingName } from '../planOptions';

/**
 * A funding source's name, renamed when the field is left or Enter is pressed (one undoable
 * step per rename). A built-in source shows its own name as a hint while it has none given.
 */
export function FundingNameInput({ source, onRename, testId }: { source: FundingSource; onRename: (name: string) => Promise<unknown>; testId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const builtin = source.key ? t(`plan.codes.funding.${source.key}`) : null;
  const commit = () => {
    if (text === null) return;
    // A built-in source given its own name back keeps no name: it then follows the language.
    const name = text.trim() === builtin ? '' : text;
    if (name.trim() === source.name.trim()) return setText(null);
    void onRename(name).then(() => setText(null));
  };
  return (
    <TextInput
      aria-label={t('planEditor.funding.nameOf', { name: fundingName(t, source) })}
      value={text ?? fundingName(t, source)}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid={testId}
    />
  );
}
