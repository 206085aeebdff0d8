'use client';

import { useEffect, useId, useSyncExternalStore, type ReactNode } from 'react';
import { defaultReadingMode, isReadingMode, readingModeStorageKey, readingModes, type ReadingMode } from '@/lib/domain/reader/reading-modes.ts';
import styles from './reading-mode-switcher.module.css';

const changeEvent = 'duet:reading-mode';
const narrowQuery = '(max-width: 55.999rem)';

function currentMode(): ReadingMode {
  const value = document.documentElement.getAttribute('data-reading-mode');
  return isReadingMode(value) ? value : defaultReadingMode;
}

function subscribeMode(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(narrowQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function applyMode(mode: ReadingMode): void {
  document.documentElement.setAttribute('data-reading-mode', mode);
  window.dispatchEvent(new Event(changeEvent));
}

/** The URL's `?mode=` wins over the stored choice; either is applied again after a client-side navigation. */
function modeFromLocation(): ReadingMode | null {
  const fromUrl = new URLSearchParams(window.location.search).get('mode');
  if (isReadingMode(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(readingModeStorageKey);
    return isReadingMode(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Chooses among the four reading modes. A choice is remembered in this browser and written into the
 * address (`?mode=`) so the link shares it. On a phone, side by side is shown interleaved. The label
 * and names may be in both interface languages (see Both), so the group is named by an element.
 */
export function ReadingModeSwitcher({ label, names }: { label: ReactNode; names: Record<ReadingMode, ReactNode> }) {
  const labelId = useId();
  const mode = useSyncExternalStore(subscribeMode, currentMode, () => null);
  const narrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(narrowQuery).matches, () => false);
  const shown = narrow && mode === 'side' ? 'interleaved' : mode;

  useEffect(() => {
    const wanted = modeFromLocation();
    if (wanted && wanted !== currentMode()) applyMode(wanted);
  }, []);

  function choose(next: ReadingMode) {
    applyMode(next);
    try {
      window.localStorage.setItem(readingModeStorageKey, next);
    } catch {
      // Private windows may refuse storage; the address still carries the choice.
    }
    const url = new URL(window.location.href);
    url.searchParams.set('mode', next);
    window.history.replaceState(window.history.state, '', url);
  }

  return (
    <div role="group" aria-labelledby={labelId} className={styles.switcher} data-print="hide">
      <span id={labelId} className="visually-hidden">
        {label}
      </span>
      {readingModes.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.option}
          data-mode-option={option}
          aria-pressed={shown === option}
          onClick={() => choose(option)}
        >
          {names[option]}
        </button>
      ))}
    </div>
  );
}
