/** One `{ zh, en }` text somewhere in a bundle, and where: `indicators[3].label`. */
export interface LocalizedText {
  path: string;
  zh: string;
  en: string;
}

/**
 * Every `{ zh, en }` text in a bundle (or a draft of one), in document order. Source quotes are
 * passed over: they are the report's own words, not text to translate.
 */
export function localizedTexts(value: unknown): LocalizedText[] {
  const texts: LocalizedText[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') {
      texts.push({ path, zh: record.zh, en: record.en });
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'quote') visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(value, '');
  return texts;
}
