import { Both } from '@/lib/i18n/both.tsx';

/** A publish date as each interface language writes it (see Both); dates are shown in UTC. */
export function PublishedDate({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()}>
      <Both render={(_, locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)} />
    </time>
  );
}
