import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The row under a list where one more (group, scorer) is named: the name field given as `children`, then the add button; Enter adds too. */
export function NewNameForm({ onSubmit, addLabel, addTestId, children }: { onSubmit: () => void; addLabel: string; addTestId: string; children: ReactNode }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className="editing-chrome"
    >
      <Group align="flex-start">
        {children}
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} data-testid={addTestId}>
          {addLabel}
        </Button>
      </Group>
    </form>
  );
}
