import { expect } from '@open-wc/testing';
import { define, versionOf } from './define.js';

let count = 0;
const uniqueTag = (): string => `test-define-${++count}`;

/** Replaces `console.warn` while `run` runs, and gives the first argument of each call. */
function captureWarnings(run: () => void): unknown[] {
  const warnings: unknown[] = [];
  const original = console.warn;
  console.warn = (...data: unknown[]) => warnings.push(data[0]);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define()', () => {
  it('defines the element and records the version on its constructor', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    define(tag, First, '1.0.0');
    expect(customElements.get(tag)).to.equal(First);
    expect(versionOf(First)).to.equal('1.0.0');
  });

  it('does nothing, silently, when the same constructor is defined twice', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    const warnings = captureWarnings(() => {
      define(tag, First, '1.0.0');
      define(tag, First, '1.0.0');
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('does nothing, silently, when another copy of the same version defines the tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class SameVersionCopy extends HTMLElement {}
    const warnings = captureWarnings(() => {
      define(tag, First, '1.0.0');
      define(tag, SameVersionCopy, '1.0.0');
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first definition and warns once, naming both versions, when another version defines the tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    const warnings = captureWarnings(() => {
      expect(() => define(tag, First, '1.0.0')).not.to.throw();
      expect(() => define(tag, Second, '2.0.0')).not.to.throw();
      expect(() => define(tag, Third, '3.0.0')).not.to.throw();
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.be.a('string')
      .that.contains(`<${tag}>:`)
      .and.contains('1.0.0')
      .and.contains('2.0.0');
  });

  it('warns instead of throwing when the registry refuses the definition', () => {
    const tag = uniqueTag();
    const otherTag = uniqueTag();
    class Reused extends HTMLElement {}
    define(tag, Reused, '1.0.0');
    const warnings = captureWarnings(() => {
      expect(() => define(otherTag, Reused, '1.0.0')).not.to.throw();
      expect(() => define('not a valid name', class extends HTMLElement {}, '1.0.0')).not.to.throw();
    });
    expect(customElements.get(otherTag)).to.equal(undefined);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain(`<${otherTag}>:`);
  });

  it('does not read a version that a subclass inherits from a defined class', () => {
    const tag = uniqueTag();
    class Parent extends HTMLElement {}
    class Child extends Parent {}
    define(tag, Parent, '1.0.0');
    expect(versionOf(Child)).to.equal(undefined);
  });
});
