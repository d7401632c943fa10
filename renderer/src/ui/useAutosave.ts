import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

const DELAY_MS = 300;

/**
 * Commits a form shortly after each change, once it is valid: there is no Save button,
 * and leaving a field, the window or the screen commits what is pending at once. Each commit is one undoable edit.
 * `markSaved` records values loaded from the store so a reload is not saved back.
 */
export function useAutosave<T extends FieldValues>(form: UseFormReturn<T>, save: (values: T) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const lastSaved = useRef<string>('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const running = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const snapshot = JSON.stringify(form.getValues());
    if (snapshot === lastSaved.current) return setStatus('saved');
    if (!(await form.trigger())) return setStatus('invalid');
    setStatus('saving');
    // Saves run one after another so an older value never lands after a newer one.
    running.current = running.current.then(async () => {
      try {
        await saveRef.current(JSON.parse(snapshot) as T);
        lastSaved.current = snapshot;
        setStatus(JSON.stringify(form.getValues()) === snapshot ? 'saved' : 'pending');
      } catch {
        setStatus('failed');
      }
    });
    await running.current;
  }, [form]);

  useEffect(() => {
    const sub = form.watch(() => {
      if (JSON.stringify(form.getValues()) === lastSaved.current) return;
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    // Leaving a field, or the window, commits at once rather than after the pause.
    const flushPending = () => {
      if (timer.current) void flush();
    };
    document.addEventListener('focusout', flushPending);
    window.addEventListener('blur', flushPending);
    return () => {
      sub.unsubscribe();
      document.removeEventListener('focusout', flushPending);
      window.removeEventListener('blur', flushPending);
      flushPending();
    };
  }, [form, flush]);

  const markSaved = useCallback((values: T) => {
    lastSaved.current = JSON.stringify(values);
    setStatus('saved');
  }, []);

  return { status, flush, markSaved };
}
