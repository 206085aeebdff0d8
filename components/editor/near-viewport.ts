'use client';

import { useEffect, useState, type RefObject } from 'react';

/*
 * Long articles render only the rows near the viewport: the rest are light placeholders until they
 * scroll close. One IntersectionObserver serves every row.
 */

const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        callbacks.get(entry.target)?.();
        observer?.unobserve(entry.target);
        callbacks.delete(entry.target);
      }
    },
    { rootMargin: '1200px 0px' },
  );
  return observer;
}

/** True once the element has come within about two screens of the viewport (or `force` is set). */
export function useNearViewport(ref: RefObject<Element | null>, force: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || force || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    callbacks.set(element, () => setNear(true));
    sharedObserver().observe(element);
    return () => {
      sharedObserver().unobserve(element);
      callbacks.delete(element);
    };
  }, [ref, near, force]);
  return near || force;
}
