/** Saving a file the app made (an export) through the browser's download. */
import { localToday } from '../models/timeline';

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today as YYYY-MM-DD, for file names: the viewer's own day (an office in Japan at 8:30 is not yesterday). */
export function today(): string {
  return localToday();
}
