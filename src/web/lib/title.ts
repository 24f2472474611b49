/** Each page names itself in the document title (screen readers announce it on navigation). */
import { useEffect } from 'react';

export const APP_NAME = 'Talent Marketplace';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}
