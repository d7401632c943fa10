// STUB: replaced by the helper who owns the setup (H5) tab.
import type { SessionTabProps } from '../SessionTabProps';

export function SetupTab(_props: SessionTabProps) {
  return <div data-testid="selection-stub" />;
}
