import type { ReactNode } from 'react';
import { getTranslatorFor } from './catalogs.ts';
import { locales, type Locale } from './locales.ts';
import type { MessageKey, MessageVars, Translator } from './translate.ts';
import './both.css';

type BothText = { k: MessageKey; vars?: MessageVars } | { render: (t: Translator, locale: Locale) => ReactNode };

type BothProps = BothText & {
  /** The element each language gets: a span by default; a heading or paragraph when the whole element is the label. */
  as?: 'span' | 'p' | 'h1' | 'h2';
  className?: string;
};

/**
 * An interface label in every language, one element each, for pages that are the same for everyone
 * (see lib/i18n/interface-language.ts): CSS shows the one <html data-ui> names. The elements carry no
 * `lang`, because <html lang> always names the language shown.
 */
export function Both({ as: Tag = 'span', className, ...text }: BothProps) {
  return locales.map((locale) => {
    const t = getTranslatorFor(locale);
    return (
      <Tag key={locale} data-ui={locale} className={className}>
        {'render' in text ? text.render(t, locale) : t(text.k, text.vars)}
      </Tag>
    );
  });
}

/**
 * For an element named with `aria-labelledby`, where `aria-label` could hold only one language: the
 * label is in the accessibility tree (only visually hidden), so its hidden language does not count.
 */
export function BothLabel({ id, ...text }: BothText & { id: string }) {
  return (
    <span id={id} className="visually-hidden">
      <Both {...text} />
    </span>
  );
}
