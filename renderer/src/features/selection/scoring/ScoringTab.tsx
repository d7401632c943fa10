// STUB: replaced by the helper who owns the scoring grid (H6) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function ScoringTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
