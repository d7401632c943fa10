import { type MapFilter, noFilter } from '../../../../shared/domain/stakeholders/filterMap';

/** What the facilitator has chosen to see on a map (see filterMap), held by the map page for all its views. */
export type MapViewState = MapFilter;

export const initialMapView: MapViewState = noFilter;
