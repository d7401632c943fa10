import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One panel of the session's setup: a section named by its heading, with a line saying what it is for. */
export function SetupSection({ titleId, title, intro, children }: { titleId: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack>
        <div>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {intro}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
