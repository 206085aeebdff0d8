'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button.tsx';
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

export function UserRow({ user, isSelf }: Props) {
  const { t } = useTranslator();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<void>>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : t(errorMessageKey(result.code)));
    });
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <Select
          aria-label={`${t('admin.users.changeRole')}: ${user.email}`}
          value={user.role}
          disabled={isSelf || pending}
          onChange={(event) => {
            const role = event.target.value as Role;
            run(() => setUserRoleAction({ userId: user.id, role }));
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`admin.users.roles.${role}`)}
            </option>
          ))}
        </Select>
      </td>
      <td>{user.disabled ? t('admin.users.statuses.disabled') : t('admin.users.statuses.active')}</td>
      <td>
        {!isSelf && (
          <Button
            variant={user.disabled ? 'secondary' : 'danger'}
            size="small"
            pending={pending}
            onClick={() => run(() => (user.disabled ? enableUserAction : disableUserAction)({ userId: user.id }))}
          >
            {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
          </Button>
        )}
        {error && <span role="alert" className="form-error">{error}</span>}
      </td>
    </tr>
  );
}
