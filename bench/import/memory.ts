/** Watches memory while a load runs: the database's JVM heap and the open transactions' own estimate, and our RSS. */
import type { Graph } from '../../server/graph/graph.js';

export interface MemoryPeaks {
  /** Highest JVM heap in use seen (MB); GC makes it a ceiling, not the transaction's need. */
  heapUsedMb: number;
  /** The heap's maximum (MB). */
  heapMaxMb: number;
  /** Highest `estimatedUsedHeapMemory` of an open transaction (MB), when the database reports it. */
  transactionMb: number | undefined;
  /** Highest resident memory of this Node process (MB). */
  nodeRssMb: number;
}

interface HeapRow {
  used: number;
  max: number;
}

const heapQuery = `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used, attributes.HeapMemoryUsage.value.properties.max AS max`;
const transactionQuery = 'SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory RETURN max(estimatedUsedHeapMemory) AS bytes';

export function watchMemory(graph: Graph, everyMs = 250): { stop(): Promise<MemoryPeaks> } {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  const peaks: MemoryPeaks = { heapUsedMb: 0, heapMaxMb: 0, transactionMb: undefined, nodeRssMb: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      peaks.nodeRssMb = Math.max(peaks.nodeRssMb, mb(process.memoryUsage().rss));
      const [heap] = await graph.autoCommit<HeapRow>(heapQuery).catch(() => []);
      if (heap) {
        peaks.heapUsedMb = Math.max(peaks.heapUsedMb, mb(heap.used));
        peaks.heapMaxMb = mb(heap.max);
      }
      const [transaction] = await graph.autoCommit<{ bytes: number | null }>(transactionQuery).catch(() => []);
      if (transaction?.bytes) peaks.transactionMb = Math.max(peaks.transactionMb ?? 0, mb(transaction.bytes));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}
