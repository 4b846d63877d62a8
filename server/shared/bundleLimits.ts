/**
 * The limits of a town bundle sent from the browser, one definition for the server that enforces them and the web
 * app that says them (and refuses early). No imports: the web app imports this file too.
 */

/** The largest upload: a zipped town bundle (the 100k-person town's zips to about 10 MB). */
export const uploadBytes = 30 * 1024 * 1024;

export interface ZipLimits {
  /** Entries in the archive (folders included). */
  entries: number;
  /** Bytes of one file once inflated. */
  fileBytes: number;
  /** Bytes of all files once inflated. */
  totalBytes: number;
}

/** Generous for a town (the 100k-person town's bundle is about 40 MB), small enough to refuse a bomb early. */
export const uploadLimits: ZipLimits = { entries: 32, fileBytes: 100 * 1024 * 1024, totalBytes: 200 * 1024 * 1024 };

/** An .xlsx is a zip of XML parts: a part per sheet and a dozen more; the same sizes as a zipped bundle. */
export const workbookLimits: ZipLimits = { ...uploadLimits, entries: 200 };
