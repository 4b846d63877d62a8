/** Sequential ids per kind (`P000042`, `H000017`, `HB0003`), padded so they sort in the order they were made. */
export class Ids {
  private readonly counters = new Map<string, number>();

  /** @param widths digits per prefix; a prefix not listed gets 4 */
  constructor(private readonly widths: Readonly<Record<string, number>> = {}) {}

  next(prefix: string): string {
    const value = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, value);
    return prefix + String(value).padStart(this.widths[prefix] ?? 4, '0');
  }
}
