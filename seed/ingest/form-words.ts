/**
 * The words of a name's form split at single spaces, as the name rules of stage `cluster`
 * (name-kinds.ts, name-types.ts) read them. A form's votes are asked for one occurrence after
 * another, so the last form's words are kept and shared by every rule that asks: one split per
 * form, not one per module and occurrence. Read only.
 */
let lastForm = '';
let lastWords: readonly string[] = [''];

export function spaceWords(text: string): readonly string[] {
  if (text !== lastForm) {
    lastWords = text.split(' ');
    lastForm = text;
  }
  return lastWords;
}
