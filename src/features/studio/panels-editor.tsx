import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { CHART_KINDS, unitKey, type ChartKind } from '../../data/bundle-format.ts';
import type { StudioFigure } from './studio-model.ts';
import {
  addPanel,
  movePanel,
  panelUnit,
  patchPanel,
  removePanel,
  setExplicitPanels,
  togglePanelFigure,
  type StudioPanel,
} from './studio-panels.ts';
import { useStudio } from './studio-store.ts';

/** Panels: grouped by unit (the dashboard's default) or laid out by hand, one unit per panel. */
export function PanelsEditor() {
  const { t } = useT('studio');
  const work = useStudio((state) => state.work);
  const change = useStudio((state) => state.change);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  if (!work) return null;
  const explicit = Boolean(work.panels);
  const kept = work.figures.filter((figure) => figure.kept);
  const panels = work.panels ?? [];
  return (
    <fieldset className="studio-panels" data-testid="studio-panels">
      <legend>{t('panels.heading')}</legend>
      <label className="studio-check">
        <input
          type="radio"
          name="studio-panel-mode"
          checked={!explicit}
          onChange={() => change((current) => setExplicitPanels(current, false))}
        />
        {t('panels.byUnit')}
      </label>
      <label className="studio-check">
        <input
          type="radio"
          name="studio-panel-mode"
          checked={explicit}
          onChange={() => change((current) => setExplicitPanels(current, true))}
        />
        {t('panels.explicit')}
      </label>
      {explicit && (
        <>
          <ol className="studio-panels__list">
            {panels.map((panel, index) => (
              <PanelItem
                key={panel.id}
                panel={panel}
                first={index === 0}
                last={index === panels.length - 1}
                figures={kept}
              />
            ))}
          </ol>
          <form
            className="studio-themes__add"
            onSubmit={(event) => {
              event.preventDefault();
              if (!zh.trim()) return;
              change((current) => addPanel(current, { zh: zh.trim(), en: en.trim() }));
              setZh('');
              setEn('');
            }}
          >
            <input
              lang="zh-CN"
              aria-label={t('panels.newZh')}
              placeholder={t('panels.newZh')}
              value={zh}
              onChange={(event) => setZh(event.target.value)}
            />
            <input
              lang="en"
              aria-label={t('panels.newEn')}
              placeholder={t('panels.newEn')}
              value={en}
              onChange={(event) => setEn(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={!zh.trim()}>
              {t('panels.add')}
            </button>
          </form>
        </>
      )}
    </fieldset>
  );
}

interface ItemProps {
  panel: StudioPanel;
  first: boolean;
  last: boolean;
  figures: StudioFigure[];
}

/** One panel: its titles, chart, place in the list, and figures of its one unit. */
function PanelItem({ panel, first, last, figures }: ItemProps) {
  const { t, i18n } = useT('studio');
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const change = useStudio((state) => state.change);
  const name = panel.title.zh || panel.id;
  const unit = panelUnit(panel, figures);
  const chosen = new Set(panel.indicators);
  return (
    <li className="studio-panels__item" data-panel={panel.id}>
      <div className="studio-themes__item">
        <input
          lang="zh-CN"
          aria-label={t('panels.titleZhOf', { name })}
          value={panel.title.zh}
          onChange={(event) =>
            change((work) =>
              patchPanel(work, panel.id, { title: { ...panel.title, zh: event.target.value } }),
            )
          }
        />
        <input
          lang="en"
          aria-label={t('panels.titleEnOf', { name })}
          value={panel.title.en}
          onChange={(event) =>
            change((work) =>
              patchPanel(work, panel.id, { title: { ...panel.title, en: event.target.value } }),
            )
          }
        />
        <select
          aria-label={t('panels.chartOf', { name })}
          value={panel.chart}
          onChange={(event) =>
            change((work) => patchPanel(work, panel.id, { chart: event.target.value as ChartKind }))
          }
        >
          {CHART_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`panels.chart.${kind}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={first}
          aria-label={t('panels.upOf', { name })}
          onClick={() => change((work) => movePanel(work, panel.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={last}
          aria-label={t('panels.downOf', { name })}
          onClick={() => change((work) => movePanel(work, panel.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={t('panels.removeOf', { name })}
          onClick={() => change((work) => removePanel(work, panel.id))}
        >
          {t('panels.remove')}
        </button>
      </div>
      <details>
        <summary>{t('panels.figures', { count: panel.indicators.length })}</summary>
        {unit === undefined && <p className="studio-hint">{t('panels.oneUnit')}</p>}
        <fieldset className="studio-panels__figures">
          <legend className="visually-hidden">{t('panels.figuresOf', { name })}</legend>
          {figures.map((figure) => (
            <label key={figure.id} className="studio-check">
              <input
                type="checkbox"
                checked={chosen.has(figure.id)}
                // One unit and measure per panel: a figure of another unit cannot join.
                disabled={!chosen.has(figure.id) && unit !== undefined && unitKey(figure) !== unit}
                onChange={(event) =>
                  change((work) =>
                    togglePanelFigure(work, panel.id, figure.id, event.target.checked),
                  )
                }
              />
              {figure.label[lang] || figure.label.zh || figure.id}
            </label>
          ))}
        </fieldset>
      </details>
    </li>
  );
}
