/** Tree-shaken ECharts: only what the panels draw is registered. Chart.svelte is the only
 * importer; option builders import the ChartOption type alone, so they stay DOM-free. */
import { use, init, type ComposeOption, type ECharts, type ECElementEvent } from 'echarts/core';
import { LineChart, BarChart, PieChart, TreemapChart } from 'echarts/charts';
import type { LineSeriesOption, BarSeriesOption, PieSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  DatasetComponent,
  TitleComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  TooltipComponentOption,
  LegendComponentOption,
  DataZoomComponentOption,
  MarkLineComponentOption,
  MarkAreaComponentOption,
  MarkPointComponentOption,
  DatasetComponentOption,
  TitleComponentOption,
} from 'echarts/components';
import { LabelLayout, UniversalTransition } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

use([
  LineChart,
  BarChart,
  PieChart,
  TreemapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  DatasetComponent,
  TitleComponent,
  LabelLayout,
  UniversalTransition,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | PieSeriesOption
  | TreemapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | MarkPointComponentOption
  | DatasetComponentOption
  | TitleComponentOption
>;

export { init };
export type { ECharts, ECElementEvent };
