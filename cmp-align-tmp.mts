import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const oldA = await import('/tmp/baseline/markdown/align-translation.ts');
const oldS = await import('/tmp/baseline/markdown/segment-markdown.ts');
const newA = await import('/work/main/lib/domain/markdown/align-translation.ts');
const newS = await import('/work/main/lib/domain/markdown/segment-markdown.ts');
const src = readFileSync('bench/import-align.ts', 'utf8').replace(/\nmain\(\);\s*$/, '\nexport { generatePair };\n');
writeFileSync('/work/main/bench/peek-gen-tmp.ts', src);
const { generatePair } = await import('/work/main/bench/peek-gen-tmp.ts');
const dir = '/work/shared/corpus/hf-blog/';
const pairs: [string, string, string][] = readdirSync(dir).filter((f) => f.endsWith('.en.md')).map((f) => [f, readFileSync(dir + f, 'utf8'), readFileSync(dir + f.replace('.en.', '.zh.'), 'utf8')]);
for (const size of (process.env.SIZES ?? '100000,300000').split(',').map(Number)) { const g = generatePair(size); pairs.push([`gen${size}`, g.english, g.chinese]); }
for (const [name, en, zh] of pairs) {
  const t0 = performance.now(); const a = oldA.alignTranslation(oldS.segmentMarkdown(en), zh); const t1 = performance.now();
  const b = newA.alignTranslation(newS.segmentMarkdown(en), zh); const t2 = performance.now();
  const same = JSON.stringify(a) === JSON.stringify(b);
  console.log(name, same ? 'SAME' : 'DIFF', 'old pairs', a.pairs.length, 'merged', a.merged.length, 'unaligned', a.unaligned.length, '| new', b.pairs.length, b.merged.length, b.unaligned.length, '| ms', (t1 - t0).toFixed(0), (t2 - t1).toFixed(0));
}
