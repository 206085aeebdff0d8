'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** Something fetched for the side panel. */
export type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

/** Loads `load()` whenever `key` changes; `reload` fetches again. */
export function useLoaded<T>(key: string, load: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  // The latest `load` closes over the current props; what triggers a load is `key` or `reload()`.
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    void loadRef.current().then((result) => {
      if (live) setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', message: result.message });
    });
    return () => {
      live = false;
    };
  }, [key, nonce]);
  return [loaded, useCallback(() => setNonce((n) => n + 1), [])] as const;
}
