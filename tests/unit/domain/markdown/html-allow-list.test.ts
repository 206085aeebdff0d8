import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';

const render = (markdown: string) => renderMarkdown(markdown, { assetBase: 'https://blog.example.org/posts/lanterns' });

describe('raw HTML on the reading site', () => {
  it('keeps a centered figure with its image and caption, as a class instead of align', () => {
    const html = render('<p align="center">\n  <img src="https://cdn.example.org/map.png" alt="A map" width="500" height="250"><br>\n  <em>The lantern streets</em>\n</p>');
    expect(html).toBe(
      '<p class="align-center">\n  <img src="https://cdn.example.org/map.png" alt="A map" width="500" height="250" loading="lazy" decoding="async"><br>\n  <em>The lantern streets</em>\n</p>',
    );
    expect(render('<center>Centered</center>')).toBe('<div class="align-center">Centered</div>');
    expect(render('<figure class="image text-center"><img src="https://cdn.example.org/a.png"><figcaption>Caption</figcaption></figure>')).toBe(
      '<figure class="align-center"><img src="https://cdn.example.org/a.png" loading="lazy" decoding="async"><figcaption>Caption</figcaption></figure>',
    );
  });

  it('keeps feature lists, emphasis, code, sub- and superscripts and line breaks', () => {
    expect(render('<p>🗣 <strong>No prompts</strong>: just <em>talk</em>, <code>pip install</code>, H<sub>2</sub>O, x<sup>2</sup><br>next</p>')).toBe(
      '<p>🗣 <strong>No prompts</strong>: just <em>talk</em>, <code>pip install</code>, H<sub>2</sub>O, x<sup>2</sup><br>next</p>',
    );
  });

  it('keeps details, tables with spans, and video and audio with controls', () => {
    expect(render('<details open><summary>More</summary>Hidden text</details>')).toBe('<details open><summary>More</summary>Hidden text</details>');
    expect(render('<table><caption>Sizes</caption><thead><tr><th colspan="2">Model</th></tr></thead><tbody><tr><td rowspan="2">tiny</td><td>10M</td></tr></tbody></table>')).toBe(
      '<table><caption>Sizes</caption><thead><tr><th colspan="2">Model</th></tr></thead><tbody><tr><td rowspan="2">tiny</td><td>10M</td></tr></tbody></table>',
    );
    expect(render('<video width="640" height="360" poster="https://cdn.example.org/p.jpg">\n<source src="https://cdn.example.org/v.mp4" type="video/mp4">\n</video>')).toBe(
      '<video width="640" height="360" poster="https://cdn.example.org/p.jpg" controls>\n<source src="https://cdn.example.org/v.mp4" type="video/mp4">\n</video>',
    );
    expect(render('<audio src="https://cdn.example.org/a.mp3" controls autoplay></audio>')).toBe('<p><audio src="https://cdn.example.org/a.mp3" controls></audio></p>');
  });

  it('keeps links over http(s), relative, in-page and mailto', () => {
    expect(render('<a href="https://example.org/x">a</a> <a href="#usage">b</a> <a href="mailto:team@example.org">c</a>')).toBe(
      '<p><a href="https://example.org/x">a</a> <a href="#usage">b</a> <a href="mailto:team@example.org">c</a></p>',
    );
  });

  it.each([
    ['a script', '<script>window.__xss=1</script><p>after</p>', '<p>after</p>'],
    ['a script, in any case', '<SCRIPT SRC=//x.test/a.js></SCRIPT>text', 'text'],
    ['event handlers', '<img src="https://cdn.example.org/a.png" onerror="alert(1)" onload="alert(2)">', '<img src="https://cdn.example.org/a.png" loading="lazy" decoding="async">'],
    ['an event handler on details', '<details open ontoggle=alert(1)>x</details>', '<details open>x</details>'],
    ['javascript: links', '<a href="javascript:alert(1)">x</a> <a href=" JaVaScRiPt:alert(1)">y</a>', '<p><a>x</a> <a>y</a></p>'],
    ['data: and vbscript: URLs', '<a href="vbscript:msgbox(1)">v</a><img src="data:image/png;base64,AAAA">', '<p><a>v</a><img loading="lazy" decoding="async"></p>'],
    ['a javascript: poster', '<video poster="javascript:alert(1)" controls></video>', '<p><video controls></video></p>'],
    ['style attributes and elements', '<p style="color: red" class="evil">x</p><style>p { display: none }</style>', '<p>x</p>'],
    ['iframes with their content', '<iframe src="https://example.org" srcdoc="<script>parent.__xss=1</script>">fallback</iframe>', ''],
    ['forms and their inputs', '<form action="https://evil.example"><input name="password"><button formaction="javascript:alert(1)">Go</button></form>', 'Go'],
    ['objects, embeds and svg', '<object data="x.swf">o</object><embed src="x.swf"><svg onload="alert(1)"><text>t</text></svg>', '<p></p>'],
    ['comments', '<p>a<!-- note --></p>', '<p>a</p>'],
    ['data attributes and ids that could clobber globals', '<div id="config" data-x="1" aria-hidden="true">x</div>', '<div id="user-content-config">x</div>'],
  ])('strips %s', (_name, markdown, expected) => {
    expect(render(markdown)).toBe(expected);
  });

  it('still renders Markdown as before: GFM tables with alignment, task lists, footnotes and math', () => {
    expect(render('| a | b |\n|:-:|--:|\n| 1 | 2 |')).toContain('<th align="center">a</th>\n<th align="right">b</th>');
    expect(render('- [x] done')).toBe('<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n</ul>');
    const footnote = render('Text[^1].\n\n[^1]: The note.');
    expect(footnote).toContain('<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>');
    expect(footnote).toContain('class="data-footnote-backref"');
    expect(render('$e^{i\\pi}$')).toContain('<annotation encoding="application/x-tex">e^{i\\pi}</annotation>');
  });
});
