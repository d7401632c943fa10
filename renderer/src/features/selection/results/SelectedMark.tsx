import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "✓ Selected" in bold with its word, or a dash that screen readers hear as "not selected": never colour alone. */
export function SelectedMark({ selected }: { selected: boolean }) {
  const { t } = useTranslation();
  if (selected)
    return (
      <Text span fw={700} c="teal.9" className="results-selected">
        ✓ {t('selectionResults.table.selected')}
      </Text>
    );
  return (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>{t('selectionResults.table.notSelected')}</VisuallyHidden>
    </>
  );
}
