import { readFileSync, writeFileSync } from 'node:fs';
const newA = await import('/work/main/lib/domain/markdown/align-translation.ts');
const newS = await import('/work/main/lib/domain/markdown/segment-markdown.ts');
const src = readFileSync('bench/import-align.ts', 'utf8').replace(/\nmain\(\);\s*$/, '\nexport { generatePair };\n');
writeFileSync('/work/main/bench/peek-gen-tmp.ts', src);
const { generatePair } = await import('/work/main/bench/peek-gen-tmp.ts');
const g = generatePair(Number(process.env.SIZE ?? 300000));
const segs = newS.segmentMarkdown(g.english);
const t = performance.now(); newA.alignTranslation(segs, g.chinese); console.log('align', performance.now() - t);
