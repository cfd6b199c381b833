// Draws the wall's first page of charts as SVG off the main thread, so the first screen shows its
// charts while the app's code, React and ECharts still load on the page. Each chart is built from
// the same option as the live one (src/charts/panel-option.ts), at its box's size, and measured
// with the same fonts on an offscreen canvas, so the live chart that replaces it draws the same.
import { measureChartText } from '../../charts/measure-text.ts';
import { barOrder } from '../../charts/options/bar-option.ts';
import { describeIndicators } from '../../charts/options/describe-panel.ts';
import { panelOption } from '../../charts/panel-option.ts';
import { wallChartSvg } from '../../charts/svg-chart.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import { indexBundle } from '../../store/bundle-index.ts';
import { againstWhole, chartKind } from '../../store/chart-kind.ts';
import { toChartRows } from '../../ui/indicator-text.ts';
import { LAYOUT, PANEL_CHROME, wallPanels } from './wall-layout.ts';
import { previewKey, type PreviewReply, type PreviewRequest } from './wall-previews.ts';

// While the page still waits for its bundle and checks it, the worker gets its fonts and ECharts'
// text measures ready: the first chart it drew took several times as long as the next ones.
measureChartText('淮南市 0123456789万亿元人次%', 24);
measureChartText('淮南市 0123456789万亿元人次%', 26, 'bold');

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { bytes, lang, boxes } = event.data;
  const validation = validateBundle(JSON.parse(new TextDecoder().decode(bytes)));
  if (!validation.ok) {
    for (const box of boxes) reply({ panelId: box.panelId, failed: 'invalid bundle' });
    return;
  }
  const index = indexBundle(validation.bundle);
  const panels = new Map(
    wallPanels(index, LAYOUT[lang].maxBars, false).map((panel) => [panel.id, panel]),
  );
  for (const box of boxes) {
    const panel = panels.get(box.panelId);
    if (!panel) {
      reply({ panelId: box.panelId, failed: 'no such panel' });
      continue;
    }
    try {
      reply({ panelId: box.panelId, key: previewKey(panel, lang, box.width), svg: draw(box) });
    } catch (error) {
      reply({ panelId: box.panelId, failed: String(error) });
    }
  }

  /** The panel of `box` drawn as the wall draws it (see wall-panel.tsx and panel-chart.tsx). */
  function draw(box: (typeof boxes)[number]): string {
    const panel = panels.get(box.panelId)!;
    const rows = toChartRows(panel.indicators, lang, 'short');
    const kind = chartKind(panel, 'wall');
    const panelWidth = box.width + PANEL_CHROME;
    const option = panelOption({
      unit: panel.unit,
      measure: panel.measure,
      kind,
      whole: againstWhole(panel),
      rows,
      description: describeIndicators({
        title: panel.title[lang],
        indicators: panel.indicators,
        lang,
        more: panel.more,
      }),
      mode: 'wall',
      lang,
      width: box.width,
      height: box.height,
      labelWidth: Math.round(panelWidth * (lang === 'en' ? 0.5 : 0.42)),
      labelLines: box.labelLines,
      measuredWidth: box.width,
      measureText: measureChartText,
      redraw: false,
    });
    // The featured panel's first figure in emphasis, as the live chart holds it (echart.tsx).
    const emphasis = box.featured
      ? barOrder(rows).findIndex((row) => row.id === panel.indicators[0]?.id)
      : -1;
    return wallChartSvg(option, { width: box.width, height: box.height, emphasis });
  }
};

function reply(message: PreviewReply): void {
  self.postMessage(message);
}
