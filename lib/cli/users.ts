import { setUserPassword } from '@/lib/dal/accounts/passwords.ts';
import { createUser, disableUser, enableUser, getUserIdByEmailOrThrow, listUsers, setUserRole } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { parseOrThrow } from '../validation/parse.ts';
import { roleSchema } from '../validation/users.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

function required(flags: Flags, name: string): string {
  const value = flags[name];
  if (!value) throw new UsageError(`Missing --${name}`);
  return value;
}

export async function runUserCommand(subcommand: string | undefined, flags: Flags): Promise<void> {
  switch (subcommand) {
    case 'create': {
      const { user, generatedPassword } = await createUser(systemViewer, {
        email: required(flags, 'email'),
        name: required(flags, 'name'),
        role: required(flags, 'role') as never,
        password: flags.password,
      });
      console.log(`Created ${user.role} ${user.email} (${user.id})`);
      if (generatedPassword) console.log(`Password: ${generatedPassword}`);
      return;
    }
    case 'list': {
      for (const user of await listUsers(systemViewer)) {
        const state = user.disabled ? 'disabled' : 'active';
        console.log([user.email, user.name, user.role, state, user.id].join('\t'));
      }
      return;
    }
    case 'disable':
    case 'enable': {
      const userId = await getUserIdByEmailOrThrow(systemViewer, required(flags, 'email'));
      const user = await (subcommand === 'disable' ? disableUser : enableUser)(systemViewer, userId);
      console.log(`${user.email} is now ${user.disabled ? 'disabled' : 'active'}`);
      return;
    }
    case 'set-role': {
      const role = parseOrThrow(roleSchema, required(flags, 'role'));
      const userId = await getUserIdByEmailOrThrow(systemViewer, required(flags, 'email'));
      const user = await setUserRole(systemViewer, userId, role);
      console.log(`${user.email} is now ${user.role}`);
      return;
    }
    case 'set-password': {
      const { email, generatedPassword } = await setUserPassword(systemViewer, required(flags, 'email'), flags.password);
      console.log(`Set a new password for ${email}; their sessions have ended`);
      if (generatedPassword) console.log(`Password: ${generatedPassword}`);
      return;
    }
    default:
      throw new UsageError(`Unknown user command: ${subcommand ?? '(none)'}`);
  }
}
