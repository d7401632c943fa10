import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How many rows a comparison table lists: enough to read in a meeting, few enough for a 2,000-actor map. */
export const ROWS_SHOWN = 200;

/** The note under a table that lists only its first rows. */
export function MoreRows({ total }: { total: number }) {
  const { t } = useTranslation();
  if (total <= ROWS_SHOWN) return null;
  return (
    <Text size="sm" mt={4}>
      {t('stakeholderSnapshots.diff.moreRows', { count: total - ROWS_SHOWN })}
    </Text>
  );
}
