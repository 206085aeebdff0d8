import { describe, expect, it } from 'vitest';
import { hasHtmlProse, splitHtmlText } from '@/lib/domain/markdown/html-text.ts';

describe('hasHtmlProse', () => {
  it.each([
    '<p><em>An example from the dataset</em></p>',
    '<p>🗣 <strong>No prompts</strong>: just talk.</p>',
    '<details>\n<summary>Click to expand</summary>\n</details>',
    '<table><tr><td>audio codec</td></tr></table>',
    '<div>\n  September update: <a href="https://example.org">a new model</a>.\n</div>',
    '<p align="center"><img src="a.png"><br><em>示例图片</em></p>',
    '<br>\n<u><b>Option 2</b></u>',
  ])('finds prose in %s', (html) => {
    expect(hasHtmlProse(html)).toBe(true);
  });

  it.each([
    '<p align="center">\n  <img src="assets/x.png" alt="A long description of the figure" width=500>\n</p>',
    '<video controls>\n<source src="v.mp4" type="video/mp4">\nYour browser does not play video.\n</video>',
    '<br>',
    '<div align="center">',
    '</div>',
    '<!-- Image on the left -->',
    '<script type="module" src="https://example.org/app.js"></script>',
    '<script>\nconst greeting = "hello world";\n</script>',
    '<pre>print("hello")</pre>',
    '<p>&nbsp;&amp; 🤗 42 —</p>',
    '<img src="a.png" alt="x > y">',
  ])('finds none in %s', (html) => {
    expect(hasHtmlProse(html)).toBe(false);
  });
});

describe('splitHtmlText', () => {
  it('splits markup from text with offsets into the fragment', () => {
    const html = '<p title="a > b">Hi <b>there</b><!-- c --></p>';
    const runs = splitHtmlText(html).map((run) => [run.isText, html.slice(run.start, run.end)]);
    expect(runs).toEqual([
      [false, '<p title="a > b">'],
      [true, 'Hi '],
      [false, '<b>'],
      [true, 'there'],
      [false, '</b>'],
      [false, '<!-- c -->'],
      [false, '</p>'],
    ]);
  });

  it('reads a `<` that starts no tag as text, and an unclosed tag as markup to the end', () => {
    expect(splitHtmlText('a < b <3').map((run) => run.isText)).toEqual([true]);
    const html = 'text <img src="x';
    expect(splitHtmlText(html).map((run) => [run.isText, html.slice(run.start, run.end)])).toEqual([
      [true, 'text '],
      [false, '<img src="x'],
    ]);
  });
});
