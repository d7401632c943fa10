import { useEffect } from 'react';

/**
 * A new page starts at its top: on changing section or record, and on entering presentation
 * mode, where the room should see the page's title first, not wherever the editor had scrolled.
 */
export function useScrollToTop(location: string, presentation: boolean): void {
  useEffect(() => {
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  }, [location, presentation]);
}
