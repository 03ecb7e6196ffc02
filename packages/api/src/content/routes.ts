import type { Hono } from 'hono';
import { problemResponse } from '../problem.js';
import type { Content } from './store.js';

/** Content changes only with a deployment: an hour in caches, revalidated by ETag afterwards. */
const CACHE_CONTROL = 'public, max-age=3600';

/** Mounts `GET /v1/quiz/{id}` and `GET /v1/orientations/{id}`, serving validated definitions. */
export function registerContent(app: Hono, content: Content): void {
  app.get('/v1/quiz/:id', (c) => {
    const id = c.req.param('id');
    const quiz = content.quiz.get(id);
    if (!quiz) return notFound('quiz', id, [...content.quiz.keys()]);
    return c.json(quiz, 200, { 'Cache-Control': CACHE_CONTROL });
  });
  app.get('/v1/orientations/:id', (c) => {
    const id = c.req.param('id');
    const orientation = content.orientations.get(id);
    if (!orientation) return notFound('orientation', id, [...content.orientations.keys()]);
    return c.json(orientation, 200, { 'Cache-Control': CACHE_CONTROL });
  });
}

function notFound(kind: string, id: string, known: readonly string[]): Response {
  const available = known.length > 0 ? `available: ${known.join(', ')}` : `none is published on this server`;
  return problemResponse({
    status: 404,
    detail: `No ${kind} with id '${id}' (${available}).`,
  });
}
