/** GraphQL enums made from the code lists of server/vocabulary/, their Japanese labels as descriptions. */
import { registerEnumType } from 'type-graphql';
import type { CodeList } from '../vocabulary/codes.js';

/** A GraphQL enum object (code → code) from a code list, registered under `name`. */
export function enumOf<Code extends string>(list: CodeList<Code>, name: string): Record<Code, Code> {
  const values = Object.fromEntries(Object.keys(list.labels).map((code) => [code, code])) as Record<Code, Code>;
  registerEnumType(values, {
    name,
    description: list.name,
    valuesConfig: Object.fromEntries(
      Object.entries(list.labels).map(([code, label]) => [code, { description: label as string }]),
    ) as Partial<Record<Code, { description: string }>>,
  });
  return values;
}
