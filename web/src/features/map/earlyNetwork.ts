/**
 * The map opened by its address: its network is asked for alongside `me`, before the map is mounted. The client
 * merges identical requests only while both are in flight; on a slow machine the early answer can arrive before the
 * map asks, and the map would ask again. The answer is kept here, once, for the map that asks with the same
 * variables first.
 */
import type { ApolloClient } from '@apollo/client';
import type { NetworkQueryVariables } from '../../gql/graphql';
import type { Network } from '../../models/network';
import { networkQuery } from './map.graphql';

export interface EarlyAnswer {
  /** The variables it answers, as `variablesKey` writes them. */
  key: string;
  network: Network;
}

let kept: EarlyAnswer | undefined;

export function variablesKey(variables: object): string {
  return JSON.stringify(variables);
}

/** Asks for the map's network now; its answer waits for `takeEarlyAnswer`. Failures are the map's to show. */
export function askEarly(client: ApolloClient, variables: NetworkQueryVariables): void {
  const key = variablesKey(variables);
  kept = undefined;
  void client
    .query({ query: networkQuery, variables, fetchPolicy: 'no-cache' })
    .then((result) => {
      if (result.data) kept = { key, network: result.data.network };
    })
    .catch(() => undefined);
}

/** The early answer if it has come and answers these variables; it is given once (a later visit asks afresh). */
export function takeEarlyAnswer(key: string): EarlyAnswer | undefined {
  const answer = kept?.key === key ? kept : undefined;
  kept = undefined;
  return answer;
}
