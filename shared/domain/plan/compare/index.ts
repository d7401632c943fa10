/** Comparing two versions of a plan (the frozen forum version and the draft). */
export { comparePlans, changeCount, isSameDoc } from './comparePlans';
export { rowsChanged } from './rowsDiff';
export * from './planDiff';
