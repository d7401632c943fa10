// STUB: replaced by the helper who owns the scorers compared (H7) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function ScorersTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
