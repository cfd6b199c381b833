import './studio.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { deleteDraft, listDrafts, type SavedDraft } from '../../data/studio-drafts.ts';
import { LanguageSwitch } from '../../ui/language-switch.tsx';
import { CheckSummary } from './check-summary.tsx';
import { clockTime } from './clock-time.ts';
import type { StudioMessage as Message } from './studio-message.ts';
import { DraftsMenu } from './drafts-menu.tsx';
import { ExportBar } from './export-bar.tsx';
import { FigureList } from './figure-list.tsx';
import { MetaFields } from './meta-fields.tsx';
import { OpenReport, type OpenRequest } from './open-report.tsx';
import { PreviewPane } from './preview-pane.tsx';
import { ReportText } from './report-text.tsx';
import { nextTask } from '../../lib/in-turn.ts';
import { runDraft, type RunningDraft } from './run-draft.ts';
import { markedFigures, primeMarks } from './text-marks.ts';
import { addFigure, workFromBundle, workFromDraft, type StudioWork } from './studio-model.ts';
import {
  ARRIVAL,
  createStudioStore,
  StudioContext,
  useStudio,
  useStudioStore,
} from './studio-store.ts';
import { clauseAround, guessUnit, type TextRun } from './text-marks.ts';
import { PanelsEditor } from './panels-editor.tsx';
import { ThemesEditor } from './themes-editor.tsx';
import { useArrival } from './use-arrival.ts';
import { useAutosave } from './use-autosave.ts';
import { useWorkCheck } from './use-work-check.ts';

/** `?mode=studio`: a report's text to a checked bundle, in the browser. */
export function StudioPage() {
  const [store] = useState(createStudioStore);
  return (
    <StudioContext.Provider value={store}>
      <StudioBody />
    </StudioContext.Provider>
  );
}

type Status =
  { kind: 'idle'; message?: Message } | { kind: 'drafting'; started: number; run: RunningDraft };

/** Moves a new text through its arrival; apart, so that each step renders only what it shows. */
function ArrivalSteps() {
  useArrival();
  return null;
}

function isSavedWork(value: unknown): value is StudioWork {
  const work = value as StudioWork | undefined;
  return Boolean(work && typeof work.text === 'string' && Array.isArray(work.figures));
}

function StudioBody() {
  const { t, i18n } = useT('studio');
  const common = useT().t;
  const store = useStudioStore();
  const work = useStudio((state) => state.work);
  const savedAt = useStudio((state) => state.savedAt);
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [seconds, setSeconds] = useState(0);
  const restored = useRef(false);

  // The list is kept here as drafts are saved and deleted, not read again: reading it gave back
  // every draft whole (each with its report's text), after every save, a task that grew with each.
  const keepSaved = useCallback((saved: SavedDraft) => {
    setDrafts((list) => [saved, ...list.filter((draft) => draft.id !== saved.id)]);
  }, []);
  const dropDraft = useCallback((id: string) => {
    setDrafts((list) => list.filter((draft) => draft.id !== id));
  }, []);
  useAutosave(store, keepSaved);

  // A reload or a crash: the newest draft comes back as it was.
  useEffect(() => {
    void listDrafts().then((saved) => {
      // A draft saved meanwhile is already in the list, newer than its copy read here.
      setDrafts((list) => [
        ...list,
        ...saved.filter((draft) => !list.some((kept) => kept.id === draft.id)),
      ]);
      if (restored.current) return;
      restored.current = true;
      const newest = saved.find((draft) => isSavedWork(draft.work));
      if (newest && !store.getState().work) {
        store.getState().setWork(newest.work as StudioWork);
        store.getState().markSaved(newest.updatedAt);
        setStatus({
          kind: 'idle',
          message: (say) => say('drafts.restored', { name: newest.name }),
        });
      }
    });
  }, [store]);

  useEffect(() => {
    if (status.kind !== 'drafting') return;
    const timer = window.setInterval(
      () => setSeconds(Math.round((performance.now() - status.started) / 1000)),
      500,
    );
    return () => window.clearInterval(timer);
  }, [status]);

  const open = (request: OpenRequest) => {
    if (request.bundle) {
      store.getState().setWork(workFromBundle(request.bundle, request.text));
      return;
    }
    const run = runDraft(request.text, {
      id: request.id,
      titleZh: request.titleZh,
      publisherZh: request.publisherZh,
      sourcePath: `/data/sources/${request.id}.zh.txt`,
    });
    setSeconds(0);
    setStatus({ kind: 'drafting', started: performance.now(), run });
    run.result.then(
      async (result) => {
        if (result.bundle.indicators.length === 0) {
          setStatus({ kind: 'idle', message: (say) => say('open.noFigures') });
          return;
        }
        const work = workFromDraft(result.bundle, request.text);
        // Marked in the worker for the draft's own figures; used only while they are unchanged.
        if (result.runs) {
          primeMarks(request.text, markedFigures(result.bundle.indicators), result.runs);
        }
        // Copying a long draft out of the worker's message takes most of a task: the page shows
        // it in the next one.
        await nextTask();
        store.getState().setWork(work);
        setStatus({
          kind: 'idle',
          // Two sentences, each with its own count, so each is singular or plural as it should be;
          // the second only when a number was set aside.
          message: (say, _, lang) =>
            [
              say('open.drafted', {
                count: result.bundle.indicators.length,
                ms: Math.round(result.ms),
              }),
              ...(result.setAside > 0 ? [say('open.setAside', { count: result.setAside })] : []),
            ].join(lang === 'zh' ? '' : ' '),
        });
      },
      (error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setStatus({
          kind: 'idle',
          message: (say) =>
            cancelled ? say('open.cancelled') : say('open.failed', { message: String(error) }),
        });
      },
    );
  };

  const pickNumber = (run: Extract<TextRun, { kind: 'number' }>) => {
    const state = store.getState();
    if (!state.work) return;
    const text = state.work.text;
    const selected = state.work.figures.find((figure) => figure.id === state.selected);
    const { work: next, id } = addFigure(state.work, {
      value: run.value,
      quote: clauseAround(text, run.start, run.text.length),
      unit: guessUnit(text.slice(run.start + run.text.length - 1)),
      nearCategory: selected?.category,
    });
    state.setWork(next);
    state.select(id);
  };

  // Off the main thread: on a long report the check takes far longer than a frame. Copying a new
  // text to the checker is a step of its arrival of its own, after the list.
  const checkable = useStudio((state) => state.arrival >= ARRIVAL.check);
  const check = useWorkCheck(checkable ? work : undefined);

  return (
    <div className="studio" data-testid="studio">
      <ArrivalSteps />
      <header className="studio-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="studio-hint">{t('intro')}</p>
        </div>
        <nav className="studio-header__actions" aria-label={t('title')}>
          <a className="button button--ghost" href="/">
            {t('backToDashboard')}
          </a>
          <LanguageSwitch />
        </nav>
      </header>
      {status.kind === 'drafting' && (
        <div className="studio-progress" role="status" data-testid="studio-progress">
          <progress aria-label={t('open.drafting', { seconds })} />
          <span>{t('open.drafting', { seconds })}</span>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={status.run.cancel}
          >
            {t('open.cancel')}
          </button>
        </div>
      )}
      {status.kind === 'idle' && status.message && (
        <p className="studio-message" role="status" data-testid="studio-message">
          {status.message(t, common, i18n.language.startsWith('zh') ? 'zh' : 'en')}
        </p>
      )}
      {savedAt && work && (
        <p className="studio-hint" data-testid="studio-saved">
          {t('drafts.saved', { time: clockTime(savedAt) })}
        </p>
      )}
      <main className="studio-main">
        {!work ? (
          <div className="studio-start">
            <OpenReport busy={status.kind === 'drafting'} onOpen={open} />
            <DraftsMenu
              drafts={drafts}
              onOpen={(draft) => isSavedWork(draft.work) && store.getState().setWork(draft.work)}
              onDelete={(draft) => void deleteDraft(draft.id).then(() => dropDraft(draft.id))}
              onNew={() => store.getState().setWork(undefined)}
            />
          </div>
        ) : (
          <>
            <MetaFields />
            <ThemesEditor />
            <PanelsEditor />
            {check && <CheckSummary check={check} />}
            <div className="studio-panes">
              <ReportText onPickNumber={pickNumber} />
              <FigureList check={check} />
            </div>
            <PreviewPane id={work.id} />
            <ExportBar work={work} />
            <DraftsMenu
              drafts={drafts}
              current={work.id}
              onOpen={(draft) => isSavedWork(draft.work) && store.getState().setWork(draft.work)}
              onDelete={(draft) =>
                void deleteDraft(draft.id).then(() => {
                  if (store.getState().work?.id === draft.id) store.getState().setWork(undefined);
                  dropDraft(draft.id);
                })
              }
              onNew={() => store.getState().setWork(undefined)}
            />
          </>
        )}
      </main>
    </div>
  );
}
