import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, and the namespace it is in ('' for none). */
  name: string;
  namespace: string;
  /** By qualified name as written (`id`, `xml:space`), and a namespaced one also as `{uri}local`. */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

/**
 * Reads a whole XML document into elements and text, with namespaces resolved. saxes is strict: it
 * throws on anything that is not well-formed XML 1.0, and it never expands DTD entities, so a file
 * cannot make the reader fetch a URL or blow up in memory.
 */
export function readXmlTree(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root = null as XmlElement | null;
  const addText = (text: string) => stack[stack.length - 1]?.children.push(text);
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attributes[attribute.name] = attribute.value;
      if (attribute.prefix && attribute.prefix !== 'xmlns' && attribute.uri) attributes[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, namespace: tag.uri, attributes, children: [], line: parser.line };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (!root) throw new Error('document must contain a root element.');
  return root;
}

export function childElements(element: XmlElement, namespace: string, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.namespace === namespace && (name === undefined || child.name === name),
  );
}
