/**
 * @inclusion-widgets/map: `<inclusion-map>`, the maplibre-gl map of the places. No side effects: import
 * `@inclusion-widgets/map/define.js` to define the element.
 *
 * @module
 */

export { InclusionMapLoadEvent, InclusionMapSelectEvent } from './events.js';
export { InclusionMap, moveDelay } from './map.js';
export {
  circleBounds,
  toViewport,
  type MapFilters,
  type MapFocusArea,
  type MapSelection,
} from './viewport.js';
