import { articleText, runUntil } from './support';

const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('stage cluster: name forms of round 8', () => {
  it('reads a series name with an apostrophe inside its stem ("Tian’o-3", "Tian’o-4") as one numbered project series', () => {
    // Prepare
    const raw = articleText('Probes', 'Tolvania launched Tian’o-3 in March. Its successor Tian’o-4 followed in June, and O’Rourke-7 never flew.');
    // Act
    const found = typesOf(raw);
    // Assess
    expect(found).toMatchObject({ 'Tian’o-3': 'PROJECT', 'Tian’o-4': 'PROJECT' });
    // A serial number alone ("O’Rourke-7", one of its series) is still no cue.
    expect(found['O’Rourke-7']).toBeUndefined();
  });
});
