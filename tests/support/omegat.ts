import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeXmlText, XML_DECLARATION } from '@/lib/domain/export/xml-text.ts';
import { parseTmx } from '@/lib/domain/memory/parse-tmx.ts';

/*
 * OmegaT (Debian's `omegat` package, 3.6) run in console mode on a project made in a temporary
 * directory: no window, no team project, its settings kept in the project so nothing lands in ~.
 */

const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';

export const hasOmegaT = existsSync(OMEGAT_JAR) && spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
export const OMEGAT_SKIP_REASON = 'apt-get install omegat (OmegaT 3.6 and a Java runtime)';

/**
 * A project translating English into Chinese (zh-CN) with OmegaT's defaults (sentence segmentation
 * on), and `files` (name → content) in its source folder.
 */
export function createOmegaTProject(dir: string, files: Record<string, string>): void {
  for (const folder of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat', '.config']) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(
    path.join(dir, 'omegat.project'),
    [
      XML_DECLARATION,
      '<omegat>',
      '  <project version="1.0">',
      '    <source_dir>source</source_dir>',
      '    <source_dir_excludes/>',
      '    <target_dir>target</target_dir>',
      '    <tm_dir>tm</tm_dir>',
      '    <glossary_dir>glossary</glossary_dir>',
      '    <glossary_file>glossary/glossary.txt</glossary_file>',
      '    <dictionary_dir>dictionary</dictionary_dir>',
      '    <source_lang>en</source_lang>',
      '    <target_lang>zh-CN</target_lang>',
      '    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>',
      '    <target_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</target_tok>',
      '    <sentence_seg>true</sentence_seg>',
      '    <support_default_translations>true</support_default_translations>',
      '    <remove_tags>false</remove_tags>',
      '  </project>',
      '</omegat>',
      '',
    ].join('\n'),
  );
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, 'source', name), content);
}

/**
 * The segments OmegaT shows a translator, with inline codes as OmegaT's tags (`<f0>…</f0>`,
 * `<c1/>`), read from the pseudo-translation memory its console mode writes.
 */
export function omegaTSegments(dir: string): string[] {
  const tmx = path.join(dir, 'pseudo.tmx');
  return parseTmx(runOmegaT(dir, ['--mode=console-createpseudotranslatetmx', `--pseudotranslatetmx=${tmx}`, '--pseudotranslatetype=equal'], tmx)).pairs.map((pair) => pair.source);
}

/**
 * Puts `translations` (OmegaT segment → Chinese, tags as OmegaT shows them) in the project's
 * tm/auto folder, whose exact matches OmegaT enters as translations when it loads the project, and
 * writes the translated files to target/. Returns the content of `name` there.
 */
export function translateWithOmegaT(dir: string, translations: Record<string, string>, name: string): string {
  const units = Object.entries(translations).map(
    ([source, target]) => `    <tu><tuv xml:lang="en"><seg>${escapeXmlText(source)}</seg></tuv><tuv xml:lang="zh-CN"><seg>${escapeXmlText(target)}</seg></tuv></tu>`,
  );
  writeFileSync(
    path.join(dir, 'tm/auto/translator.tmx'),
    [
      XML_DECLARATION,
      '<tmx version="1.4">',
      '  <header creationtool="duet-tests" creationtoolversion="1" segtype="sentence" o-tmf="duet" adminlang="en" srclang="en" datatype="plaintext"/>',
      '  <body>',
      ...units,
      '  </body>',
      '</tmx>',
      '',
    ].join('\n'),
  );
  return runOmegaT(dir, ['--mode=console-translate'], path.join(dir, 'target', name));
}

/** Runs OmegaT on the project and returns the file it should have written, or fails with its output. */
function runOmegaT(dir: string, args: string[], output: string): string {
  const run = spawnSync(
    'java',
    ['-Djava.awt.headless=true', '-jar', OMEGAT_JAR, ...args, '--no-team', '--quiet', '--disable-project-locking', `--config-dir=${path.join(dir, '.config')}`, dir],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0 || !existsSync(output)) {
    throw new Error(`OmegaT ${args[0]} ${run.status === 0 ? `wrote no ${output}` : `failed (${run.status ?? run.signal})`}:\n${run.stdout}\n${run.stderr}`);
  }
  return readFileSync(output, 'utf8');
}
