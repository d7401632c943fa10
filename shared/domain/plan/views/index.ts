/** The plan's tables as rows (issue 9); see planRows.ts for what each holds. */
export type { ActionMatrixRow, BudgetTotals, GanttRow, OperationRow, PdmRow, Table51Row } from './planRows';
export { table51Rows } from './table51Rows';
export { actionMatrixRows } from './actionMatrixRows';
export { pdmRows, operationRows } from './pdmRows';
export { barCovers, ganttRows } from './ganttRows';
export { budgetTotals, type BudgetTotalsInput } from './budgetTotals';
export { monthIndex, monthSpan, outsideYear } from './months';
export { activityTotals, programTotal } from './programSums';
