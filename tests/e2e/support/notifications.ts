import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';

/**
 * Closes the notifications on screen before an axe check of a view; their texts go to the test's
 * annotations (an error shown there is worth reading in the report). One at a time, with the pointer
 * taken away after each: Mantine pauses a notification's timer while the pointer is over it, and the
 * stack moves as one closes, so the next one could slide under the pointer and stay for good.
 */
export async function closeNotifications(page: Page): Promise<void> {
  const shown = page.locator('.mantine-Notification-root');
  const texts = await shown.allTextContents();
  await expect(async () => {
    const close = page.locator('.mantine-Notification-closeButton').first();
    if ((await close.count()) > 0) {
      // A notification may close by itself meanwhile: then there is nothing left to check.
      const named = await close.getAttribute('aria-label', { timeout: 1_000 }).catch(() => 'gone');
      expect.soft(named, 'a notification close button has an accessible name (axe button-name)').toBeTruthy();
      await close.click({ timeout: 1_000 }).catch(() => undefined);
    }
    await page.mouse.move(0, 0);
    await expect(shown).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  for (const description of texts) test.info().annotations.push({ type: 'notification', description });
}

/** Axe over a view with the notifications on it closed first (they stand over the view, and are checked where they are made). */
export async function expectAccessibleWithoutNotifications(page: Page, where: string): Promise<void> {
  await closeNotifications(page);
  await expectAccessible(page, where);
}
