// A widget's entry for the loader's tests: defines <inclusion-fake-widget> and counts its evaluations.
const counter = Symbol.for('inclusion-widgets-test/fake-widget-loads');
globalThis[counter] = (globalThis[counter] ?? 0) + 1;
if (!globalThis.customElements.get('inclusion-fake-widget')) {
  globalThis.customElements.define('inclusion-fake-widget', class extends globalThis.HTMLElement {});
}
