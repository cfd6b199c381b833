// Everything of the analyst view that is not needed to paint the headline figures: one lazy
// chunk, fetched after the first paint, so the script that runs before it stays small.
export { CompareSection } from './compare-section.tsx';
export { DetailDrawer } from './detail-drawer.tsx';
export { downloadFile } from '../../ui/download.ts';
export { csvExport, jsonExport } from './export-data.ts';
export { ActiveFilters, FilterBar } from './filter-bar.tsx';
export { IndicatorTable } from './indicator-table.tsx';
export { PanelCard } from './panel-card.tsx';
