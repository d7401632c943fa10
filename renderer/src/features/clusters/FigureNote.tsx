import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A worded note beside a figure that disagrees with another or leaves something out. The
 * warning is in the words, so it reads the same on a projector and to a screen reader; the
 * icon only draws the eye.
 */
export function FigureNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" data-testid={testId}>
      <IconAlertTriangle size="1.1em" color="var(--mantine-color-orange-8)" aria-hidden style={{ flexShrink: 0, marginTop: '0.15em' }} />
      <Text size="sm" fw={400} ta="left">
        {children}
      </Text>
    </Group>
  );
}
