import { escapeXmlText } from '../export/xml-text.ts';
import { codeId, type CodeKind, type CodedText, type InlineCode, type Piece } from './inline-codes.ts';

/*
 * Coded text as XLIFF inline markup. 2.0: a paired code is `<pc>` and a standalone one `<ph>`, each
 * pointing at its Markdown in the unit's `<originalData>`, and marked `canDelete="no"`. 1.2: a paired
 * code is `<bpt>`/`<ept>` and a standalone one `<ph>`, each holding its Markdown. Reading a file back takes each code's Markdown from Duet's source, so a tool that
 * drops `<originalData>` loses nothing.
 */

const TYPE_20: Record<CodeKind, string> = {
  link: 'link',
  url: 'link',
  emphasis: 'fmt',
  strong: 'fmt',
  delete: 'fmt',
  image: 'image',
  code: 'other',
  html: 'other',
  math: 'other',
  break: 'other',
  block: 'other',
};

const CTYPE_12: Record<CodeKind, string> = {
  link: 'link',
  url: 'x-url',
  emphasis: 'italic',
  strong: 'bold',
  delete: 'x-strikethrough',
  image: 'image',
  code: 'x-code',
  html: 'x-html',
  math: 'x-math',
  break: 'lb',
  block: 'x-block',
};

/** The `<data>` ids of each code's Markdown: `d{id}` for a standalone code, `d{id}s`/`d{id}e` for a pair. */
export function originalData20(codes: readonly InlineCode[]): string[] {
  return codes.flatMap((code) =>
    'markdown' in code
      ? [data20(`d${code.id}`, code.markdown)]
      : [data20(`d${code.id}s`, code.open), data20(`d${code.id}e`, code.close)],
  );
}

function data20(id: string, markdown: string): string {
  return `<data id="${id}" xml:space="preserve">${text20(markdown)}</data>`;
}

export function inline20(coded: Pick<CodedText, 'pieces' | 'codes'>): string {
  const codes = new Map(coded.codes.map((code) => [code.id, code]));
  return coded.pieces.map((piece) => {
    if (typeof piece === 'string') return text20(piece);
    const code = codes.get(codeId(piece))!;
    const type = TYPE_20[code.kind];
    if ('ph' in piece) return `<ph id="${code.id}" dataRef="d${code.id}" type="${type}" canDelete="no"/>`;
    if ('open' in piece) return `<pc id="${code.id}" dataRefStart="d${code.id}s" dataRefEnd="d${code.id}e" type="${type}" canDelete="no">`;
    return '</pc>';
  }).join('');
}

/**
 * 1.2 codes carry their Markdown as native code: `<bpt>`/`<ept>` around a pair's text, `<ph>` for
 * the rest. (`<g>` and `<x/>` hold none, and translate-toolkit's xliff2po drops them with the URL.)
 */
export function inline12(coded: Pick<CodedText, 'pieces' | 'codes'>): string {
  const codes = new Map(coded.codes.map((code) => [code.id, code]));
  return coded.pieces
    .map((piece: Piece) => {
      if (typeof piece === 'string') return escapeXmlText(piece);
      const code = codes.get(codeId(piece))!;
      const ctype = CTYPE_12[code.kind];
      if ('markdown' in code) return `<ph id="${code.id}" ctype="${ctype}">${escapeXmlText(code.markdown)}</ph>`;
      if ('open' in piece) return `<bpt id="${code.id}" ctype="${ctype}">${escapeXmlText(code.open)}</bpt>`;
      return `<ept id="${code.id}">${escapeXmlText(code.close)}</ept>`;
    })
    .join('');
}

/** Characters XML cannot hold become `<cp>` in 2.0. */
export function text20(text: string): string {
  return escapeXmlText(text, (char) => `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`);
}
