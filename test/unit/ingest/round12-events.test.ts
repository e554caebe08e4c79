/**
 * Round 12, event-centred reports (seed/ingest/event-names.ts, relate/round12-events.ts): the match
 * or the ceremony an article reports, where it was held and who took part in it.
 * Every text is invented (no name of an evaluation article); each rule has a case where it must not fire.
 */
import { articleText, runUntil } from './support';

const run = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  const relations = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
  const events = [...doc.entities!.values()].filter((e) => e.type === 'EVENT').map((e) => [e.name, ...e.aliases].join('|'));
  return { relations, events };
};
const withCaption = (title: string, caption: string, ...paragraphs: string[]) => `${title}\n\nA photo of the scene\n${caption} - Ana Ruiz/Tolva Press\n\n${paragraphs.join('\n\n')}\n`;

describe('round 12: event-centred reports', () => {
  describe('a match report', () => {
    const report = articleText(
      'Orvel United beat Tolva City to lift the Marrow Cup',
      'Orvel United won the Marrow Cup for the first time on Saturday, beating Tolva City 3-1 in the Marrow Cup final at the Varnes Stadium in Porto.',
      'Ivo Marsh, who had come on as a substitute, scored twice in the second half after Lena Dorr had headed Tolva City in front.',
      'Three years earlier they had lost the Marrow Cup final of 2031 at home.',
      'Among the spectators were Ada Quist, the Tolvan president; and Omar Vance, the mayor of Porto.',
      'Tomas Brell, the Tolva City coach, said his players had lost their shape after the break.',
      'Mara Vell, who scored for Orvel United in 1998, was named the club’s greatest player.',
      'Had that shot from Oskar Lind gone in, the match would have gone to extra time.',
    );

    it('names the final an EVENT and puts the people who played in it or watched it there', () => {
      // Act
      const { relations, events } = run(report);
      // Assess
      expect(events).toContain('Marrow Cup final');
      expect(relations).toEqual(expect.arrayContaining(['Ivo Marsh ATTENDS Marrow Cup final', 'Lena Dorr ATTENDS Marrow Cup final', 'Ada Quist ATTENDS Marrow Cup final', 'Omar Vance ATTENDS Marrow Cup final']));
    });

    it('gives the final its venue and city from the first sentence', () => {
      // Act
      const { relations } = run(report);
      // Assess
      expect(relations).toContain('Marrow Cup final HELD_IN Porto');
    });

    it('puts no one there for what they said, for another year, or in a counterfactual', () => {
      // Act
      const { relations } = run(report);
      // Assess
      expect(relations).not.toContain('Tomas Brell ATTENDS Marrow Cup final');
      expect(relations).not.toContain('Mara Vell ATTENDS Marrow Cup final');
      expect(relations).not.toContain('Oskar Lind ATTENDS Marrow Cup final');
    });

    it('gives another named final the act that the sentence puts in it', () => {
      // Act
      const { relations } = run(articleText(
        'Orvel United beat Tolva City 2-0',
        'Orvel United beat Tolva City 2-0 in the Marrow Cup final on Saturday.',
        'Ivo Marsh, 24, has been the club’s captain since June.',
        'He scored the winner in the 2029 final in Porto.',
      ));
      // Assess
      expect(relations).toContain('Ivo Marsh ATTENDS 2029 final');
      expect(relations).not.toContain('Ivo Marsh ATTENDS Marrow Cup final');
    });
  });

  describe('a match report that never names its final', () => {
    it('makes the one final an EVENT ("final", alias "match") when the lead gives a score', () => {
      // Act
      const { relations, events } = run(articleText(
        'Tolva win on penalties',
        'Tolva beat Orsk 4-3 on penalties after a 1-1 draw at the Varnes Stadium in Porto in what many called the best final in years.',
        'How the final was won',
        'Ivo Marsh saved from Lena Dorr, and Oskar Lind scored the winning kick to end the match.',
      ));
      // Assess
      expect(events).toContain('final|match');
      expect(relations).toEqual(expect.arrayContaining(['Ivo Marsh ATTENDS final', 'Lena Dorr ATTENDS final', 'Oskar Lind ATTENDS final', 'final HELD_IN Porto']));
    });

    it('makes no final of "the final report" or of a report with no score', () => {
      // Act
      const { events } = run(articleText(
        'Inquiry reports on the Orsk bridge',
        'The final report of the inquiry into the Orsk bridge was published on Monday.',
        'Ivo Marsh, who led the inquiry, said the final was not the end of the matter.',
      ));
      // Assess
      expect(events.some((e) => e.split('|').includes('final'))).toBe(false);
    });
  });

  describe('a ceremony', () => {
    it('makes the rite the front names an EVENT and puts those crowned, seated, reading or listed as guests there', () => {
      // Act
      const { relations, events } = run(withCaption(
        'Ilse Brandt crowned at Orsk Cathedral',
        'Ilse Brandt leaving Orsk Cathedral after the coronation on 4 May 2031',
        'Ilse Brandt was crowned at Orsk Cathedral in Porto on Sunday, in the first coronation in the city since 1975.',
        'Tomas Brell, the bishop of the city, placed the crown on her head. Lena Dorr read a passage from the Psalms.',
        'Among the guests were Ada Quist, the Tolvan president; and Omar Vance, the mayor of Porto.',
        'Ivo Marsh had said that he would not attend the coronation. Mara Vell is due to perform at a concert on Monday.',
      ));
      // Assess
      expect(events).toContain('coronation');
      expect(relations).toEqual(expect.arrayContaining(['Ilse Brandt ATTENDS coronation', 'Tomas Brell ATTENDS coronation', 'Lena Dorr ATTENDS coronation', 'Ada Quist ATTENDS coronation', 'coronation HELD_IN Porto']));
      expect(relations).not.toContain('Ivo Marsh ATTENDS coronation');
      expect(relations).not.toContain('Mara Vell ATTENDS coronation');
    });

    it('makes no rite of a noun the front does not name', () => {
      // Act
      const { events } = run(articleText('Orsk budget passes', 'The Orsk council passed its budget on Monday.', 'Ivo Marsh said the money for the coronation would come later.'));
      // Assess
      expect(events).not.toContain('coronation');
    });
  });

  describe('a prize-giving night', () => {
    const night = articleText(
      'Harbour wins five prizes at the Tolva Film Awards',
      'Harbour, a three-hour drama, won five awards at the Tolva Film Awards at the Orsk Hall in Porto on Sunday.',
      'Accepting the award, Mara Vell thanked her crew. Oskar Lind presented the final award of the night.',
      'Ivo Marsh won best actor for his role in Harbour.',
      'Lena Dorr hosted the ceremony for the second time.',
    );

    it('joins "the ceremony" to the night and puts those on stage there', () => {
      // Act
      const { relations, events } = run(night);
      // Assess
      expect(events).toContain('Tolva Film Awards|ceremony');
      expect(relations).toEqual(expect.arrayContaining(['Mara Vell ATTENDS Tolva Film Awards', 'Oskar Lind ATTENDS Tolva Film Awards', 'Lena Dorr ATTENDS Tolva Film Awards', 'Tolva Film Awards HELD_IN Porto']));
    });

    it('puts no winner there for winning', () => {
      // Act
      const { relations } = run(night);
      // Assess
      expect(relations).not.toContain('Ivo Marsh ATTENDS Tolva Film Awards');
    });
  });

  describe('the clubs of a match report', () => {
    const report = articleText(
      'Varnes Rovers beat Orsk to win the Marrow Cup',
      'Varnes Rovers won the Marrow Cup on Saturday, beating Borvia Orsk 2-0 in the Marrow Cup final at the Varnes Stadium in Porto.',
      'Orsk, the outsiders, started better. Ivo Marsh was twice denied by Tomas Brell, Varnes’s goalkeeper, and Lena Dorr, Orsk’s long-serving forward, struck a post.',
      'Oskar Lind scored the winner, then beat Mara Vell, the Orsk goalkeeper, with a low shot.',
      'Ada Quist, Tolva’s coach, watched from the stands.',
    );

    it('types a side named with a club word as an organisation and joins the short form of a club to it', () => {
      // Act
      const doc = runUntil('relate', report);
      const byName = new Map([...doc.entities!.values()].map((e) => [e.name, e]));
      // Assess
      expect(byName.get('Varnes Rovers')?.type).toBe('ORGANIZATION');
      expect(byName.get('Borvia Orsk')?.aliases).toContain('Orsk');
      expect(byName.has('Orsk')).toBe(false);
    });

    it('gives "X, Club’s goalkeeper" WORKS_FOR the club, and a player beaten in a duel stays a person', () => {
      // Act
      const doc = runUntil('relate', report);
      const name = (id: string) => doc.entities!.get(id)!.name;
      const relations = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
      const types = new Map([...doc.entities!.values()].map((e) => [e.name, e.type]));
      // Assess
      expect(relations).toContain('Lena Dorr WORKS_FOR Borvia Orsk');
      expect(types.get('Mara Vell')).toBe('PERSON');
      expect(relations).not.toContain('Varnes Rovers ATTENDS Marrow Cup final');
    });

    it('types nothing as a club outside a match report', () => {
      // Act
      const doc = runUntil('relate', articleText('Orsk council meets', 'Ivo Marsh, the mayor of Orsk, met Lena Dorr, Orsk’s manager of parks, on Monday.'));
      // Assess
      expect([...doc.entities!.values()].filter((e) => e.type === 'ORGANIZATION').map((e) => e.name)).toEqual([]);
    });
  });

  describe('a summit and its group', () => {
    const text = articleText(
      'Leaders gather in Porto',
      'Ada Quist and Omar Vance met in Porto on the eve of a summit of the Group of 12 large economies.',
      'Ivo Marsh, who stayed at home, sent Lena Dorr, his foreign minister, to the summit in his place.',
      'Tomas Brell had not sent Oskar Lind to the summit.',
    );

    it('names the group with its number, makes "the summit" an EVENT and puts the envoy sent to it there', () => {
      // Act
      const { relations, events } = run(text);
      const doc = runUntil('relate', text);
      // Assess
      expect([...doc.entities!.values()].map((e) => e.name)).toContain('Group of 12');
      expect(events).toContain('summit');
      expect(relations).toContain('Lena Dorr ATTENDS summit');
      expect(relations).not.toContain('Ivo Marsh ATTENDS summit');
    });

    it('puts no one there who was not sent', () => {
      // Act
      const { relations } = run(text);
      // Assess
      expect(relations).not.toContain('Oskar Lind ATTENDS summit');
    });

    it('makes no summit when the text never says "the summit"', () => {
      // Act
      const { events } = run(articleText('Talks in Porto', 'Ada Quist met Omar Vance in Porto before a summit of the Tolva Union next year.'));
      // Assess
      expect(events).not.toContain('summit');
    });
  });

  describe('players named without a cue, and earlier finals at their venues', () => {
    const report = articleText(
      'Varnes Rovers beat Sporting Orsk 2-1',
      'Varnes Rovers beat Sporting Orsk 2-1 in the Marrow Cup final at the Varnes Stadium in Porto.',
      'Tolva lost Quimbo, their midfielder, to injury at the break. Later Ivo Marsh slipped in Davi Ramalho, who scored with a low shot.',
      'After the match Davi, 23, said he was tired. Sporting Orsk also lost the 2029 final at the Varnes Stadium.',
    );

    it('makes a person of a lone name with a player’s apposition and of a name after "slipped in" with "who", joining the given name alone', () => {
      // Act
      const doc = runUntil('relate', report);
      const byName = new Map([...doc.entities!.values()].map((e) => [e.name, e]));
      // Assess
      expect(byName.get('Quimbo')?.type).toBe('PERSON');
      expect(byName.get('Davi Ramalho')?.type).toBe('PERSON');
      expect(byName.get('Davi Ramalho')?.aliases).toContain('Davi');
    });

    it('puts another final of the report at the venue written after it', () => {
      // Act
      const { relations } = run(report);
      // Assess
      expect(relations).toEqual(expect.arrayContaining(['2029 final HELD_IN Varnes Stadium', 'Quimbo ATTENDS Marrow Cup final', 'Davi Ramalho ATTENDS Marrow Cup final']));
    });

    it('leaves a lone name with no such apposition as it was', () => {
      // Act
      const doc = runUntil('relate', articleText('Orvel beat Tolva 2-0', 'Orvel beat Tolva 2-0 in the Marrow Cup final on Saturday, the day Zentrix, the sponsor, opened a shop.'));
      // Assess
      expect([...doc.entities!.values()].find((e) => e.name === 'Zentrix')?.type).not.toBe('PERSON');
    });
  });

  describe('the venue of a reported event', () => {
    it('makes "at the Orsk Theatre in Porto" a PROJECT where the night is held', () => {
      // Act
      const { relations } = run(articleText(
        'Harbour wins at the Tolva Film Awards',
        'Harbour won five awards at the Tolva Film Awards at the Orsk Theatre in Porto on Sunday.',
        'Lena Dorr hosted the ceremony for the second time.',
      ));
      // Assess
      expect(relations).toEqual(expect.arrayContaining(['Tolva Film Awards HELD_IN Orsk Theatre', 'Tolva Film Awards HELD_IN Porto']));
    });

    it('makes no venue in a text that reports no such event', () => {
      // Act
      const doc = runUntil('relate', articleText('Council meets', 'The council met at the Orsk Theatre in Porto on Monday to discuss the budget.'));
      // Assess
      expect([...doc.entities!.values()].some((e) => e.name === 'Orsk Theatre' && e.rule === 'event-venue')).toBe(false);
    });
  });

  describe('a gathering of a body in a place', () => {
    it('puts "the 2031 summit of the Tolva Union (TU) in Porto" in Porto', () => {
      // Act
      const { relations } = run(articleText('Union meets', 'The decision came at the 2031 summit of the Tolva Union (TU) in Porto, the coastal city.'));
      // Assess
      expect(relations).toContain('2031 summit HELD_IN Porto');
    });

    it('reads nothing under a negation or without "of <body> in <place>"', () => {
      // Act
      const { relations } = run(articleText('Union meets', 'Ivo Marsh said he had not attended the 2031 summit of the Tolva Union in Porto.', 'The 2032 summit of the Tolva Union was never held in Porto.'));
      // Assess
      expect(relations.filter((r) => r.includes(' HELD_IN '))).toEqual([]);
    });
  });

  describe('a visit told by its noun and its possessor', () => {
    const text = articleText(
      'Quist’s first state visit to Peru',
      'Ada Quist, the Tolvan president, signed three accords in Lima on Thursday, during Ms Quist’s first state visit to Peru.',
      'The visit began in Cusco, where she arrived on Tuesday.',
    );

    it('gives "X’s first state visit" ATTENDS and "The visit began in P" HELD_IN', () => {
      // Act
      const { relations } = run(text);
      // Assess
      expect(relations).toEqual(expect.arrayContaining(['Ada Quist ATTENDS state visit', 'state visit HELD_IN Cusco']));
    });

    it('reads no place from a sentence that does not open with the event’s noun, nor a visit under a negation', () => {
      // Act
      const { relations } = run(articleText(
        'Quist’s trip',
        'Ada Quist, the Tolvan president, will not make her first state visit to Peru this year.',
        'After the visit began in Cusco, Ivo Marsh went home.',
      ));
      // Assess
      expect(relations).not.toContain('state visit HELD_IN Cusco');
    });
  });

  describe('other finals and rites', () => {
    it('keeps a tennis final’s player, written with an honorific, a person who ATTENDS it', () => {
      // Act
      const doc = runUntil('relate', articleText('Ruiz wins the Orsk Open', 'Ana Ruiz beat Lena Dorr 6-4 in the Orsk Open final at the Varnes Arena in Porto on Sunday.', 'Ms Ruiz saved three break points in the first set.'));
      const name = (id: string) => doc.entities!.get(id)!.name;
      // Assess
      expect([...doc.entities!.values()].find((e) => e.name === 'Ana Ruiz')?.type).toBe('PERSON');
      expect(doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`)).toContain('Ana Ruiz ATTENDS Orsk Open final');
    });

    it('puts an inauguration "sworn in as president of P at the V in C" at V and C', () => {
      // Act
      const { relations } = run(articleText('New president sworn in', 'Ana Ruiz was sworn in as president of Peru at the National Theatre in Lima on Sunday, at an inauguration attended by 3,000 guests.', 'Oskar Lind read a poem after the inauguration ended.'));
      // Assess
      expect(relations).toEqual(expect.arrayContaining(['inauguration HELD_IN National Theatre', 'inauguration HELD_IN Lima', 'Oskar Lind ATTENDS inauguration']));
    });
  });

  describe('a report of an earlier round', () => {
    it('puts no one at the final a semi-final leads to', () => {
      // Act
      const { relations } = run(articleText(
        'Orvel beat Tolva to reach the final',
        'Orvel Rovers beat Tolva Rovers 2-1 in the semi-final on Tuesday to reach the final, where they will face Orsk Rovers in the Marrow Cup final in Porto.',
        'Ivo Marsh scored twice after Lena Dorr had headed Tolva in front.',
      ));
      // Assess
      expect(relations.filter((r) => r.includes(' ATTENDS '))).toEqual([]);
    });
  });

  describe('the host of the tournament a final closes', () => {
    it('puts the edition, not the final, in "C, the hosts of this year’s tournament"', () => {
      // Act
      const { relations } = run(articleText(
        'Peru beat Chile 2-1',
        'Peru won the title on Sunday, beating Chile 2-1 in the 2031 Andes Cup final in Lima, a month after the 2031 Andes Cup opened.',
        'Peru are now one title ahead of Bolivia, the hosts of this year’s tournament.',
        'Ecuador, the hosts of the next edition, did not qualify.',
      ));
      // Assess
      expect(relations).toContain('2031 Andes Cup HELD_IN Bolivia');
      expect(relations).not.toContain('2031 Andes Cup final HELD_IN Bolivia');
      expect(relations).not.toContain('2031 Andes Cup HELD_IN Ecuador');
    });
  });

  describe('an apposition that puts a person at the event', () => {
    it('reads "X, …, the only leader of a coastal state at the summit" and "X, …, the host of the summit"', () => {
      // Act
      const { relations } = run(articleText(
        'Leaders meet at the Orsk Summit',
        'Ada Quist hosted the Orsk Summit in Porto on Tuesday.',
        'She also met Ivo Marsh, Peru’s president and the only leader of a coastal state at the summit, and Lena Dorr, the mayor of Porto.',
        'On Monday Oskar Lind, Chile’s president and the host of the summit, spoke first. Later Tomas Brell, who was not at the summit, sent a letter.',
      ));
      // Assess
      expect(relations).toEqual(expect.arrayContaining(['Ivo Marsh ATTENDS Orsk Summit', 'Oskar Lind ATTENDS Orsk Summit']));
      expect(relations).not.toContain('Tomas Brell ATTENDS Orsk Summit');
    });
  });

  describe('"the first held in P"', () => {
    it('puts the event in the place its apposition says it was the first held in', () => {
      // Act
      const { relations } = run(articleText('Cup ends', 'The 2031 Andes Cup in Peru, the first held in South America since 1990, ended on Sunday.', 'The 2032 Andes Cup, the first not held in Chile, was cancelled.'));
      // Assess
      expect(relations).toContain('2031 Andes Cup HELD_IN South America');
      expect(relations).not.toContain('2032 Andes Cup HELD_IN Chile');
    });
  });
});
