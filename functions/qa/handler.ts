import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall } from '../platform/http';
import { buildQaApp } from './app';

export const handler = onFirstCall(() => serverless(buildQaApp(defaultDeps())));
