// STUB: replaced by the helper who owns the sensitivity (H7) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function SensitivityTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
