/*
 * Which language tags in an imported file (TMX, TBX) count as Duet's two languages. Any English
 * variant is the source; the target is Simplified Chinese, so zh-TW, zh-HK and zh-Hant are not taken.
 */

export function isEnglishTag(tag: string | undefined): boolean {
  return tag !== undefined && /^en(?:-[a-z0-9]+)*$/i.test(tag.trim());
}

export function isSimplifiedChineseTag(tag: string | undefined): boolean {
  return tag !== undefined && /^zh(?:-(?:cn|sg|hans(?:-[a-z0-9]+)*))?$/i.test(tag.trim());
}
