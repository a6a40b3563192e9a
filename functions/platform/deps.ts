import { loadConfig, type Config } from './config';
import { createDb, type Db } from './db';
import { randomId, systemClock, type Clock, type IdGen } from './clock';
import { createFieldCipher, type FieldCipher } from './crypto';
import { createWeChatAdapter, localWeChatAdapter, type WeChatAdapter } from './wechat';

/** What every service may use; injected so tests can pin the clock or swap WeChat. */
export interface Deps {
  config: Config;
  db: Db;
  clock: Clock;
  ids: IdGen;
  cipher: FieldCipher;
  wechat: WeChatAdapter;
}

export function buildDeps(config: Config = loadConfig(), overrides: Partial<Deps> = {}): Deps {
  const clock = overrides.clock ?? systemClock;
  return {
    config,
    db: overrides.db ?? createDb(config),
    clock,
    ids: overrides.ids ?? randomId,
    cipher: overrides.cipher ?? createFieldCipher(config.fieldKey),
    wechat:
      overrides.wechat ??
      (config.authMode === 'local' && !config.wechat.appId ? localWeChatAdapter : createWeChatAdapter(config.wechat, clock)),
  };
}

let shared: Deps | undefined;
/** Made once per process (one Lambda container) from the environment. */
export const defaultDeps = (): Deps => (shared ??= buildDeps());
