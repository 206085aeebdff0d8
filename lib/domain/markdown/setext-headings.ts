import { parse } from 'micromark';
import type { Construct, Event, Extension, Resolver, Token } from 'micromark-util-types';

const EQUALS_SIGN = 0x3d;
const DASH = 0x2d;

const underlineConstructs = [parse().constructs.flow?.[EQUALS_SIGN] ?? []].flat();
const setextUnderline = underlineConstructs.find((construct) => construct.name === 'setextUnderline');
if (!setextUnderline) throw new Error('micromark has no setext underline construct');

/**
 * micromark's resolver for a setext heading (text underlined with `===` or `---`), with the same
 * result but linear. micromark's rebuilds the whole event list of the flow the heading is in, to edit
 * the few events at its end, which is quadratic in the headings of a block quote or document. This
 * one splices the end of the list only.
 */
const resolveToSetextUnderline: Resolver = (events, context) => {
  const edits = new Map<number, { remove: number; add: Event[] }>();
  const edit = (at: number, remove: number, add: Event[]) => {
    const existing = edits.get(at);
    if (existing) {
      existing.remove += remove;
      existing.add.push(...add);
    } else {
      edits.set(at, { remove, add });
    }
  };
  let content: number | undefined;
  let text: number | undefined;
  let definition: number | undefined;
  for (let index = events.length - 1; index >= 0; index--) {
    const [kind, token] = events[index]!;
    if (kind === 'enter') {
      if (token.type === 'content') {
        content = index;
        break;
      }
      if (token.type === 'paragraph') text = index;
    } else {
      // The content's exit goes; it comes back after the definitions, if there are any.
      if (token.type === 'content') edit(index, 1, []);
      if (definition === undefined && token.type === 'definition') definition = index;
    }
  }
  if (content === undefined || text === undefined) throw new Error('A setext underline without its paragraph');

  const contentToken = events[content]![1];
  const heading: Token = { type: 'setextHeading', start: { ...contentToken.start }, end: { ...events[events.length - 1]![1].end } };
  events[text]![1].type = 'setextHeadingText';
  if (definition === undefined) {
    events[content]![1] = heading;
  } else {
    edit(text, 0, [['enter', heading, context]]);
    edit(definition + 1, 0, [['exit', contentToken, context]]);
    contentToken.end = { ...events[definition]![1].end };
  }
  edit(events.length, 0, [['exit', heading, context]]);
  // Every edit is at or after the content's start, so splicing from the end moves only the heading's events.
  for (const at of [...edits.keys()].sort((first, second) => second - first)) {
    const { remove, add } = edits.get(at)!;
    events.splice(at, remove, ...add);
  }
  return events;
};

const linearSetextUnderline: Construct = { ...setextUnderline, name: 'linearSetextUnderline', resolveTo: resolveToSetextUnderline };

/** A micromark extension that replaces the setext underline construct with the linear one. */
export const linearSetextHeadings: Extension = {
  disable: { null: ['setextUnderline'] },
  flow: { [DASH]: linearSetextUnderline, [EQUALS_SIGN]: linearSetextUnderline },
};
