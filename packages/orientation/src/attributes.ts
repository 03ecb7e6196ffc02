import { parseQuizSummary, type QuizSummary } from '@inclusion-widgets/core';
import {
  boolean,
  headingLevel,
  hexColor,
  httpUrl,
  identifier,
  locale,
  oneOf,
  recoverable,
  territory,
  withDefault,
  type AttributeRule,
  type ConfigOf,
} from '@inclusion-widgets/ui';
import { t } from './orientation.messages.js';

/** The orientation shown when neither `flow` nor `src` is given: the default one, in `packages/content`. */
export const defaultFlow = 'trouver-la-bonne-aide';

/**
 * The `quiz-result` attribute: a quiz result as JSON, `{"band":"debutant","areas":[{"framework":"…","band":"…"}]}`
 * (the fields of `inclusion-quiz-complete`).
 *
 * @example
 * quizResult().parse('{"band":"intermediaire"}', context); // { ok: true, value: { band: 'intermediaire', … } }
 */
export function quizResult(): AttributeRule<QuizSummary | undefined> {
  return {
    parse(raw, context) {
      if (raw === null) return { ok: true, value: undefined };
      const value = parseQuizSummary(raw);
      return value ? { ok: true, value } : { ok: false, reason: t(context.locale, 'config.quizResult') };
    },
  };
}

/**
 * The attributes of `<inclusion-orientation>`. `flow`, `src`, `territory` and `api` are not recoverable:
 * without them the wrong help or the wrong places would show. Settings it works without (language, colour,
 * statistics, mode, a quiz result) are: a bad value is named in a notice and ignored.
 */
export const orientationRules = {
  flow: identifier(),
  src: httpUrl(),
  territory: territory(),
  lang: recoverable(locale()),
  color: recoverable(hexColor()),
  partner: recoverable(identifier()),
  stats: recoverable(boolean()),
  mode: recoverable(withDefault(oneOf(['citizen', 'professional']), 'citizen')),
  quizResult: recoverable(quizResult()),
  headingLevel: recoverable(headingLevel()),
};

/** The configuration of `<inclusion-orientation>`, from its attributes. */
export type OrientationConfig = ConfigOf<typeof orientationRules>;
