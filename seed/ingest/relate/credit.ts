/** The image credit: its photographer photographs the events of the caption. */
import type { RelationRules } from './context';

export const credit: RelationRules = {
  name: 'credit',
  perDocument: (ctx) => {
    const { entities, add, mentions, sentences } = ctx;
    // The photographer of the credit photographs the events of the caption.
    const credit = sentences.filter((s) => s.field === 'IMAGE_CREDIT');
    const photographers = mentions.filter((m) => m.field === 'IMAGE_CREDIT' && entities.get(m.entityId)?.type === 'PERSON' && entities.get(m.entityId)?.rule === 'credit-photographer');
    const captionEvents = mentions.filter((m) => m.field === 'IMAGE_CAPTION' && entities.get(m.entityId)?.type === 'EVENT');
    for (const p of photographers) {
      for (const ev of captionEvents) add(entities.get(p.entityId)!, 'PHOTOGRAPHS', entities.get(ev.entityId)!, credit[0]!, 0.7, 'credit-photographer-caption-event');
    }
  },
};
