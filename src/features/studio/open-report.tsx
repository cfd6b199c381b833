import { useMemo, useState } from 'react';
import { presenterOf, titleOf } from '../../authoring/draft/publisher.ts';
import { useT } from '../../i18n/use-t.ts';
import { validateBundle } from '../../data/validate-bundle.ts';
import type { Bundle } from '../../data/bundle-schema.ts';
import { problemLine } from './problem-line.ts';
import type { StudioMessage as Message } from './studio-message.ts';
import { readInput, readPasted, type InputProblem, type ReadInput } from './read-input.ts';

export interface OpenRequest {
  text: string;
  id: string;
  titleZh: string;
  publisherZh: string;
  /** Set when a bundle was opened to edit: its figures, checked against `text`. */
  bundle?: Bundle;
}

/** A slug from the time, for a report whose title is Chinese: report-20261202-0930. */
function defaultId(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `report-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Choose a file or paste the text; a bundle opens with its report text to edit. */
export function OpenReport({
  busy,
  onOpen,
}: {
  busy: boolean;
  onOpen: (request: OpenRequest) => void;
}) {
  const { t, i18n } = useT('studio');
  const common = useT().t;
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [text, setText] = useState('');
  /** The names of the files last chosen, shown beside the file button. */
  const [chosen, setChosen] = useState<string[]>([]);
  const [id, setId] = useState(defaultId);
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [bundle, setBundle] = useState<Bundle>();
  const [message, setShown] = useState<Message>();
  // A function in state is kept as it is, not called as an update.
  const setMessage = (next: Message | undefined) => setShown(() => next);

  const describe =
    (problem: InputProblem): Message =>
    (say) =>
      say(`input.${problem.code}`, problem);
  // Who presents the report, as its opening says ("我代表省人民政府…"): offered in the field and
  // taken when the person leaves it empty; what they type wins.
  const presenter = useMemo(() => presenterOf(text), [text]);
  const publisherZh = publisher.trim() || presenter || '';
  // The title the text prints, else the publisher's work report: offered the same way.
  const suggestedTitle = useMemo(() => titleOf(text, publisherZh), [text, publisherZh]);

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setMessage(undefined);
    const read: { name: string; result: ReadInput }[] = [];
    for (const file of [...files]) {
      read.push({
        name: file.name,
        result: readInput(file.name, new Uint8Array(await file.arrayBuffer())),
      });
    }
    let nextText: string | undefined;
    let nextBundle: Bundle | undefined;
    for (const { result } of read) {
      if (!result.ok) {
        setMessage(describe(result.problem));
        return;
      }
      if (result.kind === 'text') nextText = result.text;
      else {
        const validation = validateBundle(result.json);
        if (!validation.ok) {
          const [first] = validation.problems;
          setMessage((say, words) =>
            say('open.notBundle', { problem: first ? problemLine(first, words) : '' }),
          );
          return;
        }
        nextBundle = validation.bundle;
      }
    }
    if (nextBundle) {
      setBundle(nextBundle);
      setId(nextBundle.id);
      setTitle(nextBundle.title.zh);
      setPublisher(nextBundle.publisher.zh);
      const { title: named } = nextBundle;
      if (!nextText) {
        setMessage((say, _, shownIn) => say('open.bundleNeedsText', { title: named[shownIn] }));
      }
    }
    if (nextText !== undefined) setText(nextText);
  };

  const submit = () => {
    const checked = readPasted(text);
    if (!checked.ok) {
      setMessage(describe(checked.problem));
      return;
    }
    if (!publisherZh) {
      // The wall's title band names who reports; a bundle without it cannot be shown.
      setMessage((say) => say('open.needPublisher'));
      return;
    }
    setMessage(undefined);
    onOpen({
      text: text.replace(/\r\n?/g, '\n'),
      id,
      titleZh: title.trim() || suggestedTitle,
      publisherZh,
      bundle,
    });
  };

  return (
    <section className="studio-open" aria-labelledby="studio-open-heading">
      <h2 id="studio-open-heading">{t('open.heading')}</h2>
      {/* The browser words its own file button and "no file chosen" in the browser's language,
          not the page's: the input is hidden and our own words stand in for it. */}
      <label className="studio-field">
        {t('open.file')}
        <span className="studio-file">
          <input
            type="file"
            className="visually-hidden"
            accept=".txt,.json,text/plain,application/json"
            multiple
            data-testid="studio-file"
            onChange={(event) => {
              const files = event.target.files;
              setChosen([...(files ?? [])].map((file) => file.name));
              void onFiles(files);
            }}
          />
          <span className="button button--ghost studio-file__button" aria-hidden="true">
            {t('open.chooseFiles')}
          </span>
          <span className="studio-file__names" data-testid="studio-file-names">
            {chosen.length ? chosen.join(t('open.fileNameJoin')) : t('open.noFile')}
          </span>
        </span>
      </label>
      <label className="studio-field">
        {t('open.text')}
        <textarea
          value={text}
          rows={12}
          lang="zh-CN"
          aria-describedby="studio-text-hint"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p id="studio-text-hint" className="studio-hint">
        {t('open.textHint')}
      </p>
      <div className="studio-open__row">
        <label className="studio-field">
          {t('open.id')}
          <input
            value={id}
            onChange={(event) => setId(event.target.value.trim())}
            aria-invalid={!SLUG.test(id)}
          />
        </label>
        <label className="studio-field">
          {t('open.titleZh')}
          <input
            lang="zh-CN"
            value={title}
            placeholder={suggestedTitle}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <label className="studio-field">
          {t('open.publisherZh')}
          <input
            lang="zh-CN"
            value={publisher}
            placeholder={presenter ?? t('open.publisherRequired')}
            aria-describedby={presenter ? 'studio-publisher-hint' : undefined}
            onChange={(event) => setPublisher(event.target.value)}
          />
        </label>
      </div>
      {presenter && !publisher.trim() && (
        <p id="studio-publisher-hint" className="studio-hint" data-testid="studio-publisher-hint">
          {t('open.publisherFromText', { name: presenter })}
        </p>
      )}
      {message && (
        <p className="studio-message" role="alert">
          {message(t, common, lang)}
        </p>
      )}
      <button type="button" className="button" disabled={busy || !SLUG.test(id)} onClick={submit}>
        {t('open.draft')}
      </button>
    </section>
  );
}
