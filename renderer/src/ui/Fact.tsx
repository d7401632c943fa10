import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a read-only view: small label, large value, an em dash when empty. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text className="profile-label" size="sm">
        {label}
      </Text>
      <Text className="profile-value wrap-anywhere" size="lg">
        {children || '—'}
      </Text>
    </div>
  );
}
