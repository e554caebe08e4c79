/**
 * Stage relate, rule families `events`, `credit` and `pair-subject`: attendance, places, announcements,
 * observers and meetings around the article's events, and what the image credit photographs. Every
 * text is invented; each rule has a case where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

/** An article with an image block: caption and credit on one line, split at the last " - ". */
const withImage = (title: string, caption: string, credit: string, ...paragraphs: string[]) => `${title}\n\nA photo\n${caption} - ${credit}\n\n${paragraphs.join('\n\n')}\n`;

const relationsOf = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};

/** The relationships of `raw` of the given types, without the rule. */
const typed = (raw: string, ...types: string[]) => relationsOf(raw).filter((r) => types.includes(r.split(' ').find((w) => /^[A-Z_]{4,}$/.test(w))!)).map((r) => r.replace(/ \[.*\]$/, ''));

describe('stage relate, events: who takes part in an event, where it is held, who announces it', () => {
  it('reads an arrival for a state visit: the traveller attends it, it is held where they arrive and where the visit goes', () => {
    // Act
    const found = relationsOf(articleText('Visit', 'Talia Brennock, the Kenyan president, will arrive in Lima on Monday for a three-day state visit to Peru, the Andean Council has said.')).map((r) => r.replace(/^(Talia Brennock ATTENDS state visit) \[(?:arrive-for-event|event-visit)\]$/, '$1'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      // (the pair rule "for a state visit" now records the attendance first, under its own rule name)
      'Talia Brennock ATTENDS state visit',
      'state visit HELD_IN Lima [arrive-for-event-place]',
      'state visit HELD_IN Peru [visit-to-place]',
      'Andean Council ANNOUNCES state visit [event-attributed-announcement]',
    ]));
  });

  it('reads a leading attribution of a coming visit as its announcement, and not a denied one', () => {
    // Act
    const said = typed(articleText('Visit', 'The Andean Council said on Friday that Omar Vance would arrive in Lima for a state visit.'), 'ANNOUNCES');
    const denied = typed(articleText('Visit', 'The Andean Council said on Friday that Omar Vance would not arrive in Lima for a state visit.'), 'ANNOUNCES');
    // Assess
    expect(said).toEqual(['Andean Council ANNOUNCES state visit']);
    expect(denied).toEqual([]);
  });

  it('gives nothing for a visit under a condition, a negation or a postponement', () => {
    // Act
    // (a condition after the event: the pair rules' "for a state visit" reading is theirs, so only this family's rules are checked)
    const conditional = relationsOf(articleText('Visit', 'Omar Vance, the Chilean president, will arrive in Lima for a state visit if the border reopens, the Andean Council has said.')).filter((r) => !/\[(?:event-visit|visit-verb)\]$/.test(r));
    const negated = typed(articleText('Visit', 'Omar Vance, the Chilean president, will not arrive in Lima for a state visit, the Andean Council has said.'), 'ATTENDS', 'HELD_IN', 'ANNOUNCES');
    const postponed = typed(articleText('Visit', 'Omar Vance, the Chilean president, postponed a state visit to Peru.', 'The Andean Council had announced the trip on Friday.'), 'ATTENDS', 'HELD_IN', 'ANNOUNCES');
    // Assess
    expect(conditional).toEqual([]);
    expect(negated).toEqual([]);
    expect(postponed).toEqual(['Andean Council ANNOUNCES state visit']);
  });

  it('refers "the trip" and "the talks" back to the article’s one visit: announced, observed, held in a city', () => {
    // Prepare
    const raw = articleText(
      'Talks',
      'Omar Vance, the Chilean president, will arrive in Peru on Monday for a two-day state visit.',
      'The Andean Council had announced the trip on Friday.',
      'Kenya will closely observe the talks.',
      'After the talks in Lima, Mr Vance flew home.',
      'Chile did not observe the visit.',
    );
    // Act
    const found = relationsOf(raw).map((r) => r.replace(/^(Andean Council ANNOUNCES state visit) \[(?:announce-event|announce-event-coref)\]$/, '$1'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      // ("announced the trip" is now also read by the pair rule, which records it first)
      'Andean Council ANNOUNCES state visit',
      'Kenya OBSERVES state visit [observe-event]',
      'state visit HELD_IN Lima [event-coref-in-place]',
    ]));
    expect(found.filter((r) => r.startsWith('Chile '))).toEqual([]);
  });

  it('reads a passive observer ("the talks will be closely watched from …") and not an unrelated passive', () => {
    // Act
    const found = typed(articleText('Talks', 'Omar Vance will arrive in Peru on Monday for a state visit.', 'The talks will be closely watched from Kenya.', 'The talks were held in private, Chile said.'), 'OBSERVES');
    // Assess
    expect(found).toEqual(['Kenya OBSERVES state visit']);
  });

  it('finds the host who greets the guest, a title subject’s talks and what "the two leaders" do', () => {
    // Prepare
    const raw = articleText(
      'Hosts',
      'Omar Vance, the Chilean president, arrived in Peru on Monday for a state visit.',
      'Talia Brennock, the Peruvian president, greeted her guest at the airport.',
      'On Tuesday the Chilean president also held talks with Ines Marlow, the Peruvian prime minister.',
      'Mr Vance and Ms Brennock spoke for an hour.',
      'The Andean Council said the two leaders would attend a gala on Wednesday.',
      'Mr Vance said the leaders had discussed the Tolva Pipeline in detail.',
      'The two leaders did not discuss the Rimac Dam.',
    );
    // Act
    const found = relationsOf(raw);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Talia Brennock ATTENDS state visit [host-greets-guest]',
      'Omar Vance MEETS Ines Marlow [title-subject-meets]',
      'Omar Vance ATTENDS gala [event-attend-verb]',
      'Talia Brennock ATTENDS gala [event-attend-verb]',
      'Talia Brennock DISCUSSES Tolva Pipeline [pair-of-leaders-discussed]',
    ]));
    expect(found.filter((r) => r.includes('Rimac Dam'))).toEqual([]);
    expect(found).not.toContain('Talia Brennock MEETS Ines Marlow [title-subject-meets]');
  });

  it('does not resolve a title that two persons of the text hold', () => {
    // Act
    const found = typed(articleText('Two presidents', 'Omar Vance, the Chilean president, met Rosa Quell, the Chilean president of the senate.', 'The Chilean president also held talks with Ines Marlow.'), 'MEETS');
    // Assess
    expect(found).toEqual(['Omar Vance MEETS Rosa Quell']);
  });

  it('places an event from "in A, B, where she was attending …": held in A; she visits both, unless she is at home', () => {
    // Act
    const abroad = relationsOf(articleText('Forum', 'Ines Marlow, the Peruvian prime minister, watched the vote on a screen in Nairobi, Kenya, where she was attending the Andes Trade Forum.'));
    const home = typed(articleText('Forum', 'Talia Brennock, the Kenyan president, watched the vote on a screen in Nairobi, Kenya, where she was attending the Andes Trade Forum.'), 'VISITS', 'HELD_IN');
    // Assess
    expect(abroad).toEqual(expect.arrayContaining([
      'Andes Trade Forum HELD_IN Nairobi [where-attending-place]',
      'Ines Marlow VISITS Nairobi [where-attending-visit]',
      'Ines Marlow VISITS Kenya [where-attending-visit]',
    ]));
    expect(home).toEqual(['Andes Trade Forum HELD_IN Nairobi']);
  });

  it('reads an opening by several persons as their attendance of the opening ceremony, held where it took place', () => {
    // Prepare
    const raw = articleText('Bridge', 'Talia Brennock, Omar Vance and Ines Marlow opened the Tolva Bridge at a border post in Arica on Friday.', 'Juan Pardo, Chile’s transport minister, also attended the ceremony.', 'Mr Pardo said at the ceremony that trade would grow.');
    // Act
    const found = relationsOf(raw);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Talia Brennock ATTENDS ceremony [opened-at-ceremony]',
      'Omar Vance ATTENDS ceremony [opened-at-ceremony]',
      'Ines Marlow ATTENDS ceremony [opened-at-ceremony]',
      'ceremony HELD_IN Arica [opened-at-ceremony-place]',
      'Juan Pardo ATTENDS ceremony [attend-event]',
    ]));
  });

  it('does not make an opening ceremony up when the article names none, nor read "opened talks" as one', () => {
    // Act
    const found = typed(articleText('Bridge', 'Talia Brennock opened the Tolva Bridge on Friday.', 'Kenya opened talks with Peru.'), 'ATTENDS', 'HELD_IN');
    // Assess
    expect(found).toEqual([]);
  });

  it('reads an exchange with a person at a summit as a meeting, both attending, the speaker visiting its city', () => {
    // Prepare
    const raw = articleText(
      'Forum',
      'Omar Vance, the Chilean president, spoke in Santiago on Monday.',
      'He said he had raised the matter personally with Ines Marlow, Peru’s prime minister, at the Andes Trade Forum in Lima last week.',
    );
    // Act
    const found = relationsOf(raw).map((r) => r.replace(/^(Omar Vance MEETS Ines Marlow) \[(?:exchange-at-event|raise-with\+anaphora)\]$|^(Ines Marlow ATTENDS Andes Trade Forum) \[(?:exchange-at-event|event-at)\]$/, '$1$2'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      // (the pair rules "raised … with B" and "B at the forum" now record two of these first, under their own names)
      'Omar Vance MEETS Ines Marlow',
      'Omar Vance ATTENDS Andes Trade Forum [exchange-at-event]',
      'Ines Marlow ATTENDS Andes Trade Forum',
      'Omar Vance VISITS Lima [exchange-at-event-visit]',
    ]));
    expect(found).not.toContain('Ines Marlow VISITS Lima [exchange-at-event-visit]');
  });

  it('reads talks on the sidelines of a summit as a meeting of two attendees', () => {
    // Act
    const found = typed(articleText('Forum', 'Ines Marlow is expected to hold talks with Omar Vance on the sidelines of the Andes Trade Forum.'), 'MEETS', 'ATTENDS');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ines Marlow MEETS Omar Vance', 'Ines Marlow ATTENDS Andes Trade Forum', 'Omar Vance ATTENDS Andes Trade Forum']));
  });

  it('gives no meeting for an exchange that is denied', () => {
    // Act
    const found = typed(articleText('Forum', 'Omar Vance said he had not raised the matter with Ines Marlow at the Andes Trade Forum.'), 'MEETS', 'ATTENDS');
    // Assess
    expect(found).toEqual([]);
  });

  it('reads possessives: "A’s state visit", "A and B … after their summit", "the Chilean leader’s visit"', () => {
    // Prepare
    const raw = articleText(
      'Summit',
      'Omar Vance’s state visit to Peru ends on Friday.',
      'Omar Vance, the Chilean president, and Talia Brennock would sign a joint statement after their summit.',
      'Rosa Quell must strike a balance during the Chilean leader’s visit.',
    );
    // Act
    const found = relationsOf(raw);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Omar Vance ATTENDS state visit [possessive-event]',
      'Talia Brennock ATTENDS state visit [possessive-event]',
      'state visit HELD_IN Peru [visit-to-place]',
    ]));
    expect(found.filter((r) => r.startsWith('Rosa Quell ATTENDS'))).toEqual([]);
  });

  it('gives no attendance for a possessive visit that was called off', () => {
    // Act
    const found = typed(articleText('Visit', 'Omar Vance’s state visit to Peru was called off on Friday.'), 'ATTENDS', 'HELD_IN');
    // Assess
    expect(found).toEqual([]);
  });

  it('reads an announcement that a leader is visiting as the announcement of the article’s visit, but not a denial', () => {
    // Act
    const announced = typed(articleText('Visit', 'Omar Vance will arrive in Peru on Monday for a state visit.', 'The Andean Council issued a brief statement that the Chilean leader was visiting at the invitation of the president.'), 'ANNOUNCES');
    const denied = typed(articleText('Visit', 'Omar Vance will arrive in Peru on Monday for a state visit.', 'The Andean Council issued a brief statement that the Chilean leader was not visiting.'), 'ANNOUNCES');
    // Assess
    expect(announced).toEqual(['Andean Council ANNOUNCES state visit']);
    expect(denied).toEqual([]);
  });

  it('reads a place that hosts an event as where it is held, and a visit by a person as theirs', () => {
    // Act
    const found = relationsOf(articleText('Summit', 'Peru will host the Andes Trade Forum in May.', 'The Andes Trade Forum by Omar Vance drew crowds.', 'Chile will not host the Pacific Energy Forum.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Andes Trade Forum HELD_IN Peru [place-hosts-event]', 'Omar Vance ATTENDS Andes Trade Forum [event-by-person]']));
    expect(found.filter((r) => r.includes('Pacific Energy Forum'))).toEqual([]);
  });

  it('reads "During the visit, A …", "A will be in B for the summit" and "the meeting with A" as attendance', () => {
    // Prepare
    const raw = articleText(
      'Summit',
      'Omar Vance will be in Lima on Monday for the Andes Trade Summit.',
      'During the summit, Talia Brennock and Ines Marlow signed a trade pact.',
      'The meeting with Rosa Quell, the Chilean envoy, will be her first.',
    );
    // Act
    const found = relationsOf(raw);
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Andes Trade Summit HELD_IN Lima [arrive-for-event-place]',
      'Talia Brennock ATTENDS Andes Trade Summit [during-event-subject]',
      'Ines Marlow ATTENDS Andes Trade Summit [during-event-subject]',
      'Rosa Quell ATTENDS Andes Trade Summit [event-with-person]',
    ]));
  });

  it('gives no attendance for a person merely "in" a place, nor after a cancelled summit', () => {
    // Act
    // (the pair rules read "for the <event>" on their own; only this family's rules are checked)
    const found = relationsOf(articleText('Summit', 'Omar Vance will be at home for the Andes Trade Summit.', 'During the summit, which was cancelled, Talia Brennock stayed in Lima.')).filter((r) => /(?:ATTENDS|HELD_IN)/.test(r) && !r.endsWith('[event-visit]'));
    // Assess
    expect(found).toEqual([]);
  });

  it('reads "A met his Kenyan counterpart, B" as a meeting, and not when it did not happen', () => {
    // Act
    const met = typed(articleText('Talks', 'Omar Vance met his Kenyan counterpart, Talia Brennock, in Lima.'), 'MEETS');
    const notMet = typed(articleText('Talks', 'Omar Vance never met his Kenyan counterpart, Talia Brennock.'), 'MEETS');
    // Assess
    expect(met).toEqual(['Omar Vance MEETS Talia Brennock']);
    expect(notMet).toEqual([]);
  });
});

describe('stage relate, pair-subject: "A and B held talks"', () => {
  it('reads a coordinated pair that holds talks as a meeting, and not talks that will not happen', () => {
    // Act
    const held = typed(articleText('Talks', 'Omar Vance and Talia Brennock held talks in Lima.'), 'MEETS');
    const notHeld = typed(articleText('Talks', 'Omar Vance and Talia Brennock will not hold talks in Lima.'), 'MEETS');
    // Assess
    expect(held).toEqual(['Omar Vance MEETS Talia Brennock']);
    expect(notHeld).toEqual([]);
  });
});

describe('stage relate, credit: what the photographer photographs', () => {
  it('takes the article’s visit that the caption shows by its verb', () => {
    // Act
    const found = typed(withImage('Visit', 'Talia Brennock welcomed Omar Vance in Lima on 3 May', 'Jonas Brekke/Andes Photo', 'Omar Vance arrived in Lima on Monday for a state visit.'), 'PHOTOGRAPHS');
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS state visit']);
  });

  it('does not take a welcome in the caption for a summit: a welcome shows a visit, so the people are taken', () => {
    // Act
    const found = typed(withImage('Summit', 'Talia Brennock greeted Omar Vance at the airport', 'Jonas Brekke/Andes Photo', 'Omar Vance will attend the Andes Trade Summit in Lima.'), 'PHOTOGRAPHS');
    // Assess (the person greeted is in the photo too: fixtures 142 and 148)
    expect(found.sort()).toEqual(['Jonas Brekke PHOTOGRAPHS Omar Vance', 'Jonas Brekke PHOTOGRAPHS Talia Brennock']);
  });

  it('takes the caption’s first-named person when it shows no event, and nothing when it names neither', () => {
    // Act
    const person = typed(withImage('Speech', 'Talia Brennock spoke to reporters in Lima after the vote', 'Jonas Brekke/Andes Photo', 'Talia Brennock, the Peruvian president, won the vote.'), 'PHOTOGRAPHS');
    const nobody = typed(withImage('Vote', 'Students in Lima celebrated the result of the vote', 'Jonas Brekke/Andes Photo', 'Talia Brennock, the Peruvian president, won the vote.'), 'PHOTOGRAPHS');
    // Assess
    expect(person).toEqual(['Jonas Brekke PHOTOGRAPHS Talia Brennock']);
    expect(nobody).toEqual([]);
  });

  it('reads "told the conference that …" as the speaker’s attendance, but not "told the conference organisers" or a negated address', () => {
    // Act
    const found = typed(articleText('Conference', 'The Andes Trade Conference opened in Lima on Monday.', 'Omar Vance, the Andean Council president, told the conference that the region was united.', 'Talia Brennock told the conference organisers nothing.', 'Ada Orrin did not address the conference.'), 'ATTENDS');
    // Assess
    expect(found).toEqual(['Omar Vance ATTENDS Andes Trade Conference']);
  });

  it('reads staying at home for a summit as no attendance, and travelling there for it as one', () => {
    // Act
    const found = typed(articleText('Summit', 'Omar Vance stayed at home for the Andes Trade Summit.', 'Talia Brennock flew to Lima on Monday for the Andes Trade Summit.'), 'ATTENDS');
    // Assess
    expect(found).toEqual(['Talia Brennock ATTENDS Andes Trade Summit']);
  });

  it('reads arriving at a court or another venue in a city as a visit to the city', () => {
    // Act
    const found = typed(articleText('Court', 'Omar Vance arrived at the federal court in Lima to give evidence.', 'Talia Brennock did not arrive at the court in Quito.'), 'VISITS');
    // Assess
    expect(found).toEqual(['Omar Vance VISITS Lima']);
  });

  it('reads a postponed or cancelled event named with its place as held nowhere', () => {
    // Act
    const found = typed(articleText('Summit', 'Ada Orrin postponed the Andes Trade Summit in Lima.', 'The Andes Trade Forum in Quito opened on Monday.'), 'HELD_IN');
    // Assess
    expect(found).toEqual(['Andes Trade Forum HELD_IN Quito']);
  });
});

describe('stage relate, credit: a linked photographer and a scene dated by an event', () => {
  const known = [knownFile('article:0000000000000001', [
    { id: 'entity:storm-tamsin', type: 'EVENT', name: 'Storm Tamsin' },
    { id: 'entity:jonas-brekke', type: 'PERSON', name: 'Jonas Brekke' },
  ])];
  const photographed = (caption: string, ...body: string[]) => {
    const doc = runUntil('relate', withImage('Storm', caption, 'Jonas Brekke/Andes Photo', ...body), known);
    const name = (id: string) => doc.entities!.get(id)!.name;
    return doc.relationships!.filter((r) => r.type === 'PHOTOGRAPHS').map((r) => `${name(r.source)} PHOTOGRAPHS ${name(r.target)} [${r.rule}]`);
  };

  it('credits a photographer the graph already holds (linked, not typed from the credit) with the caption’s person', () => {
    // Act
    const found = photographed('Talia Brennock spoke to reporters in Lima on 3 May', 'Talia Brennock, the Peruvian president, spoke in Lima.');
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Talia Brennock [credit-photographer-caption-person]']);
  });

  it('takes the place of a scene dated by an event ("the day after Storm Tamsin struck"), not the event', () => {
    // Act
    const found = photographed('Residents walked through debris in Lima the day after Storm Tamsin struck the city', 'Storm Tamsin struck Lima on Monday.');
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Lima [credit-photographer-caption-scene]']);
  });

  it('takes the caption’s person, not an event it dates by with a gerund ("after surviving Storm Tamsin")', () => {
    // Act
    const found = photographed('Talia Brennock thanked volunteers in Lima after surviving Storm Tamsin', 'Storm Tamsin struck Lima on Monday.');
    // Assess
    expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Talia Brennock [credit-photographer-caption-person]']);
  });

  it('takes the event itself when the caption shows it, and the place of an undated scene without a person', () => {
    // Act
    const shown = photographed('Waves hit the seafront in Lima during Storm Tamsin', 'Storm Tamsin struck Lima on Monday.');
    // (A scene without a person shows its place, with or without destruction: fixtures 124, 128, 131.)
    const undated = photographed('Residents walked along the seafront in Lima on Tuesday', 'Storm Tamsin struck Lima on Monday.');
    // Assess
    expect(shown).toEqual(['Jonas Brekke PHOTOGRAPHS Storm Tamsin [credit-photographer-caption-event]']);
    expect(undated).toEqual(['Jonas Brekke PHOTOGRAPHS Lima [credit-photographer-caption-scene]']);
  });
});
