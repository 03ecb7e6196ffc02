import { expect, oneEvent } from '@open-wc/testing';
import { InclusionConfigErrorEvent, InclusionEvent } from './events.js';

describe('InclusionEvent', () => {
  it('bubbles and crosses shadow roots by default', () => {
    const event = new InclusionEvent('inclusion-test');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(new InclusionEvent('inclusion-test', { bubbles: false }).bubbles).to.equal(false);
  });

  it('reaches the document from inside a shadow root, with its typed fields', async () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    try {
      const issues = [{ attribute: 'radius', value: 'abc', reason: '« abc » n’est pas un nombre.' }];
      const received = oneEvent(document, 'inclusion-config-error');
      inner.dispatchEvent(new InclusionConfigErrorEvent(issues));
      const event = (await received) as unknown as InclusionConfigErrorEvent;
      expect(event).to.be.instanceOf(InclusionConfigErrorEvent);
      expect(event.type).to.equal(InclusionConfigErrorEvent.eventName);
      expect(event.issues).to.deep.equal(issues);
    } finally {
      host.remove();
    }
  });
});
