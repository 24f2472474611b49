/** Who the API says is signed in: the header shows the name `viewer` answers with. */
import { useEffect, useState } from 'react';
import { request, type TypedDocument } from '../lib/client.js';

export interface ViewerSummary {
  viewer: {
    name: string | null;
    subject: string;
    roles: string[];
    agency: { name: string; abbreviation: string | null };
  } | null;
}

const VIEWER: TypedDocument<ViewerSummary, Record<string, never>> = {
  toString: () => 'query WebViewerName { viewer { name subject roles agency { name abbreviation } } }',
};

/** The viewer while signed in; null before the answer, or when it failed (the pages say why). */
export function useViewer(signedIn: boolean): ViewerSummary['viewer'] {
  const [viewer, setViewer] = useState<ViewerSummary['viewer']>(null);
  useEffect(() => {
    if (!signedIn) {
      setViewer(null);
      return;
    }
    const controller = new AbortController();
    request(VIEWER, {}, controller.signal).then(
      (data) => setViewer(data.viewer),
      () => setViewer(null),
    );
    return () => controller.abort();
  }, [signedIn]);
  return viewer;
}
