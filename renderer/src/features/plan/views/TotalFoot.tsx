import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A plan table's closing "Jumlah" row: the label spans the columns before the amount's, and any
 * columns after it stay blank.
 */
export function TotalFoot({ labelSpan, amount, testId, blankAfter = 0 }: { labelSpan: number; amount: string; testId: string; blankAfter?: number }) {
  const { t } = useTranslation();
  return (
    <Table.Tfoot>
      <Table.Tr className="plan-view__total">
        <Table.Th colSpan={labelSpan} scope="row">
          {t('planViews.columns.total')}
        </Table.Th>
        <Table.Td className="num" data-testid={testId}>
          {amount}
        </Table.Td>
        {blankAfter > 0 && <Table.Td colSpan={blankAfter} />}
      </Table.Tr>
    </Table.Tfoot>
  );
}
