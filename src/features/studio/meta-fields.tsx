import { useT } from '../../i18n/use-t.ts';
import { useStudio } from './studio-store.ts';

/** Title, publisher and period in both languages: what the wall's title band shows. */
export function MetaFields() {
  const { t } = useT('studio');
  const work = useStudio((state) => state.work);
  const patchWork = useStudio((state) => state.patchWork);
  if (!work) return null;
  const fields = [
    [
      'titleZh',
      work.title.zh,
      'zh-CN',
      (zh: string) => patchWork({ title: { ...work.title, zh } }),
    ],
    ['titleEn', work.title.en, 'en', (en: string) => patchWork({ title: { ...work.title, en } })],
    [
      'publisherZh',
      work.publisher.zh,
      'zh-CN',
      (zh: string) => patchWork({ publisher: { ...work.publisher, zh } }),
    ],
    [
      'publisherEn',
      work.publisher.en,
      'en',
      (en: string) => patchWork({ publisher: { ...work.publisher, en } }),
    ],
    [
      'periodZh',
      work.period.label.zh,
      'zh-CN',
      (zh: string) =>
        patchWork({ period: { ...work.period, label: { ...work.period.label, zh } } }),
    ],
    [
      'periodEn',
      work.period.label.en,
      'en',
      (en: string) =>
        patchWork({ period: { ...work.period, label: { ...work.period.label, en } } }),
    ],
  ] as const;
  return (
    <fieldset className="studio-meta">
      <legend>{t('meta.heading')}</legend>
      {fields.map(([key, value, lang, onChange]) => (
        <label key={key} className="studio-field">
          {t(`meta.${key}`)}
          <input lang={lang} value={value} onChange={(event) => onChange(event.target.value)} />
        </label>
      ))}
    </fieldset>
  );
}
