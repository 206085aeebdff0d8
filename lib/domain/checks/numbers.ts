import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';

/*
 * Versions and names are found in two steps: a regex finds runs of their characters, and code decides
 * what part of a run is one. Single regexes for them backtracked over the run at every position,
 * quadratic in a run's length, and a check request may carry 50,000 characters.
 */
/** A run of word characters and dots, which may start with a version. */
const DOTTED_RUN = /[\w.]+/g;
/** Dotted versions (1.2.3) and `v`-prefixed ones (v2, v4.36) must be copied exactly. */
const VERSION = /^(?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+(?:\.\d+)*)$/i;
/** A run of the characters of names such as "A100", "GPT-4o", "#FFE08C". */
const NAME_RUN = /[\w#+-]+/g;
/** A number with an optional scale: "3 million", "7B", "1,024", "0.5". */
const SOURCE_NUMBER = /(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)(?:[\s-]?(thousand|million|billion|trillion)\b|([kKMBT])(?![A-Za-z]))?/g;
const TARGET_NUMBER = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s?(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?/g;
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12,
};
const CHINESE_UNITS: Record<string, number> = {
  百: 1e2, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12,
};
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Every number of the source's text is in the target's, written as digits or Chinese numerals, with
 * or without thousand separators, scaled into 万 and 亿 ("3 million" as "300 万"). Versions are
 * compared as written. Numbers only the target has are not reported: translators write dates and
 * counts out ("第 1 部分").
 */
export function checkNumbers({ source, target }: CheckContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const targetText = [target.prose, ...target.inlineCode.map((code) => code.value)].join('\n');
  const targetValues = collectTargetValues(targetText).sort((first, second) => first - second);
  const versions = [...source.prose.matchAll(DOTTED_RUN)].map((run) => versionAtStart(run[0])).filter((version) => version !== '');
  for (const version of versions) {
    if (!targetText.includes(version)) findings.push({ message: 'versionMissing', params: { value: version }, span: target.content });
  }
  const isInTarget = substringFinder(targetText.toLowerCase());
  const withoutVersions = source.prose
    .replace(DOTTED_RUN, (run) => replaceStart(run, versionAtStart(run)))
    // Names with digits are kept as a whole when the target has them, even as code.
    .replace(NAME_RUN, (run) => {
      const name = nameAtStart(run);
      return name !== '' && isInTarget(name.toLowerCase()) ? replaceStart(run, name) : run;
    });
  const reported = new Set<string>();
  for (const match of withoutVersions.matchAll(SOURCE_NUMBER)) {
    const value = Number(match[1]!.replace(/,/g, ''));
    const scale = SCALES[match[2] ?? match[3] ?? ''] ?? 1;
    if (reported.has(match[0])) continue;
    if (!hasValue(targetValues, value) && !hasValue(targetValues, value * scale)) {
      reported.add(match[0]);
      findings.push({ message: 'numberMissing', params: { value: match[0] }, span: target.content });
    }
  }
  return findings;
}

/**
 * The version a run of word characters and dots starts with: the run up to its last digit, when that
 * is a version ("v2beta" starts with v2; "1.2.3a4" and "x1.2.3" start with none). '' when there is none.
 */
function versionAtStart(run: string): string {
  let last = run.length - 1;
  while (last >= 0 && !isDigit(run[last]!)) last--;
  const candidate = run.slice(0, last + 1);
  return VERSION.test(candidate) ? candidate : '';
}

/**
 * The name with letters and digits a run of name characters starts with ("GPT-4o", "#FFE08C",
 * "well-known_2"), or ''. A `#` starts a new piece of the run; the name runs to the end of the last
 * piece that has a digit and a letter, or a digit after its `#`.
 */
function nameAtStart(run: string): string {
  let nameEnd = 0;
  let pieceStart = 0;
  let hasDigit = false;
  let hasLetter = false;
  for (let index = 0; index <= run.length; index++) {
    const character = run[index];
    if (character === undefined || (character === '#' && index > pieceStart)) {
      if (hasDigit && (hasLetter || run[pieceStart] === '#')) nameEnd = index;
      pieceStart = index;
      hasDigit = false;
      hasLetter = false;
    } else if (isDigit(character)) hasDigit = true;
    else if (/[A-Za-z]/.test(character)) hasLetter = true;
  }
  return run.slice(0, nameEnd);
}

/** Sets aside the first `part.length` characters of `run` as one space, which no number can cross. */
function replaceStart(run: string, part: string): string {
  return part === '' ? run : ` ${run.slice(part.length)}`;
}

const isDigit = (character: string) => character >= '0' && character <= '9';

/** Below this length V8 finds a pattern by reading every character of the text (no skip table). */
const SHORT_PATTERN = 7;

/**
 * Whether `text` contains a string, for many strings. A source with thousands of short names
 * ("a1 a2 a3 …") made thousands of full reads of a long target: short strings are looked up in a set
 * of the target's substrings of their length, made once per length; longer ones are searched for.
 */
function substringFinder(text: string): (part: string) => boolean {
  const substringsByLength = new Map<number, Set<string>>();
  return (part) => {
    if (part.length >= SHORT_PATTERN) return text.includes(part);
    if (!substringsByLength.has(part.length)) {
      const substrings = new Set<string>();
      for (let start = 0; start + part.length <= text.length; start++) substrings.add(text.slice(start, start + part.length));
      substringsByLength.set(part.length, substrings);
    }
    return substringsByLength.get(part.length)!.has(part);
  };
}

function collectTargetValues(prose: string): number[] {
  const values: number[] = [];
  for (const match of prose.matchAll(TARGET_NUMBER)) {
    const value = Number(match[1]!.replace(/[,，]/g, ''));
    values.push(value, value * (CHINESE_UNITS[match[2] ?? ''] ?? 1));
  }
  for (const match of prose.matchAll(CHINESE_NUMERAL)) values.push(parseChineseNumeral(match[0]));
  return values;
}

/** 三百万 → 3000000, 一亿五千万 → 150000000, 二〇二四 → 2024 (digit by digit when there is no unit). */
export function parseChineseNumeral(numeral: string): number {
  const characters = [...numeral];
  if (characters.every((character) => character in CHINESE_DIGITS)) {
    return Number(characters.map((character) => CHINESE_DIGITS[character]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const character of characters) {
    if (character in CHINESE_DIGITS) digit = CHINESE_DIGITS[character]!;
    else if (character in SMALL_UNITS) {
      section += (digit || 1) * SMALL_UNITS[character]!;
      digit = 0;
    } else if (character === '万') {
      total += (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
    } else {
      total = (total + section + digit || 1) * 1e8;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Whether sorted `values` has `wanted`, up to rounding: a binary search, as a long target has thousands of numbers. */
function hasValue(values: number[], wanted: number): boolean {
  const tolerance = Math.abs(wanted) * 1e-9;
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < wanted - tolerance) low = middle + 1;
    else high = middle;
  }
  return low < values.length && values[low]! <= wanted + tolerance;
}
