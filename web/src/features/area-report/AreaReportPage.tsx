/** Screen under construction. */
export function AreaReportPage(_props: { areaId: string; print: boolean }) {
  return <div className="page">AreaReportPage</div>;
}
