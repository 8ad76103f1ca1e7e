/** A catalogue's shape with every message widened to `string`: other languages must have the same keys. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
