import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PromiseCache } from './cache.js';

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('PromiseCache', () => {
  it('keeps a pending entry, and a fulfilled one for maxAge after it fulfils', async () => {
    const time = clock();
    const cache = new PromiseCache<string>({ maxEntries: 10, maxAge: 1000, now: time.now });
    let resolve!: () => void;
    cache.add('a', 'A', new Promise<void>((r) => (resolve = r)));
    time.advance(5000);
    assert.equal(cache.get('a'), 'A', 'a pending entry never expires');
    resolve();
    await tick();
    time.advance(999);
    assert.equal(cache.get('a'), 'A');
    time.advance(1);
    assert.equal(cache.get('a'), undefined);
    assert.equal(cache.size, 0);
  });

  it('evicts an entry as soon as its promise rejects', async () => {
    const cache = new PromiseCache<string>({ maxEntries: 10, maxAge: 1000 });
    cache.add('a', 'A', Promise.reject(new Error('down')));
    assert.equal(cache.get('a'), 'A');
    await tick();
    assert.equal(cache.get('a'), undefined);
  });

  it('never lets a late rejection evict a newer entry under the same key', async () => {
    const cache = new PromiseCache<string>({ maxEntries: 10, maxAge: 1000 });
    let reject!: (error: Error) => void;
    cache.add('a', 'old', new Promise<void>((_, r) => (reject = r)));
    cache.add('a', 'new', Promise.resolve());
    reject(new Error('late'));
    await tick();
    assert.equal(cache.get('a'), 'new');
  });

  it('drops the least recently used entry beyond maxEntries', () => {
    const cache = new PromiseCache<string>({ maxEntries: 2, maxAge: 1000 });
    const pending = new Promise<void>(() => {});
    cache.add('a', 'A', pending);
    cache.add('b', 'B', pending);
    assert.equal(cache.get('a'), 'A'); // a is now the most recently used
    cache.add('c', 'C', pending);
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 'A');
    assert.equal(cache.get('c'), 'C');
  });

  it('keeps nothing with maxEntries 0', () => {
    const cache = new PromiseCache<string>({ maxEntries: 0, maxAge: 1000 });
    cache.add('a', 'A', Promise.resolve());
    assert.equal(cache.get('a'), undefined);
  });

  it('deletes an entry only if it is still the given one', () => {
    const cache = new PromiseCache<string>({ maxEntries: 10, maxAge: 1000 });
    cache.add('a', 'A', new Promise<void>(() => {}));
    cache.delete('a', 'other');
    assert.equal(cache.get('a'), 'A');
    cache.delete('a');
    assert.equal(cache.get('a'), undefined);
  });
});
