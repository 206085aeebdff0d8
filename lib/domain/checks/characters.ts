/** Han ideographs (with extensions and compatibility forms), kana and bopomofo; not CJK punctuation. */
export const CJK = '\\u2E80-\\u2FDF\\u3040-\\u30FF\\u3100-\\u312F\\u3190-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
/** Latin letters (with accents) and digits: the "English" side of the spacing rule. */
export const LATIN = 'A-Za-z0-9\\u00C0-\\u024F';

const cjkCharacter = new RegExp(`[${CJK}]`);
const latinCharacter = new RegExp(`[${LATIN}]`);

export const isCjk = (character: string | undefined) => character !== undefined && cjkCharacter.test(character);
export const isLatin = (character: string | undefined) => character !== undefined && latinCharacter.test(character);
export const hasCjk = (text: string) => cjkCharacter.test(text);

/** Stands for code, math, HTML, URLs and other protected pieces inside the prose of a segment. */
export const ATOM = '\uFFFC';

const fullwidthPunctuation = /[，。、；：！？“”‘’「」『』（）《》〈〉【】〔〕～]/;
/**
 * Full-width punctuation that takes no space beside it. Curly quotes are left out: they are
 * ambiguous-width (narrow in a Latin font), so writers space around them; so are the dash and the
 * ellipsis, which many house styles space.
 */
const unspacedPunctuation = /[，。、；：！？「」『』（）《》〈〉【】〔〕～]/;

export const isFullwidthPunctuation = (character: string | undefined) =>
  character !== undefined && fullwidthPunctuation.test(character);
export const isUnspacedPunctuation = (character: string | undefined) =>
  character !== undefined && unspacedPunctuation.test(character);

export const HALF_TO_FULL: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '!': '！', '?': '？' };
export const FULL_TO_HALF: Record<string, string> = { '，': ',', '。': '.', '；': ';', '：': ':', '！': '!', '？': '?' };
