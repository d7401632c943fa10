import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The head of a table's row-actions column: no visible text (the buttons say what they do), a name for screen readers. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <Table.Th className="editing-chrome">
      <VisuallyHidden>{t('selectionSetup.row.actions')}</VisuallyHidden>
    </Table.Th>
  );
}
