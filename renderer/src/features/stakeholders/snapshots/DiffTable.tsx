import { Group, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { MoreRows } from './MoreRows';

/** A column of a comparison table: its heading, and whether it holds figures (set to the right). */
export interface DiffColumn {
  label: string;
  numeric?: boolean;
}

interface Props {
  /** The heading's id, which names the section and the table for screen readers. */
  titleId: string;
  title: string;
  /** A control beside the heading (it is then set in a row with it). */
  aside?: ReactNode;
  /** A sentence under the heading. */
  intro?: string;
  columns: DiffColumn[];
  /** What to say instead of the table when no row changed; without it the table is always shown. */
  empty?: string;
  /** How many rows there are in all (the children are the first of them). */
  total: number;
  testId: string;
  children: ReactNode;
}

/** One table of a comparison of two map states, under its heading, with a note when only its first rows are listed. */
export function DiffTable({ titleId, title, aside, intro, columns, empty, total, testId, children }: Props) {
  const heading = (
    <Title order={3} size="h5" id={titleId} mb={aside === undefined ? 4 : undefined}>
      {title}
    </Title>
  );
  return (
    <section aria-labelledby={titleId}>
      {aside === undefined ? (
        heading
      ) : (
        <Group justify="space-between" align="flex-end" mb={4}>
          {heading}
          {aside}
        </Group>
      )}
      {intro && (
        <Text size="sm" mb={4}>
          {intro}
        </Text>
      )}
      {empty !== undefined && total === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table striped withTableBorder aria-labelledby={titleId} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c, i) => (
                <Table.Th key={i} scope="col" ta={c.numeric ? 'right' : undefined}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      )}
      <MoreRows total={total} />
    </section>
  );
}

/** A cell listing lines of words (the fields that changed), each wrapped anywhere. */
export function LinesCell({ lines }: { lines: string[] }) {
  return (
    <Table.Td>
      {lines.map((d, i) => (
        <div key={i} className="wrap-anywhere">
          {d}
        </div>
      ))}
    </Table.Td>
  );
}
