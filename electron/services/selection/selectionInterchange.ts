// STUB: the services helper of this feature replaces this file.
import { emptySelectionSection, selectionInterchange } from '../../../shared/domain/selection/interchange';
import type { InterchangeSection } from '../feature';

export const selectionSection: InterchangeSection = { ...selectionInterchange, empty: () => emptySelectionSection(), read: () => ({}), write: () => {} };
