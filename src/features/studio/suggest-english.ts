export interface GlossaryTerm {
  zh: string;
  en: string;
}

/**
 * English words the glossary offers for a Chinese label: every term the label contains, longest
 * first (技能人才 before 人才), so the person starts from the house's wording, not a blank field.
 */
export function suggestEnglish(label: string, terms: readonly GlossaryTerm[], most = 6): string[] {
  const found = terms
    .filter((term) => term.zh && label.includes(term.zh))
    .sort((a, b) => b.zh.length - a.zh.length)
    .map((term) => term.en);
  return [...new Set(found)].slice(0, most);
}
