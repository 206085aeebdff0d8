/*
 * Every editor shortcut, once: the key handler and the help overlay both read this table, so the
 * overlay can never list a shortcut that does not work. Letters match on the physical key
 * (`event.code`) so that Option+N on a Mac, which types "˜", still means "next untranslated".
 */

export const shortcutCommands = [
  'saveAndNext',
  'submitAndNext',
  'next',
  'previous',
  'nextUntranslated',
  'copySource',
  'insertMatch',
  'keep',
  'approveAndNext',
  'reject',
  'history',
  'comments',
  'memory',
  'help',
  'findReplace',
] as const;
export type ShortcutCommand = (typeof shortcutCommands)[number];

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

type Shortcut = { command: ShortcutCommand; keys: readonly string[]; matches: (event: KeyEventLike) => boolean };

const mod = (event: KeyEventLike) => event.ctrlKey || event.metaKey;
const altOnly = (event: KeyEventLike) => event.altKey && !event.ctrlKey && !event.metaKey;
const altKey = (code: string) => (event: KeyEventLike) => altOnly(event) && !event.shiftKey && event.code === code;

export const shortcuts: readonly Shortcut[] = [
  { command: 'saveAndNext', keys: ['Mod', 'Enter'], matches: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key === 'Enter' },
  { command: 'submitAndNext', keys: ['Mod', 'Shift', 'Enter'], matches: (e) => mod(e) && e.shiftKey && e.key === 'Enter' },
  { command: 'next', keys: ['Alt', '↓'], matches: (e) => altOnly(e) && e.key === 'ArrowDown' },
  { command: 'previous', keys: ['Alt', '↑'], matches: (e) => altOnly(e) && e.key === 'ArrowUp' },
  { command: 'nextUntranslated', keys: ['Alt', 'N'], matches: altKey('KeyN') },
  { command: 'copySource', keys: ['Alt', 'C'], matches: altKey('KeyC') },
  { command: 'insertMatch', keys: ['Alt', '1…3'], matches: (e) => altOnly(e) && /^Digit[1-3]$/.test(e.code) },
  { command: 'keep', keys: ['Alt', 'K'], matches: altKey('KeyK') },
  { command: 'approveAndNext', keys: ['Alt', 'A'], matches: altKey('KeyA') },
  { command: 'reject', keys: ['Alt', 'R'], matches: altKey('KeyR') },
  { command: 'history', keys: ['Alt', 'H'], matches: altKey('KeyH') },
  { command: 'comments', keys: ['Alt', 'M'], matches: altKey('KeyM') },
  { command: 'memory', keys: ['Alt', 'T'], matches: altKey('KeyT') },
  { command: 'help', keys: ['F1'], matches: (e) => e.key === 'F1' || (mod(e) && e.key === '/') },
  // Ctrl even on a Mac: ⌘H hides the browser there, and no page can keep it from doing so.
  { command: 'findReplace', keys: ['Ctrl', 'H'], matches: (e) => e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && e.code === 'KeyH' },
];

export function commandFor(event: KeyEventLike): ShortcutCommand | null {
  return shortcuts.find((shortcut) => shortcut.matches(event))?.command ?? null;
}

/** "Mod" is ⌘ on Apple keyboards and Ctrl elsewhere. */
export function keyLabel(key: string, apple: boolean): string {
  if (key === 'Mod') return apple ? '⌘' : 'Ctrl';
  if (key === 'Alt') return apple ? '⌥' : 'Alt';
  if (key === 'Shift') return apple ? '⇧' : 'Shift';
  return key;
}
