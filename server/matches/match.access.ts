/**
 * Who sees a match. A match is about a person, so it is seen exactly when that person is seen in detail: a
 * restricted person's matches by ADMIN and the coordinators named for them only, none by a PLANNER or a council
 * member (to them a match does not exist, as an unknown id does not). Places are public; every person shown is
 * recorded.
 */
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { TieEnds } from '../ties/tie.access.js';

/** The people of some matches as one viewer may see them; `record` writes down whom it showed. */
export class MatchPeople {
  private constructor(private readonly ends: TieEnds) {}

  static async of(graph: Graph, viewer: Viewer, personIds: string[], action: string): Promise<MatchPeople> {
    return new MatchPeople(await TieEnds.of(graph, viewer, personIds, action));
  }

  /** Whether the viewer sees the matches of this person; a person seen is noted for the record. */
  sees(personId: string): boolean {
    const seen = this.ends.accessOf(personId) === 'DETAILS';
    if (seen) this.ends.disclosure.shown(personId, 'DETAILS');
    return seen;
  }

  async record(graph: Graph): Promise<void> {
    await this.ends.disclosure.record(graph);
  }
}
