import { handlers } from '@/lib/auth/config.ts';

export const { GET, POST } = handlers;
