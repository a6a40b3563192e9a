import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import type { PublicUser } from '../../shared/auth';
import { authMain } from '../api/main';
import { meApi } from '../api/me';
import { clearSession, readStoredUser, readToken, saveSession, SESSION_ENDED_EVENT } from '../api/session';

export interface Session {
  user: PublicUser | null;
  /** Signs in with a WeChat code, or `local:<handle>` in the local H5 build. */
  signIn(code: string): Promise<PublicUser>;
  signOut(): void;
  /** Re-reads the profile, so a role granted since sign-in (volunteer approval) shows at once. */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children?: ReactNode }) {
  const [user, setUser] = useState<PublicUser | null>(() => readStoredUser());

  const signIn = useCallback(async (code: string) => {
    const res = await authMain.login(code);
    saveSession(res.token, res.user);
    setUser(res.user);
    return res.user;
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setUser(null);
  }, []);

  // Any call answered 401 has already dropped the stored sign-in; show it at once.
  useEffect(() => {
    const ended = () => setUser(null);
    Taro.eventCenter.on(SESSION_ENDED_EVENT, ended);
    return () => {
      Taro.eventCenter.off(SESSION_ENDED_EVENT, ended);
    };
  }, []);

  const refresh = useCallback(async () => {
    const token = readToken();
    if (!token) return;
    try {
      const me = await meApi.me();
      // Signed out (or in as someone else) while this was in flight: never bring the old sign-in back.
      if (readToken() !== token) return;
      const fresh = { id: me.id, role: me.role, displayName: me.displayName };
      saveSession(token, fresh);
      setUser(fresh);
    } catch {
      // A network blip changes nothing. An expired or revoked sign-in (401) is already over:
      // request() dropped it and told every screen (SESSION_ENDED_EVENT above).
    }
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut, refresh }), [user, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
