/** The files a build produces, before they are written. */

/** One output file: its path inside the output folder, and its content. */
export interface OutputFile {
  /** Relative path with forward slashes, e.g. `images/foto-1a2b.jpg`. */
  path: string;
  data: Uint8Array | string;
}
