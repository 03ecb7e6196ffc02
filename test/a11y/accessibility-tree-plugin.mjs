// A web-test-runner plugin: the command `a11y-live-regions` reads Chromium's own accessibility tree (CDP
// `Accessibility.getFullAXTree`, the tree screen readers are given) and returns its live regions: role, name,
// `live`/`atomic`/`relevant` and the text they hold. Playwright no longer offers `page.accessibility`, so the
// command opens a CDP session on the test page.

/** The value of an AX node property, if set. */
function propertyOf(node, name) {
  return node.properties?.find((property) => property.name === name)?.value?.value;
}

/** The text of a node and its descendants, as the accessibility tree holds it. */
function textOf(node, byId) {
  if (node.role?.value === 'StaticText' || node.role?.value === 'InlineTextBox') {
    return node.role.value === 'StaticText' ? String(node.name?.value ?? '') : '';
  }
  return (node.childIds ?? [])
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((child) => textOf(child, byId))
    .join(' ');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function accessibilityTreePlugin() {
  return {
    name: 'a11y-accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'a11y-live-regions') return undefined;
      if (session.browser.type !== 'playwright') {
        throw new Error(`a11y-live-regions needs Playwright, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        return nodes
          .filter((node) => !node.ignored)
          .filter((node) => {
            const live = propertyOf(node, 'live');
            const role = node.role?.value;
            // `live` is set on the region and inherited by its descendants: keep the region itself.
            const parent = node.parentId ? byId.get(node.parentId) : undefined;
            const parentLive = parent ? propertyOf(parent, 'live') : undefined;
            return (
              ['status', 'alert', 'log', 'timer', 'marquee'].includes(role) ||
              (live !== undefined && live !== 'off' && parentLive !== live)
            );
          })
          .map((node) => ({
            role: node.role?.value,
            name: String(node.name?.value ?? ''),
            live: propertyOf(node, 'live') ?? 'off',
            atomic: propertyOf(node, 'atomic') ?? false,
            relevant: propertyOf(node, 'relevant') ?? '',
            text: textOf(node, byId).replace(/\s+/g, ' ').trim(),
          }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
