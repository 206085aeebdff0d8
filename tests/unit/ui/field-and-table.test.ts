import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckboxField, TextareaField, TextField } from '@/components/ui/field.tsx';
import { Table } from '@/components/ui/table.tsx';

/** What assistive technology is told: the markup's ids and the attributes that point at them. */
function parse(html: string) {
  const attribute = (tag: string, name: string) => new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
  const textOf = (id: string | undefined) => (id ? new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] : undefined);
  return { attribute, textOf };
}

describe('fields', () => {
  it('name the control by its label and describe it by its hint and error', () => {
    const { attribute, textOf } = parse(
      renderToStaticMarkup(h(TextField, { label: 'Slug', hint: 'Letters and dashes', error: ['Taken'], name: 'slug' })),
    );
    const id = attribute('input', 'id');
    expect(attribute('label', 'for')).toBe(id);
    expect(attribute('input', 'aria-invalid')).toBe('true');
    expect(attribute('input', 'aria-describedby')?.split(' ').map(textOf)).toEqual(['Letters and dashes', 'Taken']);
  });

  it('leave a valid control undescribed and not invalid', () => {
    const { attribute } = parse(renderToStaticMarkup(h(TextareaField, { label: 'English Markdown', name: 'markdown' })));
    expect(attribute('textarea', 'id')).toBe(attribute('label', 'for'));
    expect(attribute('textarea', 'aria-invalid')).toBeUndefined();
    expect(attribute('textarea', 'aria-describedby')).toBeUndefined();
  });

  it('put a checkbox’s hint in its description', () => {
    const { attribute, textOf } = parse(renderToStaticMarkup(h(CheckboxField, { label: 'As submitted', hint: 'Goes to review', name: 'asSubmitted' })));
    expect(attribute('input', 'type')).toBe('checkbox');
    expect(attribute('label', 'for')).toBe(attribute('input', 'id'));
    expect(textOf(attribute('input', 'aria-describedby'))).toBe('Goes to review');
  });
});

describe('Table', () => {
  it('is named by its caption, scroll box included', () => {
    const { attribute, textOf } = parse(renderToStaticMarkup(h(Table, { caption: '3 terms' }, h('tbody'))));
    expect(textOf(attribute('div', 'aria-labelledby'))).toBe('3 terms');
  });

  it('is named by a heading elsewhere instead of repeating it in a caption', () => {
    const html = renderToStaticMarkup(h(Table, { labelledBy: 'queue-title' }, h('tbody')));
    expect(html).not.toContain('<caption');
    expect(parse(html).attribute('table', 'aria-labelledby')).toBe('queue-title');
    expect(parse(html).attribute('div', 'aria-labelledby')).toBe('queue-title');
  });
});
