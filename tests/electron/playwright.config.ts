import { defineConfig } from '@playwright/test';

/** The same kind of journey through the real Electron shell, where an Electron binary exists. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
