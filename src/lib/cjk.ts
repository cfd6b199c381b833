// What the charts and labels count as Chinese when they break lines: CJK characters, CJK
// punctuation and full-width forms.

/** The character ranges, for use inside a regular expression's class. */
export const CJK_RANGE = String.raw`\u3000-\u9fff\uff00-\uffef`;

/** A CJK character or full-width form. */
export const CJK = new RegExp(`[${CJK_RANGE}]`);
