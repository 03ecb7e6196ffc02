/**
 * RGAA 4.1 criterion 8.2 (valid code): every screen of every widget, as the browser holds it, checked with the Nu
 * Html Checker (v.Nu). Each shadow root (the widget's and those of the elements inside it: details, map…) is
 * serialised as it is at that moment and checked as the body of a minimal document; no error may remain.
 *
 * One kind of message is not an error of ours: v.Nu's schema does not know the `part` attribute yet (CSS Shadow
 * Parts, a global attribute of the DOM standard, supported by every current browser). It is the only one left out.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepShadowRoots } from './helpers.js';
import { allScreens, hostPage } from './scenarios.js';

interface CheckerMessage {
  readonly type: string;
  readonly subType?: string;
  readonly message: string;
  readonly extract?: string;
}

/** Messages that are not errors of the markup: see the module's comment. */
const notOurs = [/^Attribute “part” not allowed on element “[\w-]+” at this point\.$/];

function documentOf(root: ShadowRoot, title: string): string {
  const lang = root.host.closest('[lang]')?.getAttribute('lang') ?? 'fr';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${root.innerHTML}</body></html>`;
}

async function validate(
  documents: { name: string; html: string }[],
): Promise<{ name: string; messages: CheckerMessage[] }[]> {
  const results = await executeServerCommand<
    { name: string; messages: CheckerMessage[] }[],
    { documents: { name: string; html: string }[] }
  >('validate-html', { documents });
  if (!results) throw new Error('the validate-html command is not installed (web-test-runner.config.mjs)');
  return results;
}

describe('RGAA 8.2: the markup of every screen is valid (Nu Html Checker)', function () {
  this.timeout(120_000);

  it('the checker finds an error in invalid markup (the check can fail)', async () => {
    const [result] = await validate([
      {
        name: 'invalid',
        html: '<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><ul><div>x</div></ul><p id="a"></p><p id="a"></p></body></html>',
      },
    ]);
    const errors = result!.messages.filter((message) => message.type === 'error');
    expect(errors.length, JSON.stringify(result)).to.be.greaterThanOrEqual(2);
  });

  for (const screen of allScreens) {
    it(`${screen.name}`, async () => {
      const { container } = await hostPage();
      const element = await screen.open(container);
      const roots = deepShadowRoots(element);
      expect(roots.length).to.be.greaterThan(0);
      const documents = roots.map((root, index) => ({
        name: `${screen.name} — ${root.host.localName} #${index + 1}`,
        html: documentOf(root, `${screen.name}`),
      }));
      const results = await validate(documents);
      const errors = results.flatMap(({ name, messages }) =>
        messages
          .filter((message) => message.type === 'error' || message.subType === 'fatal')
          .filter((message) => !notOurs.some((pattern) => pattern.test(message.message)))
          .map((message) => `${name}: ${message.message} [${message.extract ?? ''}]`),
      );
      expect(errors, errors.join('\n')).to.deep.equal([]);
    });
  }
});
