'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog } from '@/components/ui/dialog.tsx';
import { Select } from '@/components/ui/select.tsx';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import { roles, type Role } from '@/lib/domain/permissions.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { disableUserAction, enableUserAction, setUserRoleAction } from '../actions.ts';

type Props = {
  user: { id: string; email: string; name: string; role: Role; disabled: boolean };
  isSelf: boolean;
};

/** One account: a role change and disabling ask first (both end the user's sessions) and say what was done after. */
export function UserRow({ user, isSelf }: Props) {
  const { t } = useTranslator();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  // The role chosen in the select, waiting for the admin to confirm it.
  const [proposedRole, setProposedRole] = useState<Role | null>(null);
  const roleName = (role: Role) => t(`admin.users.roles.${role}`);
  const run = (action: () => Promise<ActionResult<void>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      setOutcome(result.ok ? { ok: true, text: done } : { ok: false, text: t(errorMessageKey(result.code)) });
    });
  const changeRole = (role: Role) => run(() => setUserRoleAction({ userId: user.id, role }), t('admin.users.roleChanged', { name: user.name, role: roleName(role) }));
  const enable = () => run(() => enableUserAction({ userId: user.id }), t('admin.users.enabledDone', { name: user.name }));
  const disable = () => run(() => disableUserAction({ userId: user.id }), t('admin.users.disabledDone', { name: user.name }));
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <Select
          aria-label={`${t('admin.users.changeRole')}: ${user.email}`}
          value={proposedRole ?? user.role}
          disabled={isSelf || pending}
          onChange={(event) => setProposedRole(event.target.value as Role)}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleName(role)}
            </option>
          ))}
        </Select>
        <ConfirmDialog
          open={proposedRole !== null}
          onOpenChange={(open) => {
            if (!open) setProposedRole(null);
          }}
          title={t('admin.users.confirmRoleTitle', { name: user.name, role: roleName(proposedRole ?? user.role) })}
          body={t('admin.users.confirmRoleBody')}
          confirmLabel={t('admin.users.confirmRoleButton')}
          tone="danger"
          onConfirm={() => {
            if (proposedRole) changeRole(proposedRole);
          }}
        />
      </td>
      <td>{user.disabled ? t('admin.users.statuses.disabled') : t('admin.users.statuses.active')}</td>
      <td>
        {!isSelf &&
          (user.disabled ? (
            <Button variant="secondary" size="small" pending={pending} onClick={enable}>
              {t('admin.users.enable')}
            </Button>
          ) : (
            <ConfirmDialog
              title={t('admin.users.confirmDisableTitle', { name: user.name })}
              body={t('admin.users.confirmDisableBody')}
              confirmLabel={t('admin.users.disable')}
              tone="danger"
              onConfirm={disable}
              trigger={(open) => (
                <Button variant="danger" size="small" pending={pending} onClick={open}>
                  {t('admin.users.disable')}
                </Button>
              )}
            />
          ))}
        {outcome &&
          (outcome.ok ? (
            <span role="status">{outcome.text}</span>
          ) : (
            <span role="alert" className="form-error">
              {outcome.text}
            </span>
          ))}
      </td>
    </tr>
  );
}
