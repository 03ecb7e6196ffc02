import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// `fixed` positions from the viewport, so that no offset parent inside shadow roots can shift the popover.
const strategy = 'fixed';

/** Options of a `PopoverController`. */
export interface PopoverOptions {
  /** The element the popover belongs to (usually its button); gets the focus back on Escape. */
  readonly anchor: () => HTMLElement | null | undefined;
  /** The popover element. */
  readonly floating: () => HTMLElement | null | undefined;
  /** Where the popover goes relative to the anchor, before flipping; `bottom-start` by default. */
  readonly placement?: Placement;
  /** Gap between anchor and popover, in pixels; 8 by default. */
  readonly offset?: number;
  /** Room kept between the popover and the edges of the viewport, in pixels; 8 by default. */
  readonly padding?: number;
  /**
   * Also re-positions on every animation frame in which the anchor moved or changed size, not only on the next
   * resize: for a popover in text that the reader may enlarge or space out (200 %, text spacing), so that it
   * follows its anchor before anything is painted or measured. Off by default.
   */
  readonly everyFrame?: boolean;
  /** Called when the popover opens or closes, whatever the cause (button, Escape, click outside, code). */
  readonly onOpenChange?: (open: boolean) => void;
  /** floating-ui's `autoUpdate`; replaceable to observe it in tests. */
  readonly autoUpdate?: typeof autoUpdate;
}

/**
 * Opens, positions and closes one popover (a menu, a tooltip, a small panel) over `@floating-ui/dom`.
 *
 * - `show()` re-renders the host, then positions the popover under its anchor (`offset`, `flip`, `shift`, then
 *   `size`) and keeps it there with `autoUpdate` while open; `hide()` and disconnecting the host stop `autoUpdate`.
 * - `size` gives the popover the room it has inside the viewport (minus `padding`) as two custom properties,
 *   `--popover-available-width` and `--popover-available-height` (in px), for its `max-width` / `max-height`:
 *   at 320 px it never gets wider than the screen.
 * - Escape closes and puts the focus back on the anchor; a press outside the anchor and the popover closes.
 * - The host renders the state: `?hidden=${!controller.open}` on the popover, `aria-expanded` on the anchor.
 *
 * @example
 * class InclusionFilters extends InclusionElement {
 *   private readonly panel = new PopoverController(this, {
 *     anchor: () => this.renderRoot.querySelector('button'),
 *     floating: () => this.renderRoot.querySelector('[part=panel]'),
 *   });
 *   protected override renderContent() {
 *     return html`
 *       <button aria-expanded=${this.panel.open} aria-controls="panel" @click=${() => this.panel.toggle()}>
 *         Filtres
 *       </button>
 *       <div id="panel" part="panel" ?hidden=${!this.panel.open}>…</div>
 *     `;
 *   }
 * }
 */
export class PopoverController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: PopoverOptions;
  private isOpen = false;
  private stopAutoUpdate?: () => void;
  private positioned: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement, options: PopoverOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the popover is open. */
  get open(): boolean {
    return this.isOpen;
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** Opens the popover; resolves once it is rendered and positioned. */
  async show(): Promise<void> {
    if (this.isOpen) return this.positioned;
    this.isOpen = true;
    this.host.requestUpdate();
    this.options.onOpenChange?.(true);
    await this.host.updateComplete;
    const anchor = this.options.anchor();
    const floating = this.options.floating();
    if (!this.isOpen || !this.host.isConnected || !anchor || !floating) return;
    this.host.addEventListener('keydown', this.handleKeydown);
    document.addEventListener('pointerdown', this.handleDocumentPointerdown, true);
    // Out of the flow before the first measure, so that showing it does not move the anchor (CSSOM, see below).
    floating.style.position = strategy;
    // `autoUpdate` calls `update` once right away, then on scroll, resize and layout shifts.
    const start = this.options.autoUpdate ?? autoUpdate;
    this.stopAutoUpdate = start(
      anchor,
      floating,
      () => {
        this.positioned = this.position(anchor, floating);
      },
      { animationFrame: this.options.everyFrame ?? false },
    );
    await this.positioned;
  }

  /**
   * Closes the popover; with `restoreFocus`, puts the focus back on the anchor. With `render: false`, the host is
   * not asked to re-render (it already renders the popover closed, or has no popover any more): no update is
   * requested from inside an update.
   */
  hide({
    restoreFocus = false,
    render = true,
  }: { readonly restoreFocus?: boolean; readonly render?: boolean } = {}): void {
    if (!this.isOpen) return;
    // Before `onOpenChange`: an anchor found from the open state (one popover for several anchors) is gone after.
    const anchor = restoreFocus ? this.options.anchor() : undefined;
    this.isOpen = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.host.removeEventListener('keydown', this.handleKeydown);
    document.removeEventListener('pointerdown', this.handleDocumentPointerdown, true);
    if (render) this.host.requestUpdate();
    this.options.onOpenChange?.(false);
    anchor?.focus();
  }

  /** Opens the popover if closed, closes it if open. */
  async toggle(): Promise<void> {
    if (this.isOpen) this.hide();
    else await this.show();
  }

  private async position(anchor: HTMLElement, floating: HTMLElement): Promise<void> {
    const padding = this.options.padding ?? 8;
    const { x, y } = await computePosition(anchor, floating, {
      placement: this.options.placement ?? 'bottom-start',
      strategy,
      middleware: [
        offset(this.options.offset ?? 8),
        flip({ padding }),
        // Before `size`: with `shift`, the width available is the viewport's, not only what is right of the anchor.
        shift({ padding }),
        size({
          padding,
          apply({ availableWidth, availableHeight, elements }) {
            elements.floating.style.setProperty(
              '--popover-available-width',
              `${Math.max(0, availableWidth)}px`,
            );
            elements.floating.style.setProperty(
              '--popover-available-height',
              `${Math.max(0, availableHeight)}px`,
            );
          },
        }),
      ],
    });
    if (!this.isOpen) return;
    // A strict Content-Security-Policy blocks `style="…"` attributes in markup, but not styles set from
    // script through the CSSOM, as here.
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.isOpen) return;
    // Only this popover closes, not a dialog around it.
    event.stopPropagation();
    this.hide({ restoreFocus: true });
  };

  private readonly handleDocumentPointerdown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const anchor = this.options.anchor();
    const floating = this.options.floating();
    if ((anchor && path.includes(anchor)) || (floating && path.includes(floating))) return;
    this.hide();
  };
}
