/**
 * The preview's state as the server pushes it: fetched once from
 * `/api/state` on (re)connecting, then replaced by every event, which
 * carries the whole state. The name of the last event says which phase
 * the build is in.
 */
import { useEffect, useState } from 'react';
import type { PreviewState } from '../state.js';

/** What the last event said: a build started, the HTML or PDF is written, it failed, the checks finished. */
export type Phase = 'connecting' | 'building' | 'html' | 'pdf' | 'error' | 'checks';

const eventNames = ['building', 'html', 'pdf', 'error', 'checks'] as const;

/** Subscribes to the preview's events. */
export function usePreviewState(): { state: PreviewState | undefined; phase: Phase; connected: boolean } {
  const [state, setState] = useState<PreviewState>();
  const [phase, setPhase] = useState<Phase>('connecting');
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let closed = false;
    const source = new EventSource('/events');
    source.onopen = () => {
      setConnected(true);
      fetch('/api/state')
        .then((response) => response.json() as Promise<PreviewState>)
        .then((fresh) => {
          if (closed) return;
          setState(fresh);
          setPhase(fresh.busy ? 'building' : fresh.status === 'error' ? 'error' : 'pdf');
        })
        .catch(() => undefined);
    };
    for (const name of eventNames) {
      source.addEventListener(name, (event) => {
        // The preview's own `error` event carries data; EventSource's connection errors do not.
        if (!(event instanceof MessageEvent)) return setConnected(false);
        setState(JSON.parse(event.data as string) as PreviewState);
        if (name !== 'checks') setPhase(name);
      });
    }
    return () => {
      closed = true;
      source.close();
    };
  }, []);

  return { state, phase, connected };
}
