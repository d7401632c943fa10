import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A labelled value in a read-only view: small label, large value, an em dash when empty, and
 * a note under the value when the figure needs a word (it disagrees with another one).
 */
export function Fact({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div>
      <Text className="profile-label" size="sm">
        {label}
      </Text>
      <Text className="profile-value wrap-anywhere" size="lg">
        {children || '—'}
      </Text>
      {note}
    </div>
  );
}
