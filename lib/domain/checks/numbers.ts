import type { CheckContext } from './check.ts';
import type { FindingDraft } from './finding.ts';

/** Dotted versions (1.2.3) and `v`-prefixed ones (v2, v4.36) must be copied exactly. */
const VERSION = /(?<![\w.])(?:v\d+(?:\.\d+)*|\d+\.\d+\.\d+(?:\.\d+)*)(?![\w.]*\d)/gi;
/** A number with an optional scale: "3 million", "7B", "1,024", "0.5". */
const SOURCE_NUMBER = /(?<![\d.,])(\d+(?:,\d{3})*(?:\.\d+)?)(?:[\s-]?(thousand|million|billion|trillion)\b|([kKMBT])(?![A-Za-z]))?/g;
const TARGET_NUMBER = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s?(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?/g;
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;
/** Names with digits ("A100", "GPT-4o", "#FFE08C"): kept as a whole when the target has them, even as code. */
const ALPHANUMERIC_NAME = /[\w#+-]*(?:[A-Za-z#][\w+-]*\d|\d[\w+-]*[A-Za-z])[\w+-]*/g;

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
  const targetValues = collectTargetValues(targetText);
  const versions = [...source.prose.matchAll(VERSION)].map((match) => match[0]);
  for (const version of versions) {
    if (!targetText.includes(version)) findings.push({ message: 'versionMissing', params: { value: version }, span: target.content });
  }
  const lowerCaseTarget = targetText.toLowerCase();
  const withoutVersions = source.prose
    .replace(VERSION, ' ')
    .replace(ALPHANUMERIC_NAME, (name) => (lowerCaseTarget.includes(name.toLowerCase()) ? ' ' : name));
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

function hasValue(values: number[], wanted: number): boolean {
  return values.some((value) => Math.abs(value - wanted) <= Math.abs(wanted) * 1e-9);
}
