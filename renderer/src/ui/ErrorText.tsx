import { Alert } from '@mantine/core';

/** An error the user must read before going on, shown where they are working. */
export function ErrorText({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" data-testid="dialog.error">
      {message}
    </Alert>
  );
}
