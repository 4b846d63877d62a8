/**
 * What the tie generators share: the sink that writes ties once each and counts degrees, the relatives living
 * elsewhere, and the input of one area's tie generation (a leaf module, so ties.ts and care.ts do not import
 * each other).
 */
import { tieIdentity } from '../../server/vocabulary/tiePredicates.js';
import type { TieType } from '../../server/vocabulary/ties.js';
import type { Neighbourhood } from './areas.js';
import type { Hub, Tie } from './model.js';
import type { Reach } from './organizations.js';
import type { Household, Resident } from './people.js';
import type { Random } from './random.js';

/** Ties symmetric in meaning, written from the smaller id: drawn again the other way round, they are the same tie. */
const symmetric = new Set<TieType>(['FAMILY', 'NEIGHBOR', 'FRIEND']);

function oriented(tie: Tie): Tie {
  return symmetric.has(tie.type) && tie.to < tie.from ? { ...tie, from: tie.to, to: tie.from } : tie;
}

/** Writes ties, drops duplicates, and counts each resident's active ties to people outside their household. */
export class TieSink {
  private readonly seen = new Set<string>();
  private readonly degrees = new Map<string, number>();

  constructor(private readonly write: (tie: Tie) => void) {}

  /** @param reached the residents this tie gives a social tie to (both ends for person–person ties) */
  add(drawn: Tie, reached: readonly string[] = []): boolean {
    const tie = oriented(drawn);
    // the same tie as the import and the bundle rules know it
    const key = tieIdentity(tie);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.write(tie);
    if (!tie.until) for (const id of reached) this.degrees.set(id, (this.degrees.get(id) ?? 0) + 1);
    return true;
  }

  degree(id: string): number {
    return this.degrees.get(id) ?? 0;
  }
}

/** A bounded, random sample of adults from areas already generated: the relatives who live elsewhere. */
export class Relatives {
  private readonly ids: string[] = [];

  constructor(
    private readonly random: Random,
    private readonly capacity = 4096,
  ) {}

  offer(id: string): void {
    if (this.ids.length < this.capacity) this.ids.push(id);
    else if (this.random.chance(0.1)) this.ids[this.random.int(0, this.capacity - 1)] = id;
  }

  pick(): string | undefined {
    return this.ids.length ? this.random.pick(this.ids) : undefined;
  }
}

export interface AreaTieInput {
  random: Random;
  area: Neighbourhood;
  households: readonly Household[];
  hubs: readonly Hub[];
  /** 民生委員 and volunteers living here. */
  watchers: { minsei: readonly Resident[]; volunteers: readonly Resident[] };
  reach: Reach;
  relatives: Relatives;
  /** The CSW working in this area's district, if any. */
  csw: string | undefined;
  /** The 第2層協議体 of this area's district, where some local watchers sit. */
  platform: string;
  sink: TieSink;
}
