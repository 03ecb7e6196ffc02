import {
  boolean,
  headingLevel,
  hexColor,
  httpUrl,
  identifier,
  locale,
  recoverable,
  type AttributeRule,
  type ConfigOf,
} from '@inclusion-widgets/ui';
import { t } from './quiz.messages.js';

/** Where the result hands over: a page address, or an element of the page by its id. */
export type NextTarget =
  { readonly kind: 'url'; readonly href: string } | { readonly kind: 'element'; readonly id: string };

const urlRule = httpUrl();

/**
 * The `next` attribute: an http(s) address (absolute, or a path starting with `/`, `./` or `../`), or `#` and the
 * id of an `<inclusion-venue-finder>` or `<inclusion-orientation>` on the page (`#lieux`).
 *
 * @example
 * nextTarget().parse('#lieux', context); // { ok: true, value: { kind: 'element', id: 'lieux' } }
 */
export function nextTarget(): AttributeRule<NextTarget | undefined> {
  return {
    parse(raw, context) {
      if (raw === null) return { ok: true, value: undefined };
      const value = raw.trim();
      const reason = t(context.locale, 'config.next', { value: raw });
      if (value.startsWith('#')) {
        const id = value.slice(1);
        return /^[^\s#]{1,200}$/.test(id)
          ? { ok: true, value: { kind: 'element', id } }
          : { ok: false, reason };
      }
      const url = urlRule.parse(value, context);
      return url.ok && url.value !== undefined
        ? { ok: true, value: { kind: 'url', href: url.value } }
        : { ok: false, reason };
    },
  };
}

/**
 * The attributes of `<inclusion-quiz>`. `quiz`, `src` and `api` are not recoverable: without them there is no
 * quiz to show. Settings the quiz works without (language, colour, statistics, where to go next) are: a bad value
 * is named in a notice and ignored.
 */
export const quizRules = {
  quiz: identifier(),
  src: httpUrl(),
  lang: recoverable(locale()),
  color: recoverable(hexColor()),
  partner: recoverable(identifier()),
  stats: recoverable(boolean()),
  next: recoverable(nextTarget()),
  headingLevel: recoverable(headingLevel()),
};

/** The configuration of `<inclusion-quiz>`, from its attributes. */
export type QuizConfig = ConfigOf<typeof quizRules>;
