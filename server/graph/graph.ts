/**
 * The one door to Neo4j: read and write transactions with plain rows out. Integers arrive as JS numbers
 * (the driver is opened with disableLosslessIntegers), nodes as their properties, temporals as ISO strings.
 * Every write transaction counts as a change of the town's data (dataVersion.ts) unless it is a RECORD one, which
 * only keeps records of use (the audit log, logins, accounts, throttles).
 */
import { setMaxListeners } from 'node:events';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from 'neo4j-driver';
import { ConflictError, DatabaseUnavailableError, IdTakenError, RequestClosedError } from '../shared/errors.js';
import { bumpDataVersion } from './dataVersion.js';

export type Params = Record<string, unknown>;

/** One transaction's handle, as given to `Graph.transaction` work. */
export interface GraphTx {
  run<Row>(cypher: string, params?: Params): Promise<Row[]>;
}

function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: Params }).properties);
  }
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    const out: Params = {};
    for (const [key, inner] of Object.entries(value as Params)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}

function rows<Row>(result: QueryResult): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

function mapError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // an id taken between our check and the write gets the answer the check gives, not the label that holds it
      const id = /property `id` = '(.*)'/.exec(error.message)?.[1];
      return id === undefined ? new ConflictError(error.message.split('\n')[0]) : new IdTakenError(id);
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return new DatabaseUnavailableError();
    }
  }
  return error;
}

/**
 * READ: reads only. WRITE: changes the town's data (counted in its data version). RECORD: writes only records of use
 * (audit events, logins, accounts, throttles), which no answer built from the town's data depends on.
 */
export type TransactionMode = 'READ' | 'WRITE' | 'RECORD';

export class Graph {
  constructor(
    private readonly driver: Driver,
    /** The GDS version the database answered with, or undefined when it has no GDS. */
    readonly gdsVersion: string | undefined,
    private readonly database?: string,
    /** Set for one request: its reads stop in the database when the client goes away (forRequest). */
    private readonly closed?: AbortSignal,
    /** The app's graph this one was made from for a request (itself, when it is the app's). */
    root?: Graph,
  ) {
    this.root = root ?? this;
  }

  /**
   * The app's graph, which per-request graphs share: what is kept per graph (the read cache) is kept on it, and
   * clean-up that must happen after the client left reads through it.
   */
  readonly root: Graph;

  /**
   * The graph as one request uses it: once `closed` fires (the client went away), its running reads are stopped in
   * the database and new ones refused with RequestClosedError. Writes and records of use always run to the end
   * (a change is all or nothing either way, and what was shown is audited).
   */
  forRequest(closed: AbortSignal): Graph {
    // one listener per read running at once: a map's answer runs dozens side by side, none of them a leak
    setMaxListeners(0, closed);
    return new Graph(this.driver, this.gdsVersion, this.database, closed, this.root);
  }

  private async session<T>(mode: TransactionMode, work: (tx: ManagedTransaction) => Promise<T>, meta?: Params) {
    const stoppable = mode === 'READ' ? this.closed : undefined;
    if (stoppable?.aborted) throw new RequestClosedError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // read-your-writes on a cluster: every session waits for the writes this app server made before it
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    // closing the session while its transaction runs resets the connection, which ends the transaction in Neo4j
    const stop = () => void session.close();
    stoppable?.addEventListener('abort', stop, { once: true });
    try {
      const config = { metadata: { app: 'tsunagari', ...meta } };
      if (mode === 'READ') return await session.executeRead(work, config);
      if (mode === 'RECORD') return await session.executeWrite(work, config);
      return await session.executeWrite(async (tx) => {
        const result = await work(tx);
        await bumpDataVersion(tx);
        return result;
      }, config);
    } catch (error) {
      if (stoppable?.aborted) throw new RequestClosedError();
      throw mapError(error);
    } finally {
      stoppable?.removeEventListener('abort', stop);
      await session.close();
    }
  }

  read<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('READ', async (tx) => rows<Row>(await tx.run(cypher, params)));
  }

  /** One statement that changes the town's data. */
  write<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('WRITE', async (tx) => rows<Row>(await tx.run(cypher, params)));
  }

  /** One statement that only keeps a record of use (not the town's data). */
  record<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('RECORD', async (tx) => rows<Row>(await tx.run(cypher, params)));
  }

  /** Several statements in one transaction: all of them happen, or none. */
  transaction<T>(work: (tx: GraphTx) => Promise<T>, mode: TransactionMode = 'WRITE', meta?: Params): Promise<T> {
    return this.session(
      mode,
      (tx) =>
        work({ run: async <Row>(cypher: string, params: Params = {}) => rows<Row>(await tx.run(cypher, params)) }),
      meta,
    );
  }

  /**
   * A statement outside a managed transaction, for `CALL { … } IN TRANSACTIONS` and schema commands,
   * which Neo4j refuses inside one.
   */
  async autoCommit<Row>(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({
      database: this.database,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return rows<Row>(await session.run(cypher, params));
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
