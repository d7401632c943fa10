// STUB: replaced by the helper who owns the results (H7) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function ResultsTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
