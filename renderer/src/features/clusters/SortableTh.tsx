import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortDirection } from '../../../../shared/domain/clusters/sortRows';

/**
 * A column header that sorts its table: a real button (click, Enter or Space), with `aria-sort`
 * on the sorted column only, as ARIA asks, so screen readers say which way the list runs.
 */
export function SortableTh({
  direction,
  onSort,
  numeric,
  testId,
  children,
}: {
  direction: SortDirection | null;
  onSort: () => void;
  numeric?: boolean;
  testId: string;
  children: ReactNode;
}) {
  const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th
      ta={numeric ? 'right' : undefined}
      className={numeric ? 'num' : undefined}
      aria-sort={direction === null ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
      data-testid={testId}
    >
      <UnstyledButton onClick={onSort} fw="inherit" fz="inherit">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={16} aria-hidden opacity={direction === null ? 0.45 : 1} style={{ flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
