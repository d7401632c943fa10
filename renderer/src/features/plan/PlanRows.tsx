import type { FieldValues } from 'react-hook-form';
import { RowsField, type RowsFieldProps } from '../../ui/RowsField';

/**
 * A table of a plan's rows (targets, indicators, activities, budget lines): wide, so it scrolls
 * sideways. Every new row gets its own id from `makeRow`, since the service keeps rows by id.
 */
export function PlanRows<T extends FieldValues>(props: Omit<RowsFieldProps<T>, 'layout'>) {
  return <RowsField {...props} layout="wide" />;
}
