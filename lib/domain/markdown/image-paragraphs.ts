import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkMathSyntax } from './math-syntax.ts';

const inlineParser = unified().use(remarkParse).use(remarkGfm).use(remarkMathSyntax).freeze();

type InlineRoot = ReturnType<typeof inlineParser.parse>;
type InlineNode = InlineRoot['children'][number];

/** Each full parse sets up micromark anew, which costs more than the text; so paragraphs go in batches. */
const BATCH_SIZE = 32_768;

/**
 * For each paragraph, whether it holds only an image (possibly inside a link), whose alt text is
 * then all there is to translate. Paragraphs stay paragraphs when parsed apart from their document,
 * so they are parsed together, separated by blank lines, and the results read back in order.
 */
export function findImageOnlyParagraphs(paragraphs: readonly string[]): boolean[] {
  const results: boolean[] = [];
  for (let first = 0; first < paragraphs.length; ) {
    let last = first + 1;
    let size = paragraphs[first]!.length;
    while (last < paragraphs.length && size + paragraphs[last]!.length < BATCH_SIZE) size += paragraphs[last++]!.length + 2;
    const batch = paragraphs.slice(first, last);
    const nodes = inlineParser.parse(batch.join('\n\n')).children;
    const parsedApart = nodes.length === batch.length ? nodes : batch.map((text) => inlineParser.parse(text).children[0]);
    results.push(...parsedApart.map(isImageOnly));
    first = last;
  }
  return results;
}

function isImageOnly(node: InlineNode | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const [only, ...others] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (!only || others.length > 0) return false;
  if (only.type === 'image' || only.type === 'imageReference') return true;
  if (only.type !== 'link' && only.type !== 'linkReference') return false;
  const linked = only.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return linked.length === 1 && (linked[0]?.type === 'image' || linked[0]?.type === 'imageReference');
}
