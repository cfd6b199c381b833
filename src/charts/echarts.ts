// The only module that imports ECharts: tree-shaken to the charts and components we draw.
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  GraphicComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, GaugeSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  LegendComponentOption,
  AriaComponentOption,
  GraphicComponentOption,
} from 'echarts/components';
import { ANALYST_THEME, WALL_THEME } from './theme.ts';

echarts.use([
  BarChart,
  GaugeChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  GraphicComponent,
  CanvasRenderer,
]);
echarts.registerTheme('analyst', ANALYST_THEME);
echarts.registerTheme('wall', WALL_THEME);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
  | GraphicComponentOption
>;

export { echarts };

/** A live chart, for export and the wall's tour; only src/charts/ knows it is ECharts. */
export type ChartInstance = echarts.EChartsType;
