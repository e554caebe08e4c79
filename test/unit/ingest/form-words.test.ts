import { spaceWords } from '../../../seed/ingest/form-words';

describe('spaceWords', () => {
  it('splits a form at single spaces, whichever form was asked for before', () => {
    // Prepare
    const forms = ['Tolva Port Authority', 'Tolva', 'Tolva Port Authority', 'Ana  Ruiz', '', 'Tolva'];
    // Act
    const split = forms.map((f) => [...spaceWords(f)]);
    // Assess
    expect(split).toEqual(forms.map((f) => f.split(' ')));
  });
});
