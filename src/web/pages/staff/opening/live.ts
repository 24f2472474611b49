/** Live status while the page is open: the opening's events over SSE; each one refreshes the page's data. */
import { useEffect, useState } from 'react';
import { subscribe } from '../../../lib/subscribe.js';
import { enumLabel } from '../../../lib/format.js';
import { OpeningEvents } from './queries.js';

export interface LiveState {
  /** The last event, in words, for the live region. */
  lastEvent: string | null;
  connected: boolean;
}

export function useOpeningEvents(openingId: string, onEvent: () => void): LiveState {
  const [state, setState] = useState<LiveState>({ lastEvent: null, connected: false });
  useEffect(() => {
    return subscribe(
      OpeningEvents,
      { opening: openingId },
      {
        onData: (data) => {
          const e = data.marketplaceEvents;
          const time = new Date(e.occurredAt).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
          setState((s) => ({ ...s, lastEvent: `${enumLabel(e.kind)} at ${time}` }));
          onEvent();
        },
        onConnectionChange: (connected) => setState((s) => ({ ...s, connected })),
      },
    );
    // onEvent is a refetch callback with a stable identity.
  }, [openingId, onEvent]);
  return state;
}
