// Characters a reader cannot see (issue 14): control characters, bidirectional overrides that
// reorder what a terminal or a model shows ("Trojan Source"), line separators that end a line
// where none is visible. Shown escaped wherever tutor echoes text it did not write.

/** C0 and C1 controls (but tab and newline), bidi embeddings, overrides and isolates, U+2028/9, BOM and zero-width breaks. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u2028-\u202e\u2060-\u2069\ufeff]/g;
/** What a note or misconception may not contain: the invisible characters above, less the zero-width ones a script may need. */
export const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/;

export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
