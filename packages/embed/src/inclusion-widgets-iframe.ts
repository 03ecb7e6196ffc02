// The host page's snippet of the iframe mode, next to the iframe:
// `<script type="module" src="…/inclusion-widgets-iframe.js"></script>` (see iframe-host.ts).
import { startIframeHost } from './iframe-host.js';

startIframeHost();
