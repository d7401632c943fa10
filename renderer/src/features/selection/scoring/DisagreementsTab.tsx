// STUB: replaced by the helper who owns the disagreements (H6) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function DisagreementsTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
