// The only module that imports ECharts: tree-shaken to the charts and components we draw.
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, GaugeSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { ANALYST_THEME, PRINT_THEME, WALL_THEME } from './theme.ts';

// The SVG renderer is for paper: vector charts stay sharp at any printer's resolution.
echarts.use([
  BarChart,
  GaugeChart,
  AriaComponent,
  GridComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);
echarts.registerTheme('analyst', ANALYST_THEME);
echarts.registerTheme('wall', WALL_THEME);
echarts.registerTheme('print', PRINT_THEME);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

export { echarts };

/** A live chart, for export and the wall's tour; only src/charts/ knows it is ECharts. */
export type ChartInstance = echarts.EChartsType;
