import * as z from 'zod';
import { loginResponse, meResponse, type LoginResponse, type MeResponse } from '../../shared/auth';
import { request } from './http';

export const authApi = {
  login: (code: string): Promise<LoginResponse> =>
    request({ method: 'POST', path: '/api/auth/login', body: { code }, schema: loginResponse }),
  me: (): Promise<MeResponse> => request({ path: '/api/me', schema: meResponse }),
  health: () => request({ path: '/api/health', schema: z.object({ ok: z.literal(true) }) }),
};
