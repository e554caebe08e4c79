/**
 * The image credit: its photographer photographs what the caption shows. That is the event the
 * caption names; else the article's event the caption describes by its verb ("A welcomed B in
 * Harbour City" shows the visit, "A opened the Tolva Bridge" its opening ceremony, "A and B at the
 * summit" the summit); else the person the caption is about, its first-named person. A caption
 * that names neither an event nor a person gives nothing.
 */
import type { DocEntity } from '../document';
import type { RelationRules } from './context';
import { eventOfKind, KIND_OF, type EventKind } from './events';

/** Caption verbs that show one kind of event. */
const CAPTION_VERBS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  [/\b(?:welcomed|welcomes|welcoming|greeted|greets|greeting|received|receives|hosted|hosts|hosting)\b/u, 'visit'],
  [/\b(?:met|meets|meeting|held talks|hold talks|holding talks)\b/u, 'talks'],
  [/\b(?:opened|opens|opening|inaugurated|inaugurates|inaugurating)\b/u, 'ceremony'],
];
const CAPTION_EVENT_NOUN = new RegExp(`\\b(?:at|attend|attends|attended|attending|during)\\s+(?:the|a|an|their)\\s+(?:[a-z\\-]+\\s+){0,2}?(${Object.keys(KIND_OF).join('|')})\\b`, 'u');

/** Words that make the event after them a time reference: "after the earthquake". */
const TIME_BEFORE = /\b(?:after|before|since|following|ahead of)\s+(?:the|a|an|this|last)\s+(?:[a-z\-]+\s+)?$/u;

export const credit: RelationRules = {
  name: 'credit',
  perDocument: (ctx) => {
    const { entities, add, mentions, sentences } = ctx;
    const creditLine = sentences.find((s) => s.field === 'IMAGE_CREDIT');
    const caption = sentences.find((s) => s.field === 'IMAGE_CAPTION');
    if (!creditLine) return;
    const photographers = mentions.filter((m) => m.field === 'IMAGE_CREDIT' && entities.get(m.entityId)?.type === 'PERSON' && entities.get(m.entityId)?.rule === 'credit-photographer').map((m) => entities.get(m.entityId)!);
    if (photographers.length === 0) return;
    const inCaption = mentions.filter((m) => m.field === 'IMAGE_CAPTION').map((m) => entities.get(m.entityId)!);
    // An event the caption only dates by ("two days after the earthquake") is not what it shows.
    const named = mentions.filter((m) => m.field === 'IMAGE_CAPTION' && entities.get(m.entityId)?.type === 'EVENT' && !(caption && TIME_BEFORE.test(caption.text.slice(0, m.start - caption.start)))).map((m) => entities.get(m.entityId)!);
    for (const p of photographers) for (const ev of named) add(p, 'PHOTOGRAPHS', ev, creditLine, 0.7, 'credit-photographer-caption-event');
    if (named.length > 0 || !caption) return;
    // The article's event that the caption's verb or noun describes.
    const noun = CAPTION_EVENT_NOUN.exec(caption.text)?.[1];
    const kind = noun ? KIND_OF[noun] : CAPTION_VERBS.find(([verb]) => verb.test(caption.text))?.[1];
    // A welcome shows a visit itself, not the talks or summit it may lead to.
    const described = kind ? eventOfKind(ctx, kind, caption, !noun && kind === 'visit') : undefined;
    if (described) {
      for (const p of photographers) add(p, 'PHOTOGRAPHS', described, creditLine, 0.55, 'credit-photographer-caption-described-event');
      return;
    }
    // Otherwise the person the caption is about: its first-named person.
    const subject: DocEntity | undefined = inCaption.find((e) => e.type === 'PERSON' && !photographers.includes(e));
    if (subject) for (const p of photographers) add(p, 'PHOTOGRAPHS', subject, creditLine, 0.55, 'credit-photographer-caption-person');
  },
};
