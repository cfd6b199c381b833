import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/use-t.ts';
import { bundleQueryOptions, catalogQueryOptions } from '../../data/bundle-query.ts';
import type { Bundle, Lang } from '../../data/bundle-schema.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { useKeepInView } from '../../ui/use-keep-in-view.ts';
import { searchReports } from './report-search.ts';
import { keepRunsWhole } from '../../ui/note-text.tsx';

/**
 * Reports listed at once: a catalogue of hundreds would build hundreds of buttons at every key;
 * past this the list says how many more match, and the search narrows it.
 */
export const MAX_LISTED = 50;

/**
 * The report on screen, as a button that opens every report of the catalogue: searchable in both
 * languages, moved through with the arrow keys or Tab, chosen with Enter or a click. Choosing one
 * puts `?bundle=<id>` in the address (a new history entry, so Back returns); Escape closes the
 * list and gives focus back to the button.
 */
export function ReportPicker({ bundle, lang }: { bundle: Bundle; lang: Lang }) {
  const { t } = useT();
  const chooseBundle = useDashboard((state) => state.chooseBundle);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // Fetched once the list is wanted (or about to be), never while the page renders at build time.
  const catalog = useQuery({ ...catalogQueryOptions(), enabled: open });
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const inView = useKeepInView(panel, open);
  const id = useId();

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setQuery('');
    if (returnFocus) trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    search.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panel.current?.contains(target) || trigger.current?.contains(target)) return;
      setOpen(false);
      setQuery('');
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const prefetch = () => void queryClient.prefetchQuery(catalogQueryOptions());
  // A report the pointer rests on (or the keyboard reaches) is fetched before it is chosen; a
  // pointer passing over the list fetches nothing.
  const resting = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const prefetchReport = (entryId: string, delay: number) => {
    clearTimeout(resting.current);
    if (entryId === bundle.id) return;
    resting.current = setTimeout(
      () =>
        void queryClient.prefetchQuery(bundleQueryOptions({ param: entryId, refreshMinutes: 0 })),
      delay,
    );
  };
  useEffect(() => () => clearTimeout(resting.current), []);
  const entries = useMemo(() => searchReports(catalog.data ?? [], query), [catalog.data, query]);
  const listed = entries.length > MAX_LISTED ? entries.slice(0, MAX_LISTED) : entries;

  const choose = (entryId: string) => {
    if (entryId !== bundle.id) chooseBundle(entryId);
    close(true);
  };

  // The search box and the reports form one column the arrow keys move along.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const stops = [
      search.current,
      ...(panel.current?.querySelectorAll<HTMLButtonElement>('.report-picker__option') ?? []),
    ].filter((element): element is HTMLInputElement | HTMLButtonElement => element !== null);
    const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLButtonElement);
    const last = stops.length - 1;
    const next =
      event.key === 'Home'
        ? 1
        : event.key === 'End'
          ? last
          : event.key === 'ArrowDown'
            ? Math.min(at + 1, last)
            : Math.max(at - 1, 0);
    // Home and End in the search box move its caret.
    if ((event.key === 'Home' || event.key === 'End') && at === 0) return;
    event.preventDefault();
    stops[next]?.focus();
  };

  const shown = t('picker.button', { name: bundle.publisher[lang] || bundle.publisher.zh });
  return (
    <div className="report-picker">
      <button
        ref={trigger}
        type="button"
        className="button button--ghost report-picker__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        // The name starts with the words on the button, so a reader who says what they see
        // reaches it; the rest names the report in full.
        aria-label={`${shown}. ${t('picker.buttonLabel', { title: bundle.title[lang] || bundle.title.zh })}`}
        title={bundle.title[lang] || bundle.title.zh}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="report-picker-button"
      >
        {shown}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          role="dialog"
          aria-labelledby={`${id}-title`}
          className="report-picker__panel"
          style={inView}
          onKeyDown={onKeyDown}
          data-testid="report-picker"
        >
          <h2 id={`${id}-title`}>{t('picker.title')}</h2>
          <label className="report-picker__search">
            <span>{t('picker.search')}</span>
            <input
              ref={search}
              type="search"
              value={query}
              placeholder={t('picker.searchHint')}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && entries[0]) choose(entries[0].id);
              }}
            />
          </label>
          {catalog.isPending && <p role="status">{t('picker.loading')}</p>}
          {catalog.isError && !catalog.data && <p role="alert">{t('picker.failed')}</p>}
          {catalog.data && entries.length === 0 && (
            <p role="status">{t('picker.none', { query })}</p>
          )}
          {entries.length > 0 && (
            <ul className="report-picker__list">
              {listed.map((entry) => {
                const current = entry.id === bundle.id;
                return (
                  <li key={entry.id}>
                    <button
                      type="button"
                      className="report-picker__option"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => choose(entry.id)}
                      onPointerEnter={() => prefetchReport(entry.id, 150)}
                      onPointerLeave={() => clearTimeout(resting.current)}
                      onFocus={() => prefetchReport(entry.id, 300)}
                    >
                      <span className="report-picker__title">
                        {keepRunsWhole(entry.title[lang])}
                      </span>
                      <span className="report-picker__meta">
                        {keepRunsWhole(
                          [
                            entry.publisher?.[lang],
                            entry.period?.[lang],
                            entry.indicatorCount === undefined
                              ? undefined
                              : t('picker.figures', { count: entry.indicatorCount }),
                          ]
                            .filter(Boolean)
                            .join(' · '),
                        )}
                      </span>
                      {current && (
                        <span className="report-picker__current">{t('picker.current')}</span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {entries.length > listed.length && (
            <p role="status" className="report-picker__more" data-testid="report-picker-more">
              {t('picker.more', { count: entries.length - listed.length })}
            </p>
          )}
          <button type="button" className="button button--ghost" onClick={() => close(true)}>
            {t('picker.close')}
          </button>
        </div>
      )}
    </div>
  );
}
