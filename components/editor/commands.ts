import type { TranslationStatus } from '@/lib/domain/workflow.ts';
import type { ShortcutCommand } from './shortcuts.ts';

/*
 * What a keyboard shortcut does, decided without touching the page: `planCommand` turns a command
 * and what the editor knows at that moment into steps, which use-commands.ts carries out in order.
 */

export type CommandStep =
  | { do: 'openHelp' }
  | { do: 'openFindReplace' }
  | { do: 'showAll' }
  | { do: 'focus'; id: string }
  | { do: 'save'; id: string }
  | { do: 'submit'; id: string }
  | { do: 'copySource'; id: string }
  | { do: 'insertMatch'; id: string; index: number }
  | { do: 'keep'; id: string }
  | { do: 'approve'; id: string }
  | { do: 'openReject'; id: string }
  | { do: 'openPanel'; tab: 'history' | 'comments' | 'memory' };

export type CommandContext = {
  activeId: string | null;
  /** The translatable segments shown, in order. */
  navigable: readonly string[];
  /** Every translatable segment, in order, shown or not. */
  translatable: readonly string[];
  /** Whether a filter hides some segments. */
  filtered: boolean;
  canReview: boolean;
  /** A segment's status as the server last confirmed it, including answers not rendered yet. */
  statusOf(id: string): TranslationStatus | undefined;
  /** Whether a segment's text is still empty. */
  isUntranslated(id: string): boolean;
};

/** The first id after `from` (from the start when null) going in `direction` that `accept` takes. */
export function stepFrom(ids: readonly string[], from: string | null, direction: 1 | -1, accept: (id: string) => boolean = () => true): string | null {
  const start = from === null ? -1 : ids.indexOf(from);
  for (let index = start + direction; index >= 0 && index < ids.length; index += direction) {
    const candidate = ids[index];
    if (candidate !== undefined && accept(candidate)) return candidate;
  }
  return null;
}

export function planCommand(command: ShortcutCommand, code: string, context: CommandContext): CommandStep[] {
  const { activeId: id, navigable, isUntranslated } = context;
  const focus = (target: string | null): CommandStep[] => (target === null ? [] : [{ do: 'focus', id: target }]);
  switch (command) {
    case 'help':
      return [{ do: 'openHelp' }];
    case 'findReplace':
      return [{ do: 'openFindReplace' }];
    case 'next':
      return focus(stepFrom(navigable, id, 1));
    case 'previous':
      return focus(stepFrom(navigable, id, -1));
    case 'nextUntranslated': {
      // Wraps around; when a filter hides the only empty segments left, it shows everything again.
      const found = stepFrom(navigable, id, 1, isUntranslated) ?? stepFrom(navigable, null, 1, isUntranslated);
      if (found !== null) return focus(found);
      const anywhere = context.filtered ? context.translatable.find(isUntranslated) : undefined;
      return anywhere === undefined ? [] : [{ do: 'showAll' }, ...focus(anywhere)];
    }
  }
  // The rest act on the active segment.
  if (id === null) return [];
  const reviewable = context.canReview && context.statusOf(id) === 'submitted';
  switch (command) {
    case 'saveAndNext':
      return [{ do: 'save', id }, ...focus(stepFrom(navigable, id, 1))];
    case 'submitAndNext':
      return [{ do: 'submit', id }, ...focus(stepFrom(navigable, id, 1))];
    case 'copySource':
      return [{ do: 'copySource', id }];
    case 'insertMatch':
      // Alt+1 is the first match: `code` is Digit1…Digit3.
      return [{ do: 'insertMatch', id, index: Number(code.slice(-1)) - 1 }];
    case 'keep':
      return context.statusOf(id) === 'outdated' ? [{ do: 'keep', id }] : [];
    case 'approveAndNext':
      return reviewable ? [{ do: 'approve', id }, ...focus(stepFrom(navigable, id, 1))] : [];
    case 'reject':
      return reviewable ? [{ do: 'openReject', id }] : [];
    case 'history':
    case 'comments':
    case 'memory':
      return [{ do: 'openPanel', tab: command }];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
