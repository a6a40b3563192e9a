import Router from '@koa/router';
import { consentRequest, deleteMeRequest, loginRequest, preferencesRequest } from '../../shared/auth';
import { pageQuery } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { createHttpApp, parseBody, parseQuery } from '../platform/http';
import { requireCaller } from '../platform/auth';
import { listNotifications } from '../platform/notifications';
import { giveConsent, login, me, signOutEverywhere, updatePreferences } from './auth.service';
import { eraseAccount } from './erase.service';

export function buildAuthApp(deps: Deps) {
  const router = new Router();

  router.get('/api/health', (ctx) => {
    ctx.body = { ok: true };
  });

  router.post('/api/auth/login', async (ctx) => {
    const { code } = parseBody(ctx, loginRequest);
    ctx.body = await login(deps, code);
  });

  router.get('/api/me', async (ctx) => {
    ctx.body = await me(deps, await requireCaller(ctx, deps));
  });

  router.patch('/api/me/preferences', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    ctx.body = await updatePreferences(deps, user, parseBody(ctx, preferencesRequest));
  });

  router.delete('/api/me', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    parseBody(ctx, deleteMeRequest);
    await eraseAccount(deps, user);
    ctx.status = 204;
  });

  router.post('/api/me/sign-out-everywhere', async (ctx) => {
    await signOutEverywhere(deps, await requireCaller(ctx, deps));
    ctx.status = 204;
  });

  router.post('/api/me/consents', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const input = parseBody(ctx, consentRequest);
    ctx.status = 201;
    ctx.body = await giveConsent(deps, user, input);
  });

  router.get('/api/me/notifications', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listNotifications(deps, user.id, limit, cursor);
  });

  return createHttpApp(router);
}
