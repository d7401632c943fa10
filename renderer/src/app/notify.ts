import { notifications, type NotificationData } from '@mantine/notifications';
import i18next from 'i18next';
import { wordParams } from '../../../shared/i18n/wordParams';
import { ApiCallError } from './client';

/** The user-facing text of any failure: the catalog entry for its code, in the current language. */
export function errorMessage(e: unknown): string {
  const apiError = e instanceof ApiCallError ? e.apiError : { code: 'internal' };
  return i18next.t(
    `errors.${apiError.code}`,
    wordParams(apiError.params ?? {}, (key, values) => i18next.t(key, values)),
  );
}

/**
 * Every notification goes through here: its close button (an icon only) needs a name for screen
 * readers, in the language shown when it appears.
 */
function show(data: NotificationData): void {
  notifications.show({ ...data, closeButtonProps: { 'aria-label': i18next.t('common.closeNotification') } });
}

export function notifyError(e: unknown): void {
  show({ color: 'red', title: i18next.t('common.errorTitle'), message: errorMessage(e), autoClose: 8000 });
}

/** A short confirmation; one that changes which file is open stays longer (`long`). */
export function notifyDone(message: string, long = false): void {
  show({ color: 'teal', message, autoClose: long ? 10_000 : 3000 });
}

/** Input left in error on a screen the user has left: everything else was committed. */
export function notifyNotSaved(): void {
  // One id: the screen being left and the call that replaces it may both report the same input.
  show({ id: 'not-saved', color: 'orange', title: i18next.t('save.notSavedTitle'), message: i18next.t('save.notSavedMessage'), autoClose: 8000 });
}
