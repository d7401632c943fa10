import type { AppCallName, AppInfo } from '../../../shared/contract/app';
import { AppError } from '../../../shared/contract/errors';
import type { HandlerMap, ServiceEnv } from '../types';
import type { SettingsStore } from './SettingsStore';

type AppCalls = AppCallName;

/**
 * App-level calls as served under plain Node (browser mode, tests). The Electron main
 * process replaces the three that need a window: pickers, full screen, the OS browser.
 */
export function appHandlers(env: ServiceEnv, settings: SettingsStore): HandlerMap<AppCalls> {
  const info = (): AppInfo => ({
    version: env.appVersion,
    host: env.host,
    language: settings.language,
    defaultDir: env.defaultDir,
    dataDir: env.dataDir,
    firstRun: settings.recent.length === 0,
  });
  return {
    'app.info': () => info(),
    'app.setLanguage': ({ language }) => {
      settings.setLanguage(language);
      return info();
    },
    'app.pickPath': () => {
      throw new AppError('unsupportedHere');
    },
    'app.setFullScreen': () => false,
    'app.openExternal': () => {
      throw new AppError('unsupportedHere');
    },
  };
}
