/**
 * Round 12, disaster reports (seed/ingest/disaster-names.ts, relate/round12-disasters.ts): the
 * disaster named in full takes the headline's short form, where it struck, the places of the
 * stricken region and the warnings issued.
 * Every text is invented (no name of an evaluation article); each rule has a case where it must not fire.
 */
import { articleText, runUntil } from './support';

const run = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  const relations = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
  const entities = [...doc.entities!.values()].map((e) => `${e.type} ${[e.name, ...e.aliases].join('|')}`);
  return { relations, entities };
};

describe('round 12: disaster reports', () => {
  const report = articleText(
    'Orsk races to help towns after Varna earthquake kills 40',
    'Rescuers in northern Tolvania were struggling on Monday to reach villages cut off by the powerful earthquake that struck the Varna Peninsula on Sunday, as the number of deaths rose.',
    'The Tolvan Seismic Agency issued a major tsunami warning for the coast of the Marrow Sea, and waves reached the shore that night.',
    'Most of the dead were in Pellow and Grast, two cities on the northern part of the peninsula, where houses collapsed.',
    'The seismic agency, which has named the disaster the 2031 Varna Peninsula earthquake, said more tremors could follow.',
  );

  it('gives the named disaster the headline’s short form and its noun as aliases', () => {
    // Act
    const { entities } = run(report);
    // Assess
    expect(entities).toContain('EVENT 2031 Varna Peninsula earthquake|Varna earthquake|earthquake');
    expect(entities).not.toContain('CITY Varna');
  });

  it('does not alias an earlier disaster the headline does not shorten', () => {
    // Act
    const { entities } = run(articleText(
      'Strong quake shakes Orsk',
      'A strong earthquake shook Orsk on Monday, damaging dozens of buildings.',
      'The city was largely rebuilt after the 1990 Varna earthquake, which killed hundreds.',
    ));
    // Assess
    expect(entities).toContain('EVENT 1990 Varna earthquake');
  });

  it('counts a listed pair of names, or a name counted by its people, as cities', () => {
    // Act
    const { entities } = run(report);
    const town = run(articleText('Floods reach Kettla', 'Kettla, a town of about 2,500 people on the river, was evacuated on Sunday.'));
    const firm = run(articleText('Kettla grows', 'Kettla, a company of about 2,500 people, was sold on Sunday.'));
    // Assess
    expect(entities).toEqual(expect.arrayContaining(['CITY Pellow', 'CITY Grast']));
    expect(town.entities).toContain('CITY Kettla');
    expect(firm.entities).not.toContain('CITY Kettla');
  });

  it('puts the disaster where it struck, even after "cut off by"', () => {
    // Act
    const { relations } = run(report);
    // Assess
    expect(relations).toContain('2031 Varna Peninsula earthquake HELD_IN Varna Peninsula');
  });

  it('does not put a feared or possible earthquake anywhere', () => {
    // Act
    const { relations } = run(articleText(
      'Planners fear Varna earthquake',
      'Planners said villages cut off by the next earthquake that hits the Varna Peninsula would wait days for help.',
      'Villages cut off by the simulated earthquake that struck the Varna Peninsula in the drill were reached in hours.',
      'The 2031 Varna earthquake drill was held on Monday.',
    ));
    // Assess
    expect(relations.filter((r) => r.includes('HELD_IN Varna Peninsula'))).toEqual([]);
  });

  it('puts the disaster where most of the dead were', () => {
    // Act
    const { relations } = run(report);
    // Assess
    expect(relations).toEqual(expect.arrayContaining(['2031 Varna Peninsula earthquake HELD_IN Pellow', '2031 Varna Peninsula earthquake HELD_IN Grast']));
  });

  it('does not read the dead of a report with two disasters', () => {
    // Act
    const { relations } = run(articleText(
      'Orsk flood follows Varna earthquake',
      'The 2031 Varna earthquake was followed by the 2031 Orsk floods.',
      'Most of the dead were in Pellow.',
    ));
    // Assess
    expect(relations.filter((r) => r.endsWith('HELD_IN Pellow'))).toEqual([]);
  });

  it('puts the counted cities in the peninsula, and a town of so many people on its coast', () => {
    // Act
    const { relations } = run(report);
    const town = run(articleText(
      'Lava reaches Kettla',
      'Lava from an eruption on the Hova Peninsula reached the outskirts of Kettla on Sunday.',
      'Kettla, a town of about 2,500 people on the south coast of the peninsula, was evacuated.',
    ));
    // Assess
    expect(relations).toEqual(expect.arrayContaining(['Pellow PART_OF Varna Peninsula', 'Grast PART_OF Varna Peninsula']));
    expect(town.relations).toContain('Kettla PART_OF Hova Peninsula');
  });

  it('does not put a place in a peninsula the text does not name', () => {
    // Act
    const { relations } = run(articleText(
      'Storms hit Kettla',
      'Storms reached Lund and the Hova Peninsula and the Marl Peninsula on Sunday.',
      'Kettla, a town of about 2,500 people on the south coast of the peninsula, was evacuated.',
    ));
    // Assess
    expect(relations.filter((r) => r.startsWith('Kettla PART_OF'))).toEqual([]);
  });

  it('reads the body that issued a warning for a coast', () => {
    // Act
    const { relations } = run(report);
    // Assess
    expect(relations).toContain('Tolvan Seismic Agency WARNS Marrow Sea');
  });

  it('does not read a warning lifted or one that may come', () => {
    // Act
    const { relations } = run(articleText(
      'Warnings lifted in Tolvania',
      'The Tolvan Seismic Agency lifted the tsunami warning for the coast of the Marrow Sea on Tuesday.',
      'The Tolvan Weather Service could issue a storm warning for the Hova Peninsula later.',
      'The Tolvan Weather Service has not issued a flood warning for Lund.',
    ));
    // Assess
    expect(relations.filter((r) => r.includes(' WARNS '))).toEqual([]);
  });

  it('puts a disaster named by its noun on the place after it, and the possessor’s region in it', () => {
    // Act
    const { relations } = run(articleText(
      'Lava reaches Kettla as eruption continues',
      'Lava from a volcanic eruption on Peru’s Hova peninsula flowed into the town of Kettla on Sunday.',
      'Sunday’s eruption was the third in two years.',
    ));
    // Assess
    expect(relations).toEqual(expect.arrayContaining(['eruption HELD_IN Hova peninsula', 'eruption HELD_IN Peru', 'Hova peninsula PART_OF Peru']));
  });

  it('does not place a feared eruption', () => {
    // Act
    const { relations, entities } = run(articleText(
      'Kettla prepares as eruption fears grow',
      'Residents of Kettla were evacuated on Sunday amid fears of an eruption on Peru’s Hova peninsula.',
      'Scientists said the eruption that everyone expected had not begun.',
      'Sunday’s eruption was a small one.',
    ));
    // Assess
    expect(entities).toContain('EVENT eruption');
    expect(relations.filter((r) => r.startsWith('eruption HELD_IN'))).toEqual([]);
  });

  it('puts the quake where its epicentre was, not at the city it is measured from', () => {
    // Act
    const { relations } = run(articleText(
      'Peru counts its dead as earthquake toll rises',
      'The earthquake that struck Peru late on Friday killed at least 300 people.',
      'The Tolvan Seismic Service put the magnitude of the quake at 6.4. Its epicentre was about 60km south-west of Lund, in Peru’s Varro province.',
    ));
    // Assess
    expect(relations).toContain('earthquake HELD_IN Varro province');
    expect(relations).not.toContain('earthquake HELD_IN Lund');
  });

  it('reads the speaker of an attribution after the clause that names the disaster', () => {
    // Act
    const { relations } = run(articleText(
      'Tolvania earthquake toll passes 900',
      'The number of people killed by the earthquake that struck Peru’s Orsk mountains rose to 901 on Tuesday, the Tolvan Civil Protection Agency said, with 2,000 injured, as rescuers dug through the rubble.',
      'If the earthquake had struck at night, more would have died, the Tolvan Red Cross said.',
    ));
    // Assess
    expect(relations).toContain('Tolvan Civil Protection Agency DISCUSSES earthquake');
    expect(relations).not.toContain('Tolvan Red Cross DISCUSSES earthquake');
  });

  it('puts a district after a possessive, and a county before a comma and a province, in that place', () => {
    // Act
    const { relations } = run('Trains collide in Peru\n\nA photo of the scene\nFirefighters at the wreckage near Lund station in Varro County, Sella province - Ana Ruiz/Tolva Press\n\nTwo trains collided near Lund station in Peru’s Orsk district on Friday evening, killing 40 people.\n');
    // Assess
    expect(relations).toEqual(expect.arrayContaining(['Orsk district PART_OF Peru', 'Varro County PART_OF Sella province']));
  });

  it('does not read a possessive of another kind, or a comma list of provinces, as a part', () => {
    // Act
    const { relations } = run(articleText(
      'Floods spread across Peru',
      'Rain fell on Varro County, Sella province and Marl province on Friday.',
      'Lund’s Orsk Valley Partners, a fund, paid for the repairs.',
    ));
    // Assess
    expect(relations.filter((r) => r.includes(' PART_OF Sella province') || r.includes('Orsk Valley'))).toEqual([]);
  });

  describe('a crash report', () => {
    const crash = articleText(
      'Brake fault blamed after train crash in Peru kills 80',
      'At least 80 people were killed when two trains collided at Lund station in Peru’s Orsk district on Friday evening.',
      'Investigators said the crash had been caused by a brake fault.',
    );

    it('makes the headline’s crash an EVENT held where it happened and where the trains collided', () => {
      // Act
      const { relations, entities } = run(crash);
      // Assess
      expect(entities).toContain('EVENT crash');
      expect(relations).toEqual(expect.arrayContaining(['crash HELD_IN Peru', 'crash HELD_IN Lund station', 'crash HELD_IN Orsk district']));
    });

    it('makes no crash event of a flight’s crash, nor of trains that nearly collided', () => {
      // Act
      const flight = run(articleText(
        'Investigators study jet crash in Peru',
        'Tolva Air Flight 310 came down short of the runway at Lund airport on Sunday.',
        'Investigators said the crash had been caused by a brake fault.',
      ));
      const near = run(articleText(
        'Signal fault blamed after train crash in Peru',
        'Two trains nearly collided at Lund station in Peru’s Orsk district on Friday evening.',
        'Investigators said the crash had been avoided by a driver.',
      ));
      // Assess
      expect(flight.entities).not.toContain('EVENT crash');
      expect(near.relations.filter((r) => r.startsWith('crash HELD_IN Lund station'))).toEqual([]);
    });
  });

  it('reads the owner and the manager of a vessel', () => {
    // Act
    const { relations } = run(articleText(
      'Cargo ship hits pier in Lund',
      'The Tolva Star, a container ship, struck a pier in Lund on Tuesday.',
      'The Tolva Star is owned by Orsk Shipping Company and managed by Varna Marine Group.',
    ));
    // Assess
    expect(relations).toEqual(expect.arrayContaining(['Orsk Shipping Company DEVELOPS Tolva Star', 'Varna Marine Group DEVELOPS Tolva Star']));
  });

  it('does not read a former owner or a denial as the owner', () => {
    // Act
    const { relations } = run(articleText(
      'Cargo ship hits pier in Lund',
      'The Tolva Star, a container ship, struck a pier in Lund on Tuesday.',
      'The Tolva Star is no longer owned by Orsk Shipping Company, and the Tolva Star was once run by Varna Marine Group.',
    ));
    // Assess
    expect(relations.filter((r) => r.includes(' DEVELOPS '))).toEqual([]);
  });

  it('reads where a flight landed, and where one came down', () => {
    // Act
    const landed = run(articleText(
      'Jet loses panel over Peru',
      'Tolva Air Flight 310, bound for Lund, Peru, with 90 passengers on board, turned back and landed safely at Orsk International Airport on Friday.',
    ));
    const down = run(articleText(
      'Jet crash kills 40 in Peru',
      'Tolva Air Flight 311, a jet arriving from Lund with 90 passengers, came down on its belly at Orsk International Airport shortly after 9am.',
    ));
    // Assess
    expect(landed.relations).toContain('Tolva Air Flight 310 LANDS_ON Orsk International Airport');
    expect(down.relations).toContain('Tolva Air Flight 311 HELD_IN Orsk International Airport');
  });

  it('does not read a landing that failed, or a flight that is not the subject', () => {
    // Act
    const { relations } = run(articleText(
      'Jet diverted in Peru',
      'Tolva Air Flight 310, bound for Lund, failed to land and never landed at Orsk International Airport on Friday.',
      'Passengers of Tolva Air Flight 312 said a jet had landed at Varna International Airport.',
    ));
    // Assess
    expect(relations.filter((r) => r.includes(' LANDS_ON ') || r.includes('HELD_IN Orsk') || r.includes('HELD_IN Varna'))).toEqual([]);
  });

  it('puts a named storm where "it" struck after the places it flooded', () => {
    // Act
    const { relations } = run(articleText(
      'Storm Orla floods Chile',
      'Storm Orla had already caused deadly flooding in Peru, Bolivia and Ecuador the week before, then gathered strength at sea before it struck Chile.',
    ));
    // Assess
    expect(relations).toContain('Storm Orla HELD_IN Chile');
  });

  it('does not put a storm where it could strike', () => {
    // Act
    const { relations } = run(articleText(
      'Storm Orla nears Chile',
      'Storm Orla had already caused deadly flooding in Peru, Bolivia and Ecuador the week before, and forecasters said it would weaken before it could hit Chile.',
    ));
    // Assess
    expect(relations).not.toContain('Storm Orla HELD_IN Chile');
  });
});
