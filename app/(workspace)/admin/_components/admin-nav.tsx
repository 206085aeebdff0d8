'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MessageKey } from '@/lib/i18n/translate.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import styles from './admin-nav.module.css';

const adminPages = [
  { href: '/admin/users', label: 'nav.users' },
  { href: '/admin/glossary', label: 'memory.nav.glossary' },
  { href: '/admin/audit', label: 'review.nav.audit' },
  { href: '/admin/settings', label: 'review.nav.settings' },
  { href: '/admin/repositories', label: 'repositories.nav' },
] as const satisfies ReadonlyArray<{ href: string; label: MessageKey }>;

/** The admin pages as tabs under the site header; the current one is marked for screen readers too. */
export function AdminNav() {
  const { t } = useTranslator();
  const pathname = usePathname();
  return (
    <nav aria-label={t('nav.adminLabel')} className={styles.nav}>
      <ul>
        {adminPages.map((page) => (
          <li key={page.href}>
            <Link href={page.href} aria-current={pathname === page.href ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
