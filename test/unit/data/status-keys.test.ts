import { toEntityPartitionItems } from '../../../src/data/entity-item';
import { toRelationshipPartitionItems } from '../../../src/data/relationship-item';
import { aProposal, aRelationship, anEntity, anEvidence } from '../../support/factories';

type Keyed = { sk: string; statusPk?: string; statusSk?: string; status?: string; listSk?: string; typeSk?: string };

/** The byStatus keys of a partition's items by sort key (term items have none). */
const statusKeys = (items: object[]) =>
  Object.fromEntries((items as Keyed[]).filter((i) => i.statusPk !== undefined).map((i) => [i.sk, [i.statusPk, i.statusSk]]));

describe('status keys of the stored items', () => {
  it('puts an entity in the status list of all entities and, through a copy, in that of its type, sorted by name', () => {
    // Prepare
    const entity = anEntity({ id: 'entity:talia-brennock', name: 'Talia Brennock', type: 'PERSON', proposal: aProposal() });
    // Act
    const items = toEntityPartitionItems(entity) as Keyed[];
    // Assess
    expect(statusKeys(items)).toEqual({
      'STATUS#TYPE': ['ENTITY#PROPOSED#TYPE#PERSON', 'talia brennock#entity:talia-brennock'],
      ENTITY: ['ENTITY#PROPOSED#ALL', 'talia brennock#entity:talia-brennock'],
    });
    expect(items.at(-1)).toMatchObject({ sk: 'ENTITY', status: 'PROPOSED', listSk: 'talia brennock#entity:talia-brennock' });
  });

  it('puts a relationship in the status partition of each of its lists, sorted as the list without status, main item last', () => {
    // Prepare: curated in one article, proposed in another: curated.
    const relationship = aRelationship({
      sourceId: 'entity:talia-brennock',
      type: 'MEETS',
      targetId: 'entity:orvel-kasp',
      evidence: [anEvidence({ articleId: 'article:one' }), anEvidence({ articleId: 'article:two', proposal: aProposal() })],
    });
    const id = relationship.id;
    // Act
    const items = toRelationshipPartitionItems(relationship) as Keyed[];
    // Assess
    expect(statusKeys(items)).toEqual({
      'EDGE#OUT': ['RELATIONSHIP#CURATED#ENTITY#entity:talia-brennock', `MEETS#${id}#OUT`],
      'EDGE#IN': ['RELATIONSHIP#CURATED#ENTITY#entity:orvel-kasp', `MEETS#${id}#IN`],
      'EVIDENCE#article:one': ['RELATIONSHIP#CURATED#ARTICLE#article:one', id],
      'EVIDENCE#article:two': ['RELATIONSHIP#CURATED#ARTICLE#article:two', id],
      'STATUS#TYPE': ['RELATIONSHIP#CURATED#TYPE#MEETS', id],
      'STATUS#EDGE#OUT': ['RELATIONSHIP#CURATED#OUT#entity:talia-brennock', `MEETS#${id}`],
      'STATUS#EDGE#IN': ['RELATIONSHIP#CURATED#IN#entity:orvel-kasp', `MEETS#${id}`],
      RELATIONSHIP: ['RELATIONSHIP#CURATED#ALL', id],
    });
    expect(items.at(-1)!.sk).toBe('RELATIONSHIP');
  });

  it('keeps writing the plain status the code before the status index filtered on, so a rollback lists items written now correctly', () => {
    // Prepare
    const proposed = aRelationship({ evidence: [anEvidence({ proposal: aProposal() })] });
    // Act
    const items = toRelationshipPartitionItems(proposed) as Keyed[];
    // Assess
    expect(items.map((i) => [i.sk, i.status])).toEqual(expect.arrayContaining([
      ['RELATIONSHIP', 'PROPOSED'],
      ['EDGE#OUT', 'PROPOSED'],
      ['EDGE#IN', 'PROPOSED'],
      ['EVIDENCE#article:summit-in-beijing', 'PROPOSED'],
    ]));
  });
});
