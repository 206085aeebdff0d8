import Link from 'next/link';
import { LocaleSwitcher } from '@/components/locale-switcher.tsx';
import { SignOutButton } from '@/components/sign-out-button.tsx';
import { Both, BothLabel } from '@/lib/i18n/both.tsx';
import { getTranslator } from '@/lib/i18n/server.ts';
import styles from './site-header.module.css';

export type HeaderViewer = { name: string; role: 'admin' | 'reviewer' | 'translator'; unread: number } | null;

/** Links here are conveniences only; every page checks access again through the data-access layer. */
export async function SiteHeader({
  viewer,
  signOutAction,
  setLocaleAction,
}: {
  viewer: HeaderViewer;
  /** The sign-out and language Server Actions, passed in by the layout. */
  signOutAction: (formData: FormData) => Promise<unknown>;
  setLocaleAction: (formData: FormData) => Promise<unknown>;
}) {
  const { t } = await getTranslator();
  return (
    <header className={styles.header} data-print="hide">
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          {t('app.name')}
        </Link>
        <nav aria-labelledby="site-nav-label" className={styles.nav}>
          {/* A prerendered page (the fallback 404) is the same for everyone: its labels are in both languages (see Both). */}
          <BothLabel id="site-nav-label" k="nav.label" />
          <ul>
            <li>
              <Link href="/">
                <Both k="nav.home" />
              </Link>
            </li>
            {viewer && (
              <li>
                <Link href="/workspace">{t('nav.workspace')}</Link>
              </li>
            )}
            {(viewer?.role === 'reviewer' || viewer?.role === 'admin') && (
              <li>
                <Link href="/workspace/review">{t('editor.review.queue')}</Link>
              </li>
            )}
            {viewer && (
              <li>
                <Link href="/workspace/notifications">
                  {t('review.nav.notifications')}
                  {viewer.unread > 0 && (
                    <span className={styles.unread} aria-label={t('review.nav.unread', { count: viewer.unread })}>
                      {viewer.unread > 99 ? '99+' : viewer.unread}
                    </span>
                  )}
                </Link>
              </li>
            )}
            {viewer && (
              <li>
                <Link href="/workspace/memory">{t('memory.nav.memory')}</Link>
              </li>
            )}
            {/* The admin pages have their own navigation (app/(workspace)/admin/layout.tsx), which keeps this header on one line. */}
            {viewer?.role === 'admin' && (
              <li>
                <Link href="/admin/users">{t('nav.admin')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <div className={styles.tools}>
          <LocaleSwitcher action={setLocaleAction} />
          {viewer ? (
            <>
              <span className={styles.viewer}>{viewer.name}</span>
              <Link href="/workspace/account" className={styles.tool}>
                {t('nav.account')}
              </Link>
              <SignOutButton action={signOutAction} className={styles.tool} />
            </>
          ) : (
            <Link href="/signin" className={styles.tool}>
              <Both k="nav.signIn" />
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
