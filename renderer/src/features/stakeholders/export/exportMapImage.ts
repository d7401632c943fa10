import { type Language, localeOf } from '../../../../../shared/contract/app';
import { describeFilter } from '../../../../../shared/domain/stakeholders/drawing/describeFilter';
import { type Translate, mapToSvg } from '../../../../../shared/domain/stakeholders/drawing/mapToSvg';
import { filterMap } from '../../../../../shared/domain/stakeholders/filterMap';
import { layoutGuides } from '../../../../../shared/domain/stakeholders/layouts/layoutGuides';
import { powerInterestQuadrants } from '../../../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { downloadBlob } from '../io/downloadFile';
import type { MapViewState } from '../mapViewState';
import { embeddedFontCss } from './embeddedFontCss';
import { imageFileName } from './imageFileName';
import { rasterizeSvg } from './rasterizeSvg';

/** Twice the SVG's size: sharp on a projector and in a printed report. */
const PNG_SCALE = 2;

export interface ExportMapImageOptions {
  map: StakeholderMap;
  /** The filters on screen: the picture shows what the screen shows and says which filters made it. */
  view: MapViewState;
  clusterName: string;
  t: Translate;
  language: Language;
}

/**
 * Saves the map as `<cluster>-peta.svg` or `.png` (`-map` in English): the actors and ties the
 * view's filters let through, laid out as on screen, with the title, today's date, the filters and
 * the legend. The PNG is the same SVG drawn at twice its size.
 */
export async function exportMapImage(format: 'png' | 'svg', { map, view, clusterName, t, language }: ExportMapImageOptions): Promise<void> {
  const shown = filterMap(map.actors, map.ties, view);
  const svg = mapToSvg({
    actors: shown.actors,
    ties: shown.ties,
    layout: map.settings.layout,
    // The whole map's grid and rings: filtering must not move them from under the actors.
    grid: map.settings.layout === 'powerInterest' ? powerInterestQuadrants(map.actors) : undefined,
    guides: layoutGuides(map.settings.layout, map.actors),
    t,
    title: t('stakeholders.page.title', { cluster: clusterName }),
    dateText: new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long' }).format(new Date()),
    filtersText: describeFilter(view, t, map.actors),
    fontFaceCss: await embeddedFontCss(),
  });
  const fileName = imageFileName(clusterName, t('stakeholderLayouts.file.map'), format);
  if (format === 'svg') downloadBlob(fileName, new Blob([svg], { type: 'image/svg+xml' }));
  else downloadBlob(fileName, await rasterizeSvg(svg, PNG_SCALE));
}
