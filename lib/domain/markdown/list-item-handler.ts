import type { List } from 'mdast';
import { defaultHandlers } from 'remark-rehype';

const looseness = new WeakMap<List, boolean>();

/**
 * mdast-util-to-hast's list item handler, told once per list whether the list is loose. The default
 * asks for every item whether any item of its list is loose, which is quadratic in a tight list's
 * items; here the answer is worked out once and handed over as a list of no items that says so (the
 * handler uses its parent for nothing else).
 */
export const listItemHandler: typeof defaultHandlers.listItem = (state, node, parent) => {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
  let loose = looseness.get(parent);
  if (loose === undefined) {
    loose = Boolean(parent.spread) || parent.children.some((item) => item.spread ?? item.children.length > 1);
    looseness.set(parent, loose);
  }
  return defaultHandlers.listItem(state, node, { ...parent, spread: loose, children: [] });
};
