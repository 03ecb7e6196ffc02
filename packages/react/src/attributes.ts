import * as React from 'react';

/** The value of an attribute prop: a string, `true` for an empty attribute, `false` or nothing for none. */
export type AttributeValue = string | number | boolean | null | undefined;

/**
 * Wraps a component made by `createComponent` so that the props named in `attributes` are written as attributes
 * of the element (`setAttribute`, before the element's first render), whatever the version of React.
 *
 * The widgets read their configuration from attributes (`territory`, `quiz`, `config`…), not from properties.
 * React 19 sets a prop as a property whenever the element has one by that name, and some attribute names are
 * also read-only members of the widgets (`config`, the parsed configuration; `quiz`; `flow`): assigning them
 * would throw. Here they never reach React or `@lit/react`: a layout effect writes them, so that the element has
 * them when it first renders (Lit renders in a microtask, after React's layout effects).
 *
 * @example
 * const Base = createComponent({ tagName: 'inclusion-quiz', elementClass: InclusionQuiz, react: React });
 * export const Quiz = withAttributes<InclusionQuiz, typeof Base, { quiz?: AttributeValue }>(Base, ['quiz'], 'Quiz');
 */
export function withAttributes<E extends HTMLElement, C extends React.ElementType, A extends object>(
  component: C,
  attributes: readonly (keyof A & string)[],
  displayName: string,
): React.ForwardRefExoticComponent<
  React.PropsWithoutRef<Omit<React.ComponentProps<C>, keyof A> & A> & React.RefAttributes<E>
> {
  const names = new Set<string>(attributes);
  const Wrapped = React.forwardRef<E, Record<string, unknown>>((props, ref) => {
    const written: Record<string, unknown> = {};
    const passed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      if (names.has(name)) written[name] = value;
      else passed[name] = value;
    }
    const element = React.useRef<E | null>(null);
    const setElement = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    // No dependency array: runs after every render, and writes only what changed.
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return;
      for (const name of names) {
        const value = written[name];
        const text =
          value === undefined || value === null || value === false
            ? null
            : value === true
              ? ''
              : String(value);
        if (text === null) node.removeAttribute(name);
        else if (node.getAttribute(name) !== text) node.setAttribute(name, text);
      }
    });
    return React.createElement(component, { ...passed, ref: setElement });
  });
  Wrapped.displayName = displayName;
  return Wrapped as never;
}
