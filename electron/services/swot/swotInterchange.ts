// STUB: the services helper of this feature replaces this file.
import { emptySwotSection, swotInterchange } from '../../../shared/domain/swot/interchange';
import type { InterchangeSection } from '../feature';

export const swotSection: InterchangeSection = { ...swotInterchange, empty: () => emptySwotSection(), read: () => ({}), write: () => {} };
