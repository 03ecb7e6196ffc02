/**
 * The only place in the widgets that writes to the browser console.
 *
 * Every line starts with the widget's tag, `<inclusion-quiz>:`, so that a webmaster reading the console knows
 * which embedded widget is talking. Debug lines are silent unless debugging is on: call `setDebug(true)`, or
 * add `?inclusion-debug` to the page address.
 */

/** A console facade bound to one tag name. */
export interface Logger {
  /** Logs a debug line, only when debugging is on. */
  debug(...data: unknown[]): void;
  /** Logs an information line. */
  info(...data: unknown[]): void;
  /** Logs a warning. */
  warn(...data: unknown[]): void;
  /** Logs an error. */
  error(...data: unknown[]): void;
  /** Logs a warning the first time `key` is seen for this tag in this page, and never again. */
  warnOnce(key: string, ...data: unknown[]): void;
}

let debugEnabled: boolean | undefined;
const warnedKeys = new Set<string>();

/**
 * Turns debug lines on or off for every logger of this copy of the library.
 *
 * @example
 * setDebug(true);
 */
export function setDebug(enabled: boolean): void {
  debugEnabled = enabled;
}

/** Whether debug lines are written: `setDebug`, else the `inclusion-debug` query parameter of the page. */
export function isDebugEnabled(): boolean {
  debugEnabled ??=
    typeof location !== 'undefined' && new URLSearchParams(location.search).has('inclusion-debug');
  return debugEnabled;
}

/**
 * Creates a logger whose lines start with `<tagName>:`.
 *
 * @example
 * const logger = createLogger('inclusion-quiz');
 * logger.warn('attribute "services": unknown slug "foo"');
 * // console: <inclusion-quiz>: attribute "services": unknown slug "foo"
 */
export function createLogger(tagName: string): Logger {
  const prefix = `<${tagName}>:`;
  // `console` is read at call time, so that tests (and devtools) can replace its methods.
  const write = (level: 'debug' | 'info' | 'warn' | 'error', data: unknown[]): void => {
    const [first, ...rest] = data;
    if (typeof first === 'string') console[level](`${prefix} ${first}`, ...rest);
    else console[level](prefix, ...data);
  };
  return {
    debug: (...data) => {
      if (isDebugEnabled()) write('debug', data);
    },
    info: (...data) => write('info', data),
    warn: (...data) => write('warn', data),
    error: (...data) => write('error', data),
    warnOnce: (key, ...data) => {
      const scopedKey = `${tagName}\u0000${key}`;
      if (warnedKeys.has(scopedKey)) return;
      warnedKeys.add(scopedKey);
      write('warn', data);
    },
  };
}
