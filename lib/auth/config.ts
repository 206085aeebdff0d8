import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticateWithPassword, endSessions } from '@/lib/dal/accounts/sessions.ts';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { signInSchema } from '@/lib/validation/users.ts';
import { clientIp } from './client-ip.ts';
import { readAuthSecret } from './secret.ts';

class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: readAuthSecret(env.AUTH_SECRET),
  // Self-hosted: the host comes from the request (or the reverse proxy's X-Forwarded-Host).
  trustHost: true,
  session: { strategy: 'jwt', maxAge: env.DUET_SESSION_MAX_AGE },
  pages: { signIn: '/signin' },
  // A wrong password is an expected outcome, audited by the DAL; only real faults are logged. A
  // session cookie that does not decrypt (forged, tampered, or from before the secret changed) makes
  // the request anonymous; one line says so, rather than a stack trace per request an attacker sends.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      if ((error as { type?: string }).type === 'JWTSessionError') return console.warn('Ignored a session cookie that does not decrypt');
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse({ email: credentials.email, password: credentials.password });
        if (!parsed.success) return null;
        try {
          const claims = await authenticateWithPassword({ ...parsed.data, ip: clientIp(request.headers) });
          return claims ? { id: claims.userId, sessionVersion: claims.sessionVersion } : null;
        } catch (error) {
          if (error instanceof RateLimitedError) throw new ThrottledSignin();
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? '', sessionVersion: Number(token.sessionVersion ?? -1) };
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sub) await endSessions({ userId: token.sub, sessionVersion: Number(token.sessionVersion ?? -1) });
    },
  },
});
