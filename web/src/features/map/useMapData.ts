/**
 * The answers the map needs: the network of the area at the level of detail asked (boxes open, entities shown,
 * focus), its findings (as far as the viewer's role sees them), the areas. While a new level of detail comes, the
 * map keeps drawing the answer before.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { type MapDetail, networkVariables } from '../../models/detail';
import { type FindingItem, toFindingItems } from '../../models/findings';
import type { Network } from '../../models/network';
import { type Rights, seesPeople } from '../../models/permissions';
import { isolatedPeopleQuery, missingLinksQuery } from '../findings/findings.graphql';
import { areasQuery } from './areas.graphql';
import { takeEarlyAnswer, variablesKey } from './earlyNetwork';
import { networkQuery } from './map.graphql';

/** `asOf`: the day shown (absent: today), for the network and the findings alike. */
export function useMapData(
  areaId: string,
  includeEnded: boolean,
  rights: Rights,
  painted: boolean,
  detail: MapDetail,
  asOf?: string,
) {
  const client = useApolloClient();
  const variables = networkVariables(areaId, includeEnded, detail, asOf);
  const key = variablesKey(variables);
  // the map opened by its address may find its answer already come (features/map/earlyNetwork)
  const [early, setEarly] = useState(() => takeEarlyAnswer(key));
  const usesEarly = early?.key === key;
  const network = useQuery(networkQuery, {
    variables,
    // one answer holds thousands of nodes and ties: kept by the hook, never written into the normalised cache,
    // which costs seconds for a large box and keeps every answer ever seen in memory
    fetchPolicy: 'no-cache',
    skip: usesEarly,
  });
  // while the next level of detail comes, the answer before stays on the screen, whichever way it came
  const shown = useRef<Network | undefined>(undefined);
  const current: Network | undefined =
    network.data?.network ?? (usesEarly ? early.network : undefined) ?? network.previousData?.network ?? shown.current;
  shown.current = current;
  // the analyses wait until the map is on the screen: on a small machine they would otherwise delay it
  const mapReady = Boolean(current) && painted;
  // a district's findings are thousands of items: kept by the hooks alone, as the network is (the normalised cache
  // would hold a second copy of each)
  const isolated = useQuery(isolatedPeopleQuery, {
    variables: { areaId, asOf },
    skip: !seesPeople(rights) || !mapReady,
    fetchPolicy: 'no-cache',
  });
  const links = useQuery(missingLinksQuery, { variables: { areaId, asOf }, skip: !mapReady, fetchPolicy: 'no-cache' });
  const areas = useQuery(areasQuery);

  const findings: FindingItem[] = useMemo(
    () => toFindingItems(isolated.data?.isolatedPeople ?? [], links.data?.missingLinks ?? []),
    [isolated.data, links.data],
  );

  return {
    network: current,
    networkLoading: network.loading,
    networkError: network.error,
    refetchNetwork: async () => {
      if (!usesEarly) return void (await network.refetch());
      const answer = await client.query({ query: networkQuery, variables, fetchPolicy: 'no-cache' });
      if (answer.data) setEarly({ key, network: answer.data.network });
    },
    findings,
    findingsLoading: !mapReady || isolated.loading || links.loading,
    findingsError: isolated.error ?? links.error,
    refetchFindings: async () => {
      await Promise.all([seesPeople(rights) ? isolated.refetch() : undefined, links.refetch()]);
    },
    areas: areas.data?.areas ?? [],
  };
}
