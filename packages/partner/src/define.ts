// Registers <inclusion-partner-stats>. The one module of the package with side effects; `index.ts` exports the
// class without registering it.
import { define } from '@inclusion-widgets/ui';
import { InclusionPartnerStats } from './partner-stats.js';
import { version } from './version.js';

define('inclusion-partner-stats', InclusionPartnerStats, version);

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-partner-stats': InclusionPartnerStats;
  }
}
