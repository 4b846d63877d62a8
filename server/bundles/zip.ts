/**
 * A town bundle as one .zip, both ways: an upload unzipped under hard limits (a zip bomb stops at the limit, never
 * after inflating), and an export zipped. Folders inside the zip are ignored: a file is known by its name.
 */
import { Unzip, UnzipInflate, type Zippable, zipSync } from 'fflate';
import { uploadLimits, type ZipLimits } from '../shared/bundleLimits.js';
import { BadInputError } from '../shared/errors.js';
import { bundleKeys } from './bundle.types.js';
import type { BundleBytes } from './read.js';

/** Compressed bytes handed to the inflater at a time: deflate inflates at most ~1032×, so one step stays small. */
const step = 16 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The name of an entry without its folders (`town/people.csv` → `people.csv`); macOS's `__MACOSX/` is dropped. */
function baseName(path: string): string | undefined {
  if (path.startsWith('__MACOSX/') || path.endsWith('/')) return undefined;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.startsWith('._') || name === '' ? undefined : name;
}

/**
 * Unzips an uploaded bundle; throws BadInputError (argument `file`) for a broken archive or one over the limits.
 * `keepPaths`: each entry named by its whole path (a workbook's parts, whose names repeat across folders).
 */
export function unzipBundle(archive: Uint8Array, limits: ZipLimits = uploadLimits, keepPaths = false): BundleBytes[] {
  const files: BundleBytes[] = [];
  let entries = 0;
  let total = 0;
  let refusal: string | undefined;
  const unzip = new Unzip((entry) => {
    entries += 1;
    if (entries > limits.entries) {
      refusal ??= keepPaths
        ? `the workbook holds more than ${limits.entries} parts`
        : `the zip holds more than ${limits.entries} entries; a bundle has at most ${bundleKeys.length} files`;
      return;
    }
    const name = keepPaths ? (entry.name.endsWith('/') ? undefined : entry.name) : baseName(entry.name);
    if (name === undefined) return;
    if (entry.compression !== 0 && entry.compression !== 8) {
      refusal ??= `"${entry.name}" is compressed in a way this app does not read (use an ordinary zip)`;
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (error, chunk, final) => {
      if (refusal) return;
      if (error) {
        refusal = `"${entry.name}" is damaged in the zip: ${error.message}`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.fileBytes) {
        refusal = `"${entry.name}" is larger than ${megabytes(limits.fileBytes)} once unzipped`;
        entry.terminate();
        return;
      }
      if (total > limits.totalBytes) {
        refusal = `the bundle is larger than ${megabytes(limits.totalBytes)} once unzipped`;
        entry.terminate();
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      if (files.some((file) => file.name === name)) refusal = `the zip holds two files named "${name}"`;
      else files.push({ name, bytes: Buffer.concat(chunks) });
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < archive.length && !refusal; at += step) {
      unzip.push(archive.subarray(at, at + step), at + step >= archive.length);
    }
  } catch (error) {
    refusal ??= `the upload is not a readable zip: ${(error as Error).message}`;
  }
  if (refusal) throw new BadInputError(refusal, 'file');
  if (entries === 0) throw new BadInputError('the upload is not a zip, or an empty one', 'file');
  return files;
}

/** Zips the files of an export (deflated; the CSV text as export.ts writes it). */
export function zipBundle(files: Record<string, string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(files)) zippable[name] = [Buffer.from(text, 'utf8'), { level: 6 }];
  return zipSync(zippable);
}
