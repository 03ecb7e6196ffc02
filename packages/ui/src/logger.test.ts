import { expect } from '@open-wc/testing';
import { createLogger, isDebugEnabled, setDebug } from './logger.js';

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Replaces console methods while `run` runs, and gives what they received. */
function captureConsole(run: () => void): Array<[Level, unknown[]]> {
  const lines: Array<[Level, unknown[]]> = [];
  const levels: Level[] = ['debug', 'info', 'warn', 'error'];
  const originals = levels.map((level) => console[level]);
  levels.forEach((level) => {
    console[level] = (...data: unknown[]) => lines.push([level, data]);
  });
  try {
    run();
  } finally {
    levels.forEach((level, index) => {
      console[level] = originals[index]!;
    });
  }
  return lines;
}

describe('createLogger()', () => {
  afterEach(() => setDebug(false));

  it('prefixes every line with the tag name', () => {
    const lines = captureConsole(() => {
      const logger = createLogger('inclusion-quiz');
      logger.info('ready');
      logger.warn('attribute "services": unknown slug "foo"', { extra: 1 });
      logger.error(new Error('boom'));
    });
    expect(lines[0]).to.deep.equal(['info', ['<inclusion-quiz>: ready']]);
    expect(lines[1]).to.deep.equal([
      'warn',
      ['<inclusion-quiz>: attribute "services": unknown slug "foo"', { extra: 1 }],
    ]);
    expect(lines[2]?.[0]).to.equal('error');
    expect(lines[2]?.[1][0]).to.equal('<inclusion-quiz>:');
    expect(lines[2]?.[1][1]).to.be.instanceOf(Error);
  });

  it('keeps debug lines silent unless debugging is on', () => {
    expect(isDebugEnabled()).to.equal(false);
    const silent = captureConsole(() => createLogger('test-debug').debug('hidden'));
    expect(silent).to.deep.equal([]);
    setDebug(true);
    const shown = captureConsole(() => createLogger('test-debug').debug('shown'));
    expect(shown).to.deep.equal([['debug', ['<test-debug>: shown']]]);
  });

  it('warns once per key and tag', () => {
    const lines = captureConsole(() => {
      const logger = createLogger('test-once');
      logger.warnOnce('clash', 'first');
      logger.warnOnce('clash', 'second');
      logger.warnOnce('other', 'third');
      createLogger('test-once-too').warnOnce('clash', 'fourth');
    });
    expect(lines.map(([, data]) => data[0])).to.deep.equal([
      '<test-once>: first',
      '<test-once>: third',
      '<test-once-too>: fourth',
    ]);
  });
});
