import { useEffect, useState } from 'react';

/**
 * State that outlives its screen for the rest of the session (a list's filter and search,
 * kept while a facilitator opens one record and comes back), but not a restart.
 */
export function useSessionState(key: string, initial: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => sessionStorage.getItem(key) ?? initial);
  useEffect(() => {
    sessionStorage.setItem(key, value);
  }, [key, value]);
  return [value, setValue];
}
