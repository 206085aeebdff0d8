import type { MessageKey, MessageVars } from '@/lib/i18n/translate.ts';
import { auditEn } from '@/lib/i18n/messages/features/audit.ts';

/** What an audit entry names, resolved from ids by the data layer; null when it no longer exists. */
export type AuditSubjects = {
  actor: string | null;
  article: string | null;
  user: string | null;
  repository: string | null;
};

export type AuditEntry = { action: string; detail: Record<string, unknown> };

/** The subjects of a listed audit event (the data layer's view of it), as the sentence needs them. */
export function subjectsOfEvent(event: {
  actor: { name: string } | null;
  subjects: { article: { title: string } | null; user: string | null; repository: string | null };
}): AuditSubjects {
  return { actor: event.actor?.name ?? null, article: event.subjects.article?.title ?? null, user: event.subjects.user, repository: event.subjects.repository };
}

export type AuditSentence = { key: MessageKey; vars: MessageVars };

/** `article.import` → whether `audit.actions.article.import` has a sentence. */
function hasSentence(action: string): boolean {
  const [group, name, ...rest] = action.split('.');
  if (!group || !name || rest.length > 0 || !Object.hasOwn(auditEn.actions, group)) return false;
  return Object.hasOwn(auditEn.actions[group as keyof typeof auditEn.actions], name);
}

/** The values an entry's detail may fill in: numbers and short strings only (never an object, never an id). */
function detailVars(detail: Record<string, unknown>): MessageVars {
  const vars: MessageVars = {};
  for (const [key, value] of Object.entries(detail)) {
    if (typeof value === 'number' && Number.isFinite(value)) vars[key] = value;
    else if (typeof value === 'string' && value.length <= 200 && !/Id$/.test(key)) vars[key] = value;
  }
  return vars;
}

/**
 * The sentence for an audit entry ("Lin approved 12 translations in “Bridges” at once"), with names
 * in place of ids. `labels` gives the words that depend on the interface language (who "System" is,
 * a deleted article, a role's name).
 */
export function auditSentence(
  entry: AuditEntry,
  subjects: AuditSubjects,
  labels: { system: string; unknownArticle: string; unknownUser: string; role: (role: string) => string },
): AuditSentence {
  const detail = entry.detail;
  const vars: MessageVars = {
    ...detailVars(detail),
    actor: subjects.actor ?? labels.system,
    article: subjects.article ?? (typeof detail.title === 'string' ? detail.title : typeof detail.slug === 'string' ? detail.slug : labels.unknownArticle),
    user: subjects.user ?? labels.unknownUser,
    repository: subjects.repository ?? (typeof detail.name === 'string' ? detail.name : '?'),
    action: entry.action,
  };
  if (typeof detail.role === 'string') vars.role = labels.role(detail.role);
  if (typeof detail.source === 'string' && typeof detail.target === 'string') vars.term = `${detail.source} → ${detail.target}`;
  for (const count of ['segments', 'approved', 'skipped', 'submitted', 'filled', 'replaced', 'applied', 'number']) vars[count] ??= 0;
  vars.email ??= '?';
  vars.find ??= '';
  vars.replace ??= '';
  vars.checkId ??= '?';
  return hasSentence(entry.action) ? { key: `audit.actions.${entry.action}` as MessageKey, vars } : { key: 'audit.other', vars };
}
