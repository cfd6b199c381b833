import { useTranslation } from 'react-i18next';

/** What a panel shows in its own place when drawing it failed; the other panels carry on. */
export function PanelErrorCard({
  className,
  heading: Heading,
  title,
  message,
}: {
  /** The panel's own class; the card adds its `--error` variant. */
  className: string;
  heading: 'h2' | 'h3';
  title: string;
  message: string;
}) {
  const { t } = useTranslation();
  return (
    <article className={`${className} ${className}--error`} role="alert" data-testid="panel-error">
      <Heading>{title}</Heading>
      <p>{t('panel.error', { message })}</p>
    </article>
  );
}
