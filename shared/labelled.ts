/**
 * Labelled enumerations without zod: the weapp main package imports labels through this
 * module, so it never loads the schema library (README, perf). shared/common.ts re-exports it.
 */

/** An enumeration as (id, Chinese label) pairs: ids travel on the wire, labels are shown. */
export type Labelled<Id extends string> = readonly { readonly id: Id; readonly label: string }[];
export const ids = <Id extends string>(list: Labelled<Id>) => list.map((x) => x.id) as [Id, ...Id[]];
export const labels = <Id extends string>(list: Labelled<Id>) =>
  Object.fromEntries(list.map((x) => [x.id, x.label])) as Record<Id, string>;
