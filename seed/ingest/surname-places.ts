/**
 * "Cole Varna was named best actor … Varna said": a one-word name the gazetteer knows as a city
 * that ends a personal name of the same text is most often that person's surname (surnames and
 * towns share many words), so stage cluster lets it wait for the surname test (a person of that
 * surname found, it is an alias; none found, the city's vote places it as before). A longer form
 * is a personal name here when it has two or three capitalised words and its first word is no
 * place, compass word, title or head noun ("Port Varna", "North Varna", "Mayor Varna" are not).
 */
import { CAPITAL_HEAD_WORDS, COMPASS, HONORIFICS, TITLES } from './cues';
import { loadGazetteer } from './gazetteer';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether some form of the text ends in ` ${text}` and reads as a personal name (see the module comment). */
export function endsPersonalNameOfText(text: string, forms: Iterable<string>): boolean {
  const g = loadGazetteer();
  const tail = ` ${text}`;
  for (const form of forms) {
    if (!form.endsWith(tail)) continue;
    const ws = form.split(' ');
    if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) continue;
    const first = ws[0]!;
    if (COMPASS.has(first) || TITLES.has(first) || HONORIFICS.has(first) || CAPITAL_HEAD_WORDS.has(first) || g.isCity(first) || g.country(first) !== undefined || g.isRegion(first) || g.demonym(first) !== undefined) continue;
    if (g.isCity(form)) continue;
    return true;
  }
  return false;
}
