/**
 * The image credit: its photographer photographs what the caption shows. That is the event the
 * caption names; else the article's event the caption describes by its verb ("A welcomed B in
 * Harbour City" shows the visit, "A opened the Tolva Bridge" its opening ceremony, "A and B at the
 * summit" the summit); else the person the caption is about, its first-named person, the people
 * named with it ("A and B after the signing ceremony", "King A and Queen B", "A and B before their
 * talks at the Andes Summit": an event after "before", "after" or "during" only dates the scene) and
 * the person their verb acts on ("A greets B", "A handed the documents to B"); else a project that
 * opens the caption ("The Tolva-2 capsule after its landing in Cusco", "The cargo ship Orsk Star")
 * and the named structure it is at; else the place or named structure the scene is in ("Residents
 * walked through debris in Lima the day after Storm Tamsin struck", "Passengers queue at Tolva
 * Airport during the outage", "A ship passing through the Tolva Canal", "Protesters on the streets
 * of Lima", "the wreckage of the Tolva Express"). A place that only qualifies the caption's subject before its verb gives nothing
 * ("Students in Lima celebrated the result"). The photographer is any person of the credit line, also one linked to a known entity.
 */
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules } from './context';
import { eventOfKind, KIND_OF, type EventKind } from './events';

/** Caption verbs that show one kind of event. */
const CAPTION_VERBS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  [/\b(?:welcomed|welcomes|welcoming|greeted|greets|greeting|received|receives|hosted|hosts|hosting)\b/u, 'visit'],
  [/\b(?:met|meets|meeting|held talks|hold talks|holding talks)\b/u, 'talks'],
  [/\b(?:opened|opens|opening|inaugurated|inaugurates|inaugurating)\b/u, 'ceremony'],
];
const CAPTION_EVENT_NOUN = new RegExp(`\\b(?:at|attend|attends|attended|attending|during)\\s+(?:the|a|an|their)\\s+(?:[a-z\\-]+\\s+){0,2}?(${Object.keys(KIND_OF).join('|')})\\b`, 'u');

/**
 * Words that make the event after them a time reference: "after the earthquake", "the day after
 * Storm Tamsin", "after winning the vote", "during the outage", and the same with the moment's own
 * noun before the event ("before their talks at the Andes Summit", "during the final round of the
 * Tolva Open"): the photo shows the people or the place, the event only dates it.
 */
const TIME_BEFORE = /\b(?:after|before|since|following|ahead of|during)\s+(?:[a-z]+ing\s+)?(?:(?:the|a|an|this|last|his|her|their)\s+(?:[a-z\-’']+\s+){0,3}?(?:(?:at|of|in)\s+(?:the|a|an)\s+)?)?$/u;
/** A storm or a quake is seen in the photo taken during it ("Waves hit the seafront during Storm Tamsin"): "during" dates no such event. */
const VISIBLE_EVENT = /\b(?:storm|hurricane|typhoon|cyclone|earthquake|quake|flood|floods|flooding|wildfire|wildfires|fire|eruption|tornado|blizzard|heatwave|eclipse)\b/iu;
/** The place a caption's scene is in: "in Lima", "at Tolva Port in Lima", "through the Tolva Canal" (the place right after the preposition). */
const SCENE_IN = /\b(?:in|at|near|outside|through|across|along|beside|under|(?:streets?|edge|outskirts|centre|center|heart|ruins|rubble|wreckage|remains|debris|shores?|banks?)\s+of)\s+(?:the\s+)?$/u;
/** What a scene can be: a place, or a named structure (an airport, a canal, a stadium). */
const SCENE_TYPES: readonly string[] = ['CITY', 'REGION', 'COUNTRY', 'PROJECT'];
/** Bodies a caption may show by their building, sign or members. */
const SHOWN_BODIES: readonly string[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
/** What a caption says before such a body: "The", "The entrance to", "Members of the", "A sign at the". */
const SHOWN_BODY_OPENS = /^(?:(?:The|A|An)\s+)?(?:(?:\p{Ll}[\p{Ll}\-]*\s+){1,3}(?:of|to|at|outside)\s+(?:the\s+)?)?$|^(?:Members|Staff|Employees|Workers|Delegates|Lawmakers|Judges)\s+(?:of|at)\s+(?:the\s+)?$/u;
/** A preposition that belongs to a time phrase ("after its landing in Cusco"): its place dates the scene, it is not where it is. */
const IN_TIME_PHRASE = /\b(?:after|before|during|since|following)\s+(?:its|his|her|their|the|a|an)\s+(?:[a-z\-]+\s+){1,2}$/u;
/** "The Tolva-2 return capsule after …", "A Tolva-9 rover on …": a caption that opens with a project shows it. */
const OPENS_CAPTION = /^(?:(?:The|A|An)\s+)?(?:\p{Ll}[\p{Ll}\-]*\s+){0,3}$/u;
/** From one person of the caption to the next: "A and B", "A, B and C", "King A and Queen B" (a title outside the name). */
const NEXT_PERSON = /^(?:\s+and\s+|,\s+(?:and\s+)?)(?:\p{Lu}\p{Ll}+\s+)?$/u;
/**
 * From the caption's people to the person their verb acts on: "A greets B", "A handed the documents
 * to B", "A shakes hands with B" (the verb's object is in the photo too). A place, time or topic
 * preposition on the way ("A spoke in Lima after meeting B", "A spoke about B") leaves B out.
 */
const TO_OBJECT = /^\s+(\p{Ll}+)(?:\s+[^,;:()]{0,60}?\s+(?:to|with))?\s+(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
const NOT_ON_THE_WAY = /\b(?:at|in|on|near|outside|inside|after|before|during|since|from|for|about|of|against|over|by|as)\b/u;

/** Before a caption event that is where or when the scene is: "at the", "during the", "attends the", "in". */
const EVENT_AS_SCENE = /\b(?:at|during|attends?|attended|attending|in|before|after|ahead\s+of|on\s+the\s+eve\s+of)\s+(?:the\s+)?(?:[\p{L}\d\-’']+\s+){0,3}$/u;

/**
 * Whether the caption opens with a person ("Ada Vance lifts the Tolva Cup trophy") and its events
 * are only the object of that person's verb (none after "at", "during", "in" …): then the photo shows the person.
 */
function personShown(ctx: RelateContext, caption: Sentence, events: readonly DocMention[]): boolean {
  if (events.length === 0) return false;
  const first = ctx.mentions.filter((m) => m.field === 'IMAGE_CAPTION').sort((a, b) => a.start - b.start)[0];
  if (!first || ctx.entities.get(first.entityId)?.type !== 'PERSON' || caption.text.slice(0, first.start - caption.start).trim() !== '') return false;
  // The person's own verb right after the name (and an apposition): "A lifts", "A, the coach, holds".
  if (!/^(?:,[^,]{1,60},)?\s+\p{Ll}+(?:s|ing)\b/u.test(caption.text.slice(first.end - caption.start))) return false;
  return events.every((m) => m.start > first.end && !EVENT_AS_SCENE.test(caption.text.slice(first.end - caption.start, m.start - caption.start)));
}

/**
 * The person the verb of the caption's people acts on (TO_OBJECT): the mention after the k-th, when
 * it is a person and the verb right after the people is a verb ("greets", "handed … to").
 */
function captionObject(ctx: RelateContext, caption: Sentence, captionMentions: readonly DocMention[], k: number): DocEntity | undefined {
  const last = captionMentions[k]!;
  // The next person named; a place or body on the way ("handed Peru’s documents to B") is passed over.
  const next = captionMentions.slice(k + 1).find((m) => ctx.entities.get(m.entityId)?.type === 'PERSON');
  if (!next) return undefined;
  const gap = caption.text.slice(last.end - caption.start, next.start - caption.start);
  const verb = TO_OBJECT.exec(gap);
  if (!verb || NOT_ON_THE_WAY.test(gap)) return undefined;
  const at = last.end + gap.indexOf(verb[1]!);
  return caption.tokens.find((t) => t.start === at)?.pos === 'VERB' ? ctx.entities.get(next.entityId) : undefined;
}

/** What a caption's scene can be beside the project that opens it: another named structure. */
const STRUCTURE_TYPES: readonly string[] = ['PROJECT'];

/**
 * The first of `captionMentions` (before field offset `until`) of `types` that the caption puts its
 * scene in, after SCENE_IN; a possessor ("outside Acme’s plant in Cusco") is not the place, a place
 * in a time phrase is none, and one a verb follows qualifies the caption's subject ("Students in
 * Cusco celebrated …"): none.
 */
function sceneOf(ctx: RelateContext, caption: Sentence, captionMentions: readonly DocMention[], until: number, types: readonly string[]): DocMention | undefined {
  const scene = captionMentions.find((m) => {
    if (m.end > until || !types.includes(ctx.entities.get(m.entityId)!.type) || /^[’']s\b/u.test(caption.text.slice(m.end - caption.start))) return false;
    const head = caption.text.slice(0, m.start - caption.start);
    const preposition = SCENE_IN.exec(head);
    return preposition !== null && !IN_TIME_PHRASE.test(head.slice(0, preposition.index));
  });
  return scene && caption.tokens.find((t) => t.start >= scene.end)?.pos !== 'VERB' ? scene : undefined;
}

export const credit: RelationRules = {
  name: 'credit',
  perDocument: (ctx) => {
    const { entities, add, mentions, sentences } = ctx;
    const creditLine = sentences.find((s) => s.field === 'IMAGE_CREDIT');
    const caption = sentences.find((s) => s.field === 'IMAGE_CAPTION');
    if (!creditLine) return;
    // The credit line ("Name/Agency") opens with the photographer: its first name, when a person,
    // whether typed from the credit or linked to one the graph already holds.
    const first = mentions.filter((m) => m.field === 'IMAGE_CREDIT').sort((a, b) => a.start - b.start)[0];
    const photographers = first && entities.get(first.entityId)?.type === 'PERSON' ? [entities.get(first.entityId)!] : [];
    if (photographers.length === 0) return;
    const inCaption = mentions.filter((m) => m.field === 'IMAGE_CAPTION').map((m) => entities.get(m.entityId)!);
    // An event the caption only dates by ("two days after the earthquake") is not what it shows.
    const captionEvents = mentions.filter((m) => m.field === 'IMAGE_CAPTION' && entities.get(m.entityId)?.type === 'EVENT');
    const dating = captionEvents.filter((m) => {
      const time = caption ? TIME_BEFORE.exec(caption.text.slice(0, m.start - caption.start)) : null;
      if (!time) return false;
      const e = entities.get(m.entityId)!;
      return !time[0].startsWith('during') || ![e.name, ...e.aliases].some((f) => VISIBLE_EVENT.test(f));
    });
    // "A lifts the Tolva Cup trophy", "A announces the 2031 Orsk Prize": a caption whose subject is a
    // person and whose event is only its verb's object shows the person (personShown).
    const shown = caption ? personShown(ctx, caption, captionEvents) : false;
    const named = shown ? [] : captionEvents.filter((m) => !dating.includes(m)).map((m) => entities.get(m.entityId)!);
    for (const p of photographers) for (const ev of named) add(p, 'PHOTOGRAPHS', ev, creditLine, 0.7, 'credit-photographer-caption-event');
    if (named.length > 0 || !caption) return;
    // The article's event that the caption's verb or noun describes.
    const noun = CAPTION_EVENT_NOUN.exec(caption.text)?.[1];
    const kind = noun ? KIND_OF[noun] : CAPTION_VERBS.find(([verb]) => verb.test(caption.text))?.[1];
    // A welcome shows a visit itself, not the talks or summit it may lead to.
    const described = kind && !shown ? eventOfKind(ctx, kind, caption, !noun && kind === 'visit') : undefined;
    if (described) {
      for (const p of photographers) add(p, 'PHOTOGRAPHS', described, creditLine, 0.55, 'credit-photographer-caption-described-event');
      return;
    }
    // Otherwise the person the caption is about: its first-named person.
    const subject: DocEntity | undefined = inCaption.find((e) => e.type === 'PERSON' && !photographers.includes(e));
    if (subject) {
      for (const p of photographers) add(p, 'PHOTOGRAPHS', subject, creditLine, 0.55, 'credit-photographer-caption-person');
      // "A and B after the signing ceremony": the people named with the first one are in the photo too.
      const captionMentions = mentions.filter((m) => m.field === 'IMAGE_CAPTION').sort((a, b) => a.start - b.start);
      let k = captionMentions.findIndex((m) => m.entityId === subject.id);
      while (k >= 0 && k + 1 < captionMentions.length && NEXT_PERSON.test(caption.text.slice(captionMentions[k]!.end - caption.start, captionMentions[k + 1]!.start - caption.start))) {
        const next = entities.get(captionMentions[k + 1]!.entityId)!;
        if (next.type !== 'PERSON') break;
        k++;
        for (const p of photographers) if (next.id !== p.id) add(p, 'PHOTOGRAPHS', next, creditLine, 0.5, 'credit-photographer-caption-people');
      }
      // "A greets B", "A handed the documents to B": the person the verb acts on is in the photo too.
      const object = k >= 0 ? captionObject(ctx, caption, captionMentions, k) : undefined;
      if (object) for (const p of photographers) if (object.id !== p.id) add(p, 'PHOTOGRAPHS', object, creditLine, 0.5, 'credit-photographer-caption-object');
      return;
    }
    // No one named: a project that opens the caption is what it shows ("The Tolva-2 capsule after
    // its landing in Cusco").
    const captionMentions = mentions.filter((m) => m.field === 'IMAGE_CAPTION').sort((a, b) => a.start - b.start);
    const opener = captionMentions[0];
    const until = dating.length > 0 ? dating[0]!.start : caption.end;
    if (opener && entities.get(opener.entityId)!.type === 'PROJECT' && OPENS_CAPTION.test(caption.text.slice(0, opener.start - caption.start))) {
      for (const p of photographers) add(p, 'PHOTOGRAPHS', entities.get(opener.entityId)!, creditLine, 0.5, 'credit-photographer-caption-subject');
      // "The container ship Tolva lies under the wreckage of the Orsk Bridge": the structure it is at is in the photo too.
      const structure = sceneOf(ctx, caption, captionMentions.slice(1), until, STRUCTURE_TYPES);
      if (structure) for (const p of photographers) add(p, 'PHOTOGRAPHS', entities.get(structure.entityId)!, creditLine, 0.5, 'credit-photographer-caption-scene');
      return;
    }
    // Else the place or structure the scene is in ("Passengers queue at Tolva Airport during the
    // outage", "Workers on the picket line outside a plant in Cusco", "Residents searched the rubble
    // in Lima"), before a dating event's mention. A place that qualifies the caption's subject
    // before its verb ("Students in Cusco celebrated the result") says where they are from, not what
    // the photo shows: nothing.
    const scene = sceneOf(ctx, caption, captionMentions, until, SCENE_TYPES);
    if (!scene) return;
    // "The entrance to Acme’s headquarters in Lima", "The Acme sign outside …", "Members of the Tolva
    // Assembly vote in Lima": a body the caption opens with, before the scene's place, is what it shows.
    const shownBody = opener && opener.start < scene.start ? entities.get(opener.entityId) : undefined;
    if (shownBody && SHOWN_BODIES.includes(shownBody.type) && SHOWN_BODY_OPENS.test(caption.text.slice(0, opener!.start - caption.start))) {
      for (const p of photographers) add(p, 'PHOTOGRAPHS', shownBody, creditLine, 0.5, 'credit-photographer-caption-body');
      return;
    }
    for (const p of photographers) add(p, 'PHOTOGRAPHS', entities.get(scene.entityId)!, creditLine, 0.5, 'credit-photographer-caption-scene');
  },
};
