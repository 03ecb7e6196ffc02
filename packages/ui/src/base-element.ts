import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  InclusionClient,
  localeReady,
  translate,
  type InclusionApi,
  type Locale,
} from '@inclusion-widgets/core';
import {
  attributeName,
  httpUrl,
  parseAttributes,
  type AttributeIssue,
  type AttributeRules,
  type ConfigOf,
  type ParsedAttributes,
} from './attributes.js';
import { clientContext } from './context.js';
import { problemStyles, renderConfigError, renderConfigNotice, renderProblem } from './error-message.js';
import { InclusionConfigErrorEvent } from './events.js';
import { LocaleCatalogs, localeOf } from './locale.js';
import { createLogger, type Logger } from './logger.js';
import type * as Palette from './palette.js';
import { hostStyles } from './theme.js';

const apiRule = httpUrl();

/** The palette module, loaded the first time a widget has a `color` (kept off the first screen of the others). */
let paletteModule: Promise<typeof Palette> | undefined;

/**
 * The one base class of the widgets: configuration from attributes, locale, API client, and the shared
 * configuration-error and API-error states.
 *
 * A subclass declares its attribute rules in the static `attributeRules` (keyed by configuration name, read
 * from the kebab-case attribute) and passes their type as the type parameter; it renders in
 * `renderContent(config)` instead of `render()`, and receives only a valid configuration there. When an
 * attribute is invalid, the widget shows a readable panel listing each problem in its locale instead of its
 * content, logs one warning per problem naming the attribute, and fires `inclusion-config-error`; when every
 * invalid attribute has a `recoverable()` rule, it shows its content under a notice naming them instead.
 *
 * Styles: `hostStyles` (tokens, `:host`, focus, buttons…) and the problem styles always come first; a
 * subclass's `static styles` holds only its own.
 *
 * Subclasses that override `willUpdate` call `super.willUpdate(changed)` first; `this.config` is then fresh.
 *
 * Attribute rules are not Lit properties: document each with an `@attr` tag in the subclass's JSDoc, which
 * the custom-elements manifest and lit-analyzer read.
 *
 * @attr api - Base URL of the API (`https://api.example.org`); builds the client unless `.client` is set.
 * @fires inclusion-config-error - One or more attributes are invalid; `issues` lists them.
 * @csspart config-error - The panel shown in place of the widget when an attribute is invalid.
 * @csspart config-notice - The notice above the widget naming invalid attributes it works without.
 * @csspart problem - The box shown when the API fails.
 * @csspart retry-button - Its "Try again" button.
 *
 * @example
 * const rules = { services: slugList('services'), radius: withDefault(number({ min: 100 }), 5000) };
 * export class InclusionVenueFinder extends InclusionElement<typeof rules> {
 *   static override attributeRules = rules;
 *   protected override renderContent(config: ConfigOf<typeof rules>) {
 *     return html`${config.services.length} services, ${config.radius} m`;
 *   }
 * }
 */
export abstract class InclusionElement<R extends AttributeRules = AttributeRules> extends LitElement {
  /** The widget's attribute rules, keyed by configuration name; each reads the kebab-case attribute. */
  static attributeRules: AttributeRules = {};

  /** Whether the widget needs the API; when no client can be found, a configuration error asks for `api`. */
  static requiresClient = false;

  // Declared without decorators (and fields with `declare`), so that the base class works whatever the
  // compiler's decorator and class-field settings in a consumer's build.
  static override properties: PropertyDeclarations = {
    api: {},
    client: { attribute: false },
  };

  /** `hostStyles` and the problem styles, then the subclass's own `static styles`. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([hostStyles, problemStyles, styles ?? []]);
  }

  /** Lit's observed attributes, plus `lang` and the attribute of every rule. */
  static override get observedAttributes(): string[] {
    const ruleAttributes = Object.keys(this.attributeRules).map(attributeName);
    return [...new Set([...super.observedAttributes, 'lang', ...ruleAttributes])];
  }

  /** Base URL of the API, e.g. `https://api.example.org`; builds the client unless `.client` is set. */
  declare api: string | undefined;

  /** The API client; takes precedence over `api` and over a client provided by an ancestor. */
  declare client: InclusionApi | undefined;

  /** The locale the widget speaks, from `lang` on the element, an ancestor or the page; fresh in `willUpdate`. */
  protected locale: Locale = 'fr';

  /** Writes to the console with the `<tag-name>:` prefix. */
  protected readonly logger: Logger = createLogger(this.localName);

  private parsedConfig?: ConfigOf<R>;
  private parsedKey?: string;
  private issues: readonly AttributeIssue[] = [];
  private reportedIssues = '';
  private apiClient?: { readonly baseUrl: string; readonly client: InclusionApi };
  private appliedColor?: string;
  /** The custom properties the `color` palette set on the element. */
  private paletteProperties: readonly string[] = [];
  /** The palette of `color` being loaded and applied. */
  private pendingPalette?: Promise<void>;
  /** The `config` id read (or being read) from the API. */
  private remoteConfigurationId?: string;
  /** Its attributes being read and applied: `updateComplete` waits for them. */
  private pendingRemoteConfiguration?: Promise<void>;
  /** The catalogs of the locale (English ones are fetched on demand): nothing renders until they are there. */
  private readonly catalogs = new LocaleCatalogs(this);
  /** Console lines waiting for the English catalog. */
  private pendingLog?: Promise<void>;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });

  constructor() {
    super();
    // A controller, so that reporting does not depend on subclasses calling `super.updated()`.
    this.addController({
      hostUpdated: () => {
        this.reportIssues();
        this.applyColor();
      },
    });
  }

  /** The configuration parsed from the attributes, `undefined` while any attribute is invalid. */
  get config(): ConfigOf<R> | undefined {
    return this.parsedConfig;
  }

  /** The invalid attributes, with the reason in the widget's locale; empty when all are valid. */
  get configIssues(): readonly AttributeIssue[] {
    return this.issues;
  }

  /** The client the widget uses: `.client`, else one built from `api`, else one provided by an ancestor. */
  protected get activeClient(): InclusionApi | undefined {
    return this.client ?? this.apiClient?.client ?? this.clientConsumer.value;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Rule attributes and `lang` are observed without being Lit properties: re-render for them too.
    if (old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.locale = localeOf(this);
    this.updateApiClient();
    const { config, issues } = this.parseConfig(this.locale);
    this.issues = issues;
    // The same object while the attributes are the same, so that tasks depending on it do not run again.
    const key = JSON.stringify(this.ruleKeys().map((key) => this.getAttribute(attributeName(key))));
    if (config === undefined) {
      this.parsedConfig = undefined;
      this.parsedKey = undefined;
    } else if (key !== this.parsedKey) {
      this.parsedConfig = config;
      this.parsedKey = key;
    }
    this.readRemoteConfiguration();
  }

  /**
   * `config="<id>"`: the attributes of a configuration saved on the API apply where the element has none of its
   * own (`remote-configuration.ts`, loaded only then), read once per id, as soon as the widget has a client.
   */
  private readRemoteConfiguration(): void {
    const id = this.getAttribute('config');
    const client = this.activeClient;
    if (!id || !client || id === this.remoteConfigurationId) return;
    this.remoteConfigurationId = id;
    this.pendingRemoteConfiguration = import('./remote-configuration.js').then(
      ({ applyRemoteConfiguration }) => applyRemoteConfiguration(this, id, client, this.logger),
    );
  }

  /**
   * Renders the widget, or the configuration error panel when an attribute is invalid; when every invalid
   * attribute is recoverable, the widget with a notice naming them above it.
   */
  protected override render(): unknown {
    // Rather nothing for a moment than a flash of French on an English page (the host reserves the space).
    if (!this.catalogs.ready(this.locale)) return nothing;
    const config = this.parsedConfig;
    if (config === undefined) return renderConfigError(this.issues, this.locale);
    if (this.issues.length === 0) return this.renderContent(config);
    return html`${renderConfigNotice(this.issues, this.locale)}${this.renderContent(config)}`;
  }

  /**
   * `updateComplete` resolves once the widget has rendered in its locale, catalogs loaded, and its console lines
   * are written.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await this.catalogs.settle(() => super.getUpdateComplete());
    await this.pendingLog;
    await this.pendingPalette;
    if (this.pendingRemoteConfiguration) {
      await this.pendingRemoteConfiguration;
      this.pendingRemoteConfiguration = undefined;
      // Its attributes were set: the update they asked for (a new language, a colour…).
      return this.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The `color` of widgets whose rules have one (`hexColor()`): the palette derived from it (`derivePalette`:
   * main colour, text on it, focus ring, selected tint, each meeting WCAG 2.1 AA on the white surface), set as
   * the tokens' custom properties on the element (CSSOM properties, which a strict CSP allows); removed with the
   * attribute. Inline on the element, they win over the page's stylesheet rules for the same tokens, except
   * `!important` ones, as the attribute is the most specific statement. A colour too light for text is replaced
   * by a darker one of the same hue, with one console warning naming both (once per colour and kind of widget).
   * The palette module (1.7 KB gzip) loads the first time a widget has a `color`; `updateComplete` waits for it.
   */
  private applyColor(): void {
    const config = this.parsedConfig as { readonly color?: unknown } | undefined;
    const color = typeof config?.color === 'string' ? config.color : undefined;
    if (color === this.appliedColor) return;
    this.appliedColor = color;
    if (color === undefined) {
      this.setPaletteProperties({});
      this.pendingPalette = undefined;
      return;
    }
    paletteModule ??= import('./palette.js');
    const applied = paletteModule.then(({ derivePalette, paletteTokens, paletteWarning }) => {
      // The attribute changed while the module loaded: the newer call applies its own colour.
      if (this.appliedColor !== color) return;
      const palette = derivePalette(color);
      this.setPaletteProperties(paletteTokens(palette));
      const warning = paletteWarning(palette);
      if (warning) this.logger.warnOnce(`color ${color}`, warning);
    });
    this.pendingPalette = applied;
    void applied.finally(() => {
      if (this.pendingPalette === applied) this.pendingPalette = undefined;
    });
  }

  /** Sets the palette's custom properties on the element, and removes those it set before and not now. */
  private setPaletteProperties(properties: Readonly<Record<string, string>>): void {
    for (const name of this.paletteProperties) {
      if (!(name in properties)) this.style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) this.style.setProperty(name, value);
    this.paletteProperties = Object.keys(properties);
  }

  /** The widget's content, given its valid configuration. */
  protected abstract renderContent(config: ConfigOf<R>): unknown;

  /**
   * An API error in the widget's locale, with a "Try again" button calling `retry` (the error's own message
   * for the API client's errors, a generic one otherwise).
   */
  protected renderProblem(error: unknown, retry?: () => void): unknown {
    return renderProblem(error, this.locale, retry);
  }

  /**
   * The client built for a valid `api` attribute: an `InclusionClient`; a partner's tool returns one with the
   * calls it needs (`PartnerClient`).
   */
  protected createClient(baseUrl: string): InclusionApi {
    return new InclusionClient({ baseUrl });
  }

  /** Builds the client for a valid `api`, once per URL. */
  private updateApiClient(): void {
    const result = apiRule.parse(this.api ?? null, { locale: this.locale, attribute: 'api' });
    const baseUrl = result.ok ? result.value : undefined;
    if (baseUrl === undefined) this.apiClient = undefined;
    else if (this.apiClient?.baseUrl !== baseUrl) {
      this.apiClient = { baseUrl, client: this.createClient(baseUrl) };
    }
  }

  /** Parses `api` and every rule's attribute, with reasons in `locale`. */
  private parseConfig(locale: Locale): ParsedAttributes<R> {
    const ctor = this.constructor as typeof InclusionElement;
    const api = this.api ?? null;
    const apiResult = apiRule.parse(api, { locale, attribute: 'api' });
    const apiIssues: AttributeIssue[] = [];
    if (!apiResult.ok) apiIssues.push({ attribute: 'api', value: api, reason: apiResult.reason });
    else if (ctor.requiresClient && this.activeClient === undefined) {
      apiIssues.push({ attribute: 'api', value: api, reason: translate(locale, 'config.required') });
    }
    const parsed = parseAttributes(
      ctor.attributeRules as R,
      (attribute) => this.getAttribute(attribute),
      locale,
    );
    if (apiIssues.length === 0) return parsed;
    return { config: undefined, issues: [...apiIssues, ...parsed.issues] };
  }

  private ruleKeys(): string[] {
    return Object.keys((this.constructor as typeof InclusionElement).attributeRules);
  }

  /** Logs and announces the current issues, once per distinct set. */
  private reportIssues(): void {
    const signature = JSON.stringify(this.issues.map(({ attribute, value }) => [attribute, value]));
    if (signature === this.reportedIssues) return;
    this.reportedIssues = signature;
    if (this.issues.length === 0) return;
    this.dispatchEvent(new InclusionConfigErrorEvent(this.issues));
    // The console is for developers: its lines are in English whatever the widget's locale (the English
    // catalog is imported for them on a French page).
    const english = localeReady('en');
    if (english) {
      const logged = english.then(() => this.logIssues());
      this.pendingLog = logged;
      void logged.finally(() => {
        if (this.pendingLog === logged) this.pendingLog = undefined;
      });
    } else this.logIssues();
  }

  private logIssues(): void {
    const english = this.parseConfig('en').issues;
    for (const { attribute, value, reason } of english) {
      const written =
        value === null ? `attribute "${attribute}" is missing` : `attribute ${attribute}="${value}"`;
      const recovered =
        this.parsedConfig !== undefined &&
        this.issues.find((issue) => issue.attribute === attribute)?.recovered;
      this.logger.warn(`${written}: ${reason}${recovered ? ' (ignored: the widget works without it)' : ''}`);
    }
  }
}
