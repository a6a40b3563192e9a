import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { readStoredUser } from '../api/session';

/*
 * The discreet-mode flag alone (see discreet.ts). Every screen reads it through `Screen`, so it
 * lives apart from the topic words and the /api/me refresh: those would otherwise ride in the
 * home page's first chunk, which the slow-phone bench found 7× the bare app's.
 */
const STORAGE_KEY = 'tayuan.view';
const CHANGED_EVENT = 'discreet:changed';

interface Stored {
  userId: string;
  discreet: boolean;
}

function readStored(): Stored | null {
  const value: unknown = Taro.getStorageSync(STORAGE_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const { userId, discreet } = value as Record<string, unknown>;
  return typeof userId === 'string' && typeof discreet === 'boolean' ? { userId, discreet } : null;
}

/** Whether her lists hide what they are about. Signed out: nothing of hers shows anyway. */
export function readDiscreet(): boolean {
  const user = readStoredUser();
  if (!user) return false;
  const stored = readStored();
  return stored?.userId === user.id ? stored.discreet : true;
}

/** Remembers the server's answer for the signed-in person and tells every mounted screen. */
export function saveDiscreet(discreet: boolean): void {
  const user = readStoredUser();
  if (!user) return;
  Taro.setStorageSync(STORAGE_KEY, { userId: user.id, discreet });
  Taro.eventCenter.trigger(CHANGED_EVENT, discreet);
}

/** The current setting, following changes made anywhere (我的, a refresh from the server). */
export function useDiscreet(): boolean {
  const [discreet, setDiscreet] = useState(readDiscreet);
  useEffect(() => {
    const changed = () => setDiscreet(readDiscreet());
    Taro.eventCenter.on(CHANGED_EVENT, changed);
    return () => {
      Taro.eventCenter.off(CHANGED_EVENT, changed);
    };
  }, []);
  return discreet;
}
