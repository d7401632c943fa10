import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiCallError } from './client';

/** The user-facing text of any failure: the catalog entry for its code, in the current language. */
export function errorMessage(e: unknown): string {
  const apiError = e instanceof ApiCallError ? e.apiError : { code: 'internal' };
  // A parameter may itself be a catalog key (a validation message inside an import error).
  const params = Object.fromEntries(
    Object.entries(apiError.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('validation.') ? i18next.t(v) : v]),
  );
  return i18next.t(`errors.${apiError.code}`, params);
}

export function notifyError(e: unknown): void {
  notifications.show({ color: 'red', title: i18next.t('common.errorTitle'), message: errorMessage(e), autoClose: 8000 });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
