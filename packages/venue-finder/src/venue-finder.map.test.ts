import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FakeClient } from '../../../test/fake-client.js';
import './define.js';
import type { InclusionVenueFinder } from './venue-finder.js';

/** The finder in a container `width` pixels wide. */
async function finderIn(width: number, attributes: Record<string, string>): Promise<InclusionVenueFinder> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${width}px`;
  const element = document.createElement('inclusion-venue-finder') as InclusionVenueFinder;
  element.client = new FakeClient();
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await waitUntil(() => element.shadowRoot!.querySelectorAll('.item').length > 0, 'results');
  return element;
}

describe('<inclusion-venue-finder> with its map', () => {
  it('shows list and map side by side on a wide container, and syncs the selection both ways', async () => {
    const element = await finderIn(1000, { near: '3.0635,50.6366', 'radius-km': '20' });
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('inclusion-map'), 'map element', { timeout: 10_000 });
    const map = root.querySelector('inclusion-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('.marker.point'), 'markers', { timeout: 15_000 });

    const marker = map.shadowRoot!.querySelector<HTMLButtonElement>('.marker.point')!;
    const name = marker.getAttribute('aria-label') ?? marker.textContent ?? '';
    marker.click();
    await element.updateComplete;
    const highlighted = root.querySelector('.item.highlighted');
    expect(highlighted, 'list item highlighted').to.exist;
    expect(name).to.contain(highlighted!.querySelector('.item-title')!.textContent!.trim());

    const other = [...root.querySelectorAll<HTMLElement>('.item:not(.highlighted)')][0]!;
    other.querySelector<HTMLButtonElement>('button.small')!.click();
    await element.updateComplete;
    await waitUntil(() => map.shadowRoot!.querySelector('[aria-current="true"]'), 'marker current');
    expect(other.classList.contains('highlighted')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows the list first on a narrow container, and the map on request', async () => {
    const element = await finderIn(360, { near: '3.0635,50.6366' });
    const root = element.shadowRoot!;
    expect(root.querySelector('inclusion-map')).to.equal(null);
    const mapButton = [...root.querySelectorAll<HTMLButtonElement>('.layout-toggle button')].find(
      (button) => button.textContent!.trim() === 'Carte',
    )!;
    mapButton.click();
    await waitUntil(() => root.querySelector('inclusion-map'), 'map shown', { timeout: 10_000 });
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector<HTMLElement>('.list-pane')!.hidden).to.equal(true);
  });
});
