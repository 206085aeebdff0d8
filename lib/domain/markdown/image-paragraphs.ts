import type { RootContent } from 'mdast';
import { parseImageParagraphs } from './parse.ts';

/** For each paragraph, whether it holds only an image (possibly inside a link), whose alt text is then all there is to translate. */
export function findImageOnlyParagraphs(paragraphs: readonly string[]): boolean[] {
  return parseImageParagraphs(paragraphs).map(isImageOnly);
}

function isImageOnly(node: RootContent | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const [only, ...others] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (!only || others.length > 0) return false;
  if (only.type === 'image' || only.type === 'imageReference') return true;
  if (only.type !== 'link' && only.type !== 'linkReference') return false;
  const linked = only.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return linked.length === 1 && (linked[0]?.type === 'image' || linked[0]?.type === 'imageReference');
}
