// STUB: replaced by the helper who owns the log (H6) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function LogTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
