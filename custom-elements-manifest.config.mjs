// Custom-elements manifest generated from the JSDoc of the widgets (read by Storybook, the READMEs and the React
// wrappers' generator, scripts/generate-react.mjs).

/**
 * The widgets register through the guarded `define('inclusion-quiz', InclusionQuiz, version)` of
 * `@inclusion-widgets/ui`, which the analyzer does not know: this plugin reads those calls, marks each class as a
 * custom element with its tag name, and adds the definition to the exports of its module, as
 * `customElements.define` would.
 */
function guardedDefinePlugin() {
  /** Tag name by class name. */
  const tags = new Map();
  return {
    name: 'inclusion-guarded-define',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element))
        tags.set(element.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tagName = tags.get(declaration.name);
          if (tagName === undefined || declaration.kind !== 'class') continue;
          declaration.customElement = true;
          declaration.tagName = tagName;
          module.exports ??= [];
          if (
            !module.exports.some(
              (entry) => entry.kind === 'custom-element-definition' && entry.name === tagName,
            )
          ) {
            module.exports.push({
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'packages/{core,api,content}/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [guardedDefinePlugin()],
};
