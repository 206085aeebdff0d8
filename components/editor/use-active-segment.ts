'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * The segment being worked on. `focus` also asks its row to scroll into view and take the keyboard;
 * `activate` follows focus the translator moved themselves. The URL names the active segment, so a
 * link or a reload comes back to it.
 */
export function useActiveSegment(requestedId: string | null, exists: (id: string) => boolean) {
  const [activeId, setActiveId] = useState(() => (requestedId !== null && exists(requestedId) ? requestedId : null));
  // A segment named in the URL is focused on the first render.
  const [focusRequest, setFocusRequest] = useState(requestedId ? 1 : 0);

  const focus = useCallback((id: string) => {
    setActiveId(id);
    setFocusRequest((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!activeId) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('segment') === activeId) return;
    url.searchParams.set('segment', activeId);
    window.history.replaceState(window.history.state, '', url);
  }, [activeId]);

  return { activeId, focusRequest, activate: setActiveId, focus };
}
