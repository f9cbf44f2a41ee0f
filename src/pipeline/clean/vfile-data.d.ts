// What our unified plugins record on the file they process.
declare module 'vfile' {
  interface DataMap {
    /** Chrome removed by a plugin, reported in the article's provenance. */
    removedChrome: { rule: string; text: string }[];
    /** The article's own URL, against which relative links are resolved. */
    baseUrl: string | undefined;
  }
}
export {};
