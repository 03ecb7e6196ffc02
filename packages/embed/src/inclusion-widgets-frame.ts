// Loaded by the widgets' iframe pages (`/embed/<widget>` of the API), never by a host page: posts the page's
// height to the page that frames it (see iframe-frame.ts).
import { startResizeSender } from './iframe-frame.js';

startResizeSender();
