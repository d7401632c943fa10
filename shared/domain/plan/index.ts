/** The cluster plan's pure logic (issue 9): tables, totals, checks, comparison, wording and defaults. */
export * from './views';
export { checkPlan, planCheckCodes, type PlanCheck, type PlanCheckCode, type PlanCheckTarget } from './checks';
export { wordCheckParams } from './checks/wordCheckParams';
export * from './compare';
export { amountInWords } from './words/amountInWords';
export { formatLongDate, formatMonth, formatMonthSpan } from './words/formatMonthSpan';
export { monthAbbreviations, monthNames, type PlanLang } from './words/monthNames';
export { defaultPlanHeader, emptyProgram } from './defaults';
