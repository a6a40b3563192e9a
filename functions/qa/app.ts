import Router from '@koa/router';
import { pageQuery } from '../../shared/common';
import { articleReportRequest, articlesQuery, askQuestionRequest, emptyRequest, feedbackRequest, postMessageRequest, queueQuery, threadQuery } from '../../shared/qa';
import type { Deps } from '../platform/deps';
import { created, createHttpApp, parseBody, parseQuery, pathId } from '../platform/http';
import { requireCaller, requireRole } from '../platform/auth';
import { getArticleView, listTopics, searchArticles } from './articles.service';
import * as questions from './questions.service';
import * as reports from './reports.service';

export function buildQaApp(deps: Deps) {
  const router = new Router();

  router.get('/api/qa/topics', async (ctx) => {
    ctx.body = await listTopics(deps);
  });

  router.get('/api/qa/articles', async (ctx) => {
    ctx.body = await searchArticles(deps, parseQuery(ctx, articlesQuery));
  });

  router.get('/api/qa/articles/:id', async (ctx) => {
    ctx.body = await getArticleView(deps, pathId(ctx));
  });

  router.post('/api/qa/articles/:id/report', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const id = pathId(ctx);
    created(ctx, await reports.reportArticle(deps, user, id, parseBody(ctx, articleReportRequest)));
  });

  router.get('/api/admin/article-reports', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await reports.listArticleReports(deps, limit, cursor);
  });

  router.post('/api/qa/questions', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    created(ctx, await questions.askQuestion(deps, user, parseBody(ctx, askQuestionRequest)));
  });

  router.get('/api/me/questions', async (ctx) => {
    // Her own things stay hers after she becomes a volunteer (issue 9).
    const user = await requireRole(ctx, deps, 'resident', 'volunteer');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await questions.myQuestions(deps, user, limit, cursor);
  });

  router.get('/api/qa/questions/:id', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    ctx.body = await questions.getThread(deps, user, pathId(ctx), parseQuery(ctx, threadQuery));
  });

  router.post('/api/qa/questions/:id/messages', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const id = pathId(ctx);
    const { body } = parseBody(ctx, postMessageRequest);
    created(ctx, await questions.postMessage(deps, user, id, body));
  });

  router.post('/api/qa/questions/:id/close', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const id = pathId(ctx);
    parseBody(ctx, emptyRequest);
    ctx.body = await questions.close(deps, user, id);
  });

  router.post('/api/qa/questions/:id/feedback', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const id = pathId(ctx);
    const { helpful } = parseBody(ctx, feedbackRequest);
    ctx.body = await questions.giveFeedback(deps, user, id, helpful);
  });

  router.get('/api/qa/queue', async (ctx) => {
    await requireRole(ctx, deps, 'volunteer');
    ctx.body = await questions.queue(deps, parseQuery(ctx, queueQuery));
  });

  router.get('/api/qa/claims', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await questions.myClaims(deps, user, limit, cursor);
  });

  router.post('/api/qa/questions/:id/claim', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    const id = pathId(ctx);
    parseBody(ctx, emptyRequest);
    ctx.body = await questions.claim(deps, user, id);
  });

  router.post('/api/qa/questions/:id/release', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    const id = pathId(ctx);
    parseBody(ctx, emptyRequest);
    ctx.body = await questions.release(deps, user, id);
  });

  return createHttpApp(router);
}
