import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core over what the page shows now and allows no serious or critical finding
 * (contrast below WCAG AA, unlabelled controls, broken ARIA). Each finding is listed with the
 * elements it concerns, so a failure says what to fix. `narrow` leaves out what axe cannot
 * enter (a frame sandboxed without scripts, which it would wait for until the test times out).
 */
export async function expectAccessible(page: Page, where: string, narrow: (axe: AxeBuilder) => AxeBuilder = (axe) => axe): Promise<void> {
  // Let transitions (dialogs, the presentation theme) finish: axe reads colours as painted.
  await page.waitForTimeout(250);
  const { violations } = await narrow(new AxeBuilder({ page })).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()).join(' | ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}
