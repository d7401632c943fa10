import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A plan table in a box of its own that scrolls both ways, its column names kept in view
 * (Mantine's sticky header at the box's top: the page's offset rule does not apply inside it).
 * The box takes focus, so arrow keys scroll it. Borders on every cell, as the printed matrices
 * have them; sizes in rem, so it grows on a projector.
 */
export function ViewTable({
  caption,
  testId,
  minWidth,
  children,
}: {
  caption: string;
  testId: string;
  /** The narrowest the table may get before its box scrolls sideways, in `em` so it follows the table's own type. */
  minWidth?: string;
  children: ReactNode;
}) {
  return (
    <div className="plan-view__scroll" tabIndex={0} role="region" aria-label={caption} data-testid={`${testId}-scroll`}>
      <Table
        stickyHeader
        stickyHeaderOffset={0}
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        className="plan-view__table"
        style={minWidth ? { minWidth } : undefined}
        data-testid={testId}
      >
        <caption className="plan-view__caption">{caption}</caption>
        {children}
      </Table>
    </div>
  );
}
