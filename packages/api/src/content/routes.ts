import type { Handler, Hono } from 'hono';
import { problemResponse } from '../problem.js';
import { pickTranslation, type Content, type Translations } from './store.js';

/** Content changes only with a deployment: an hour in caches, revalidated by ETag afterwards. */
const CACHE_CONTROL = 'public, max-age=3600';

/**
 * Mounts `GET /v1/quiz/{id}` and `GET /v1/orientations/{id}`, serving validated definitions. `?lang=en` asks
 * for a language: the definition in that language when it has one, else in French, else in the language it
 * has (see `pickTranslation`); `Content-Language` says which one was served, as does the body's `locale`.
 */
export function registerContent(app: Hono, content: Content): void {
  const serve = <T extends { locale: string }>(
    kind: string,
    definitions: ReadonlyMap<string, Translations<T>>,
  ) =>
    ((c) => {
      const id = c.req.param('id') ?? '';
      const translations = definitions.get(id);
      const definition = translations && pickTranslation(translations, c.req.query('lang'));
      if (!definition) return notFound(kind, id, [...definitions.keys()]);
      return c.json(definition, 200, {
        'Cache-Control': CACHE_CONTROL,
        'Content-Language': definition.locale,
      });
    }) satisfies Handler;
  app.get('/v1/quiz/:id', serve('quiz', content.quiz));
  app.get('/v1/orientations/:id', serve('orientation', content.orientations));
}

function notFound(kind: string, id: string, known: readonly string[]): Response {
  const available = known.length > 0 ? `available: ${known.join(', ')}` : `none is published on this server`;
  return problemResponse({
    status: 404,
    detail: `No ${kind} with id '${id}' (${available}).`,
  });
}
