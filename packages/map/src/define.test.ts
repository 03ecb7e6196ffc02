import { expect } from '@open-wc/testing';
import { versionOf } from '@inclusion-widgets/ui';
import { InclusionMap } from './index.js';
import './define.js';
import { version } from './version.js';

describe('define.js', () => {
  it('defines <inclusion-map> with the package’s version', async () => {
    const response = await fetch(new URL('../package.json', import.meta.url));
    const manifest = (await response.json()) as { version: string };
    expect(version).to.equal(manifest.version);
    expect(customElements.get('inclusion-map')).to.equal(InclusionMap);
    expect(versionOf(InclusionMap)).to.equal(manifest.version);
    expect(document.createElement('inclusion-map')).to.be.instanceOf(InclusionMap);
  });
});
