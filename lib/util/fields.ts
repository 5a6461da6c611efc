/** A JSON object from an untrusted side, before its fields are checked. */
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Readers of an untrusted object's string fields, each at most `max` long; a wrong field throws `fail(why)`. */
export function stringFields(fail: (why: string) => Error) {
  const str = (o: Obj, key: string, max: number): string => {
    const v = o[key];
    if (typeof v !== 'string') throw fail(`"${key}" must be a string`);
    if (v.length > max) throw fail(`"${key}" is too long (${v.length} > ${max})`);
    return v;
  };
  const strOrNull = (o: Obj, key: string, max: number): string | null => (o[key] === null || o[key] === undefined ? null : str(o, key, max));
  return { str, strOrNull };
}
