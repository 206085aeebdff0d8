/**
 * Characters XML 1.0 cannot carry, even as character references: C0 controls other than tab, line
 * feed and carriage return, U+FFFE/U+FFFF, and UTF-16 surrogates without their other half.
 */
const INVALID_IN_XML = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;

// A parser turns a raw carriage return into a line feed, so it is written as a reference to survive.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

const TEXT_PATTERN = new RegExp(`[&<>\\r]|${INVALID_IN_XML}`, 'g');
const ATTRIBUTE_PATTERN = new RegExp(`[&<>"\\t\\n\\r]|${INVALID_IN_XML}`, 'g');

/** Element content; `replaceInvalid` decides what a character XML cannot hold becomes (default: dropped). */
export function escapeXmlText(text: string, replaceInvalid: (char: string) => string = () => ''): string {
  return text.replace(TEXT_PATTERN, (char) => TEXT_ESCAPES[char] ?? replaceInvalid(char));
}

export function escapeXmlAttribute(value: string): string {
  return value.replace(ATTRIBUTE_PATTERN, (char) => ATTRIBUTE_ESCAPES[char] ?? '');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
