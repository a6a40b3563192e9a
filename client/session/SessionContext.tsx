import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PublicUser } from '../../shared/auth';
import { authApi } from '../api/auth';
import { clearSession, readStoredUser, saveSession } from '../api/session';

export interface Session {
  user: PublicUser | null;
  /** Signs in with a WeChat code, or `local:<handle>` in the local H5 build. */
  signIn(code: string): Promise<PublicUser>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children?: ReactNode }) {
  const [user, setUser] = useState<PublicUser | null>(() => readStoredUser());

  const signIn = useCallback(async (code: string) => {
    const res = await authApi.login(code);
    saveSession(res.token, res.user);
    setUser(res.user);
    return res.user;
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
