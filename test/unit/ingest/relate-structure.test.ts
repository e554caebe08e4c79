/**
 * Stage relate, rule family `structure` (and the offices of named bodies): relationships read off
 * appositions, possessives and "of" phrases, on invented sentences, each with a case that must not
 * fire (a negation, a modifier that takes the fact away, a look-alike or the wrong kind of entity).
 */
import { articleText, knownFile, runUntil } from './support';

const relationsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};

/** The fact of a relationship, without the rule that found it (another family may find the same fact first). */
const facts = (found: readonly string[]) => found.map((r) => r.replace(/ \[[^\]]*\]$/u, ''));

/** Only the relationships of one type. */
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.split(' ').includes(type));

describe('stage relate: structure of noun phrases', () => {
  it('puts a government body described by its country in that country, before or after its name', () => {
    // Act
    const found = relationsOf(
      'Kenya plans more launches this year.',
      'Kesa, the Kenyan space agency, said the rocket was ready.',
      'Peru has its own plans, and Peru’s space agency, Tavria, said it would join.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kesa PART_OF Kenya [apposition-national-body]', 'Tavria PART_OF Peru [possessive-body-before-name]']));
  });

  it('does not put a news agency or a company in the country its demonym names', () => {
    // Act
    const found = relationsOf('Kenya plans more launches this year.', 'Reporta, the Kenyan news agency, said the rocket was ready.', 'Norcom, the Kenyan airline, said it would fly the crew.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });

  it('puts a body in the organisation whose possessive describes it', () => {
    // Act
    const found = relationsOf('Sela Bank, the Tolva Group’s lending arm, cut its rates on Monday.');
    // Assess
    expect(found).toEqual(['Sela Bank PART_OF Tolva Group [apposition-possessive-body]']);
  });

  it('puts a place in the country or area that describes it', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru signed the accord.',
      'Ferries reached the Kenyan island of Tavora on Sunday.',
      'Arequipa, the second-largest city in Peru, is the next stop.',
      'Tacna, a city near Chile, was not on the route.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Tavora PART_OF Kenya [national-place-of]']));
    expect(facts(found)).toEqual(expect.arrayContaining(['Arequipa PART_OF Peru']));
    expect(found.filter((r) => r.startsWith('Tacna'))).toEqual([]);
  });

  it('puts a place in the area an apposition or an "of" phrase names, but not in a statement', () => {
    // Act
    const found = relationsOf(
      'Peru and Chile met.',
      'Cusco, in southern Peru, was quiet.',
      'Troops entered the Tacna region of Chile.',
      'Arequipa, in a statement, said the roads were open.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Cusco PART_OF Peru [apposition-in-area]', 'Tacna PART_OF Chile [region-of-area]']));
    expect(found.filter((r) => r.startsWith('Arequipa'))).toEqual([]);
  });

  it('reads partners and trading partners from "and its partner" and possessives, not former ones', () => {
    // Act
    const found = relationsOf(
      'Kenya and its trading partner, Peru, met in May.',
      'The Tolva Group and its partner, the Marlo Bank, won the tender.',
      'The Vela Group and its former partner, the Norra Bank, split the assets.',
      'Dana Okafor, a partner of the Kito Group, spoke.',
    );
    // Assess
    expect(found.filter((r) => /PARTNERS_WITH|TRADES_WITH/.test(r)).sort()).toEqual(['Kenya TRADES_WITH Peru [partner-of]', 'Tolva Group PARTNERS_WITH Marlo Bank [partner-of]']);
  });

  it('puts a company in its parent, unless the parent is a former one', () => {
    // Act
    const found = relationsOf(
      'Analysts praised Dravo Airlines and its parent company, Tolva Holdings.',
      'Sela Bank, a subsidiary of the Marlo Group, opened a branch.',
      'The Marlo Group’s shipping subsidiary, Ketta Freight Company, was sold.',
      'Analysts praised Vela Airlines and its former parent company, Norra Holdings.',
    );
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual([
      'Dravo Airlines PART_OF Tolva Holdings [parent-company]',
      'Ketta Freight Company PART_OF Marlo Group [possessive-body-before-name]',
      'Sela Bank PART_OF Marlo Group [subsidiary-of]',
    ]);
  });

  it('makes the country or body whose possessive names a project its developer', () => {
    // Act
    const found = relationsOf('Kenya’s Simba mission failed in May.', 'Kenya hopes to fly astronauts within five years under its Harambee programme.', 'Peru criticised Chile for its Marlo programme.', 'Peru’s rival Tana mission flew later.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kenya DEVELOPS Simba [possessive-project]', 'Kenya DEVELOPS Harambee [its-project]']));
    expect(ofType(found, 'DEVELOPS').filter((r) => r.includes('Tana'))).toEqual([]);
    expect(ofType(found, 'DEVELOPS').filter((r) => r.includes('Marlo'))).toEqual([]);
  });

  it('puts a named component in the project of an "of" phrase or a possessive', () => {
    // Act
    const found = relationsOf('The Kito lander of its Simba mission touched down on Friday.', 'Simba’s six-wheeled rover, Sefu, will roll out next week.', 'The Tana lander of a Simba mission crashed.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Kito PART_OF Simba [component-of-project]', 'Sefu PART_OF Simba [component-of-project]']);
  });

  it('takes "the mission’s rover" to the project the text called a mission, and to nothing when two could be meant', () => {
    // Prepare
    const known = [knownFile('article:00000000000000ab', ['Simba', 'Tana', 'Sefu', 'Kito', 'Juma', 'Pendo'].map((name) => ({ id: `entity:${name.toLowerCase()}`, type: 'PROJECT' as const, name })))];
    const resolved = articleText('Notes', 'Kenya launched its Simba mission in May.', 'It follows Tana, whose lander crashed.', 'A rover for the Moon', 'Over the coming days the mission’s rover, Sefu, will roll out.');
    const ambiguous = articleText('Notes', 'Kito and Juma were launched in May.', 'The mission’s rover, Pendo, will roll out.');
    // Act
    const found = [resolved, ambiguous].flatMap((raw) => {
      const doc = runUntil('relate', raw, known);
      return doc.relationships!.filter((r) => r.type === 'PART_OF').map((r) => `${doc.entities!.get(r.source)!.name} PART_OF ${doc.entities!.get(r.target)!.name} [${r.rule}]`);
    });
    // Assess
    expect(found).toEqual(['Sefu PART_OF Simba [component-of-project+anaphora]']);
  });

  it('makes the body a mission belongs to, or that ran it, its developer', () => {
    // Prepare: "Sauti" is a known mission (its type comes from the known set)
    const known = [knownFile('article:00000000000000aa', [{ id: 'entity:sauti', type: 'PROJECT', name: 'Sauti' }])];
    const raw = articleText(
      'Notes',
      'The Marlo Space Agency was founded in 1990.',
      'Sauti, a mission of the agency, was launched in May.',
      'Kenya and the Norra Group are partners.',
      'Nyota, a project of the Norra Group, opened a lab.',
      'The Tana mission was lost in June.',
      'Kesa, the Kenyan space agency that ran the mission, said the craft had spun out of control.',
      'Vela, the agency that never ran the mission, said nothing.',
    );
    // Act
    const doc = runUntil('relate', raw, known);
    const name = (id: string) => doc.entities!.get(id)!.name;
    const found = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Marlo Space Agency DEVELOPS Sauti [project-of-party+anaphora]', 'Norra Group DEVELOPS Nyota [project-of-party]']));
    expect(facts(found)).toEqual(expect.arrayContaining(['Kesa DEVELOPS Tana']));
    expect(found.filter((r) => r.startsWith('Vela'))).toEqual([]);
  });

  it('makes both parties of a joint project its developers and partners, unless it is denied', () => {
    // Act
    const found = relationsOf('The Lamu Pipeline opened on Monday.', 'The pipeline is a joint project of Tolva Energy, the Kenyan grid operator, and Marlo Energy.', 'The Kisii Pipeline is not a joint project of Norra Energy, a Kenyan firm, and Vela Energy.');
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Tolva Energy DEVELOPS Lamu Pipeline [joint-project]',
      'Marlo Energy DEVELOPS Lamu Pipeline [joint-project]',
      'Tolva Energy PARTNERS_WITH Marlo Energy [joint-project]',
    ]));
    expect(found.filter((r) => /Norra|Vela|Kisii/.test(r))).toEqual([]);
  });

  it('reads routes from appositions, also for both of a coordinated pair, but not a denied one', () => {
    // Act
    const found = relationsOf(
      'Peru and Chile met.',
      'The Kito Pipeline and the Juma Pipeline, the two pipelines that run under the Andes Sea from Peru to Chile, leaked.',
      'The Sefu Pipeline, the line that never ran under the Andes Sea, closed.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kito Pipeline CONNECTS Chile [route-apposition]', 'Kito Pipeline CONNECTS Peru [route-apposition]', 'Kito Pipeline PASSES_THROUGH Andes Sea [route-apposition]']));
    expect(facts(found)).toEqual(expect.arrayContaining(['Juma Pipeline PASSES_THROUGH Andes Sea']));
    expect(found.filter((r) => r.includes('[route-apposition]')).sort()).toEqual(expect.not.arrayContaining([expect.stringMatching(/^Juma Pipeline CONNECTS/u)]));
    expect(found.filter((r) => r.startsWith('Sefu'))).toEqual([]);
  });

  it('reads what a pipeline of an apposition delivers, and the exporting country of its demonym, but not what it never carried', () => {
    // Act
    const found = relationsOf(
      'Peru and Chile met.',
      'If it opens, it would match the Kito Pipeline, the link under the Andes Sea that carried Peruvian gas to Chile until last year.',
      'The Sefu Pipeline, the line that never carried Peruvian gas to Chile, closed.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Peru EXPORTS_TO Chile [supply-apposition]']));
    expect(facts(found.filter((r) => /SUPPLIES|EXPORTS_TO/.test(r))).sort()).toEqual(['Kito Pipeline SUPPLIES Chile', 'Peru EXPORTS_TO Chile']);
  });

  it('puts a state body named "<Court> of <Y>" in Y, but not a university or a body of a mere region', () => {
    // Prepare
    const known = [knownFile('article:00000000000000ac', [
      { id: 'entity:appeals-court-of-the-andean-pact', type: 'GOVERNMENT_BODY', name: 'Appeals Court of the Andean Pact' },
      { id: 'entity:andean-pact', type: 'ORGANIZATION', name: 'Andean Pact' },
      { id: 'entity:university-of-tolva', type: 'ORGANIZATION', name: 'University of Tolva' },
      { id: 'entity:tolva', type: 'ORGANIZATION', name: 'Tolva' },
      { id: 'entity:council-of-the-altiplano', type: 'GOVERNMENT_BODY', name: 'Council of the Altiplano' },
      { id: 'entity:altiplano', type: 'REGION', name: 'Altiplano' },
    ])];
    const raw = articleText('Notes', 'The Appeals Court of the Andean Pact ruled that the Andean Pact must pay.', 'The University of Tolva thanked Tolva.', 'The Council of the Altiplano met in the Altiplano.');
    // Act
    const doc = runUntil('relate', raw, known);
    const found = doc.relationships!.filter((r) => r.rule === 'body-of-name').map((r) => `${r.source} ${r.type} ${r.target}`);
    // Assess
    expect(found).toEqual(['entity:appeals-court-of-the-andean-pact PART_OF entity:andean-pact']);
  });

  it('keeps a description that a condition on the sentence does not reach', () => {
    // Act
    const found = relationsOf('Kenya plans more launches.', 'If the rocket is ready, Kesa, the Kenyan space agency, will launch it in May.', 'If it opens, the Marlo Tunnel, the tunnel under the Andes Sea, would help.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kesa PART_OF Kenya [apposition-national-body]']));
    expect(facts(found)).toEqual(expect.arrayContaining(['Marlo Tunnel PASSES_THROUGH Andes Sea']));
  });
});

describe('stage relate: offices of named bodies', () => {
  it('reads heads and jobs of bodies from appositions: LEADS, WORKS_FOR, HOLDS_OFFICE_IN', () => {
    // Act
    const found = relationsOf(
      'Dana Okafor, the chairman of the Tolva Group, said profits rose.',
      'Ravi Menon, the administrator of the Marlo Space Agency, praised the team.',
      'Lena Park, Vela Motors’ chief executive, said sales fell.',
      'Sam Idris, a spokesman for the Norra Bank, declined to comment.',
      'Kofi Asante, a commissioner of the Tolva Commission, spoke next.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Dana Okafor LEADS Tolva Group [apposition-office]',
      'Ravi Menon LEADS Marlo Space Agency [apposition-title-of]',
      'Sam Idris WORKS_FOR Norra Bank [apposition-office]',
      'Kofi Asante HOLDS_OFFICE_IN Tolva Commission [apposition-office]',
    ]));
  });

  it('reads heads without an article and from "who heads", not from "who no longer heads"', () => {
    // Act
    const found = relationsOf(
      'Jo Bloggs, chief executive of the Tolva Group, said profits rose.',
      'Ana Ruiz, who heads the Marlo Bank, disagreed.',
      'Ben Oduya, who no longer heads the Vela Bank, agreed.',
      'Ali Hassan, speaking to the editor of the Norra Times, smiled.',
    );
    // Assess
    expect(found).toEqual(['Ana Ruiz LEADS Marlo Bank [who-heads]', 'Jo Bloggs LEADS Tolva Group [apposition-title-of]']);
  });

  it('keeps a former head with "former" in the description, gives an incoming one nothing, and a director among several no leadership', () => {
    // Act
    const doc = runUntil('relate', articleText('Notes', 'Ada Mensah, the former chairman of the Tolva Group, said profits rose.', 'Joe Banda, a director of the Marlo Bank, resigned.', 'Eli Ward, the incoming chairman of the Vela Bank, agreed.'));
    const name = (id: string) => doc.entities!.get(id)!.name;
    const found = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}] ${r.description}`);
    // Assess
    expect(found).toEqual(['Ada Mensah LEADS Tolva Group [apposition-office] Holds the office “former chairman”.', 'Joe Banda WORKS_FOR Marlo Bank [apposition-office] Holds the office “director”.']);
  });
});
