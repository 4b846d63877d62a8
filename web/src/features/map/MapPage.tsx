/** Screen under construction. */
export function MapPage(_props: { areaId: string; nodeId?: string }) {
  return <div className="page">MapPage</div>;
}
