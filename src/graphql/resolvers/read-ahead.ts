/**
 * Reading a by-id root's lists in the same wave as the root.
 *
 * `article(id) { mentions { … entity { … } } }` needs the article, then its mentions, then their
 * entities: three waves if each level waits for the one above. But a mentions Query needs only
 * the article id, which the client already gave, so it can go out together with the article's
 * BatchGetItem: two waves. The root resolver looks at its own selection for the lists it knows
 * the keys of, and asks the list loaders for them at once; when graphql-js reaches the list field,
 * its resolver asks the same loader for the same key and gets the promise already in flight.
 *
 * Only plain fields of the root's selection set are read ahead (no fragments, no directives);
 * arguments that do not validate are left to the field's resolver, which reports them. A list read
 * ahead for an id that names nothing costs one Query that returns nothing.
 */
import { getArgumentValues, Kind, type GraphQLResolveInfo } from 'graphql';

/** A list field of the root's type, and how to start its read from the field's arguments. */
export interface ListField {
  readonly name: string;
  /**
   * Asks the field's loader for the key its resolver will ask for (built by the same function).
   * May throw for arguments the resolver will refuse.
   */
  readonly load: (args: Record<string, unknown>) => Promise<unknown>;
}

/** Starts the reads of `lists` that the root field's selection asks for. */
export function readAhead(info: GraphQLResolveInfo, typeName: string, lists: readonly ListField[]): void {
  const type = info.schema.getType(typeName);
  if (!type || !('getFields' in type)) return;
  const fields = type.getFields();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) continue;
      const list = lists.find((l) => l.name === selection.name.value);
      const definition = fields[selection.name.value];
      if (!list || !definition || !('args' in definition)) continue;
      try {
        // The field's resolver gets this promise from the loader's cache and reports its failure.
        list.load(getArgumentValues(definition, selection, info.variableValues)).catch(() => undefined);
      } catch {
        // Arguments the field's resolver will refuse, with the error the client should see.
      }
    }
  }
}
