import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The top of a site-selection list page: its heading and a line on what it holds, with the page's buttons to the right. */
export function PageHeader({ title, intro, actions }: { title: string; intro: string; actions: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} size="h3">
          {title}
        </Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      <Group className="editing-chrome">{actions}</Group>
    </Group>
  );
}
