/** The shape of a table of UI sentences: [Japanese, English] by key (a leaf module, so tables import no feature). */
export type Messages = Record<string, readonly [string, string]>;
