/** Screen under construction. */
export function AdminPage(_props: Record<string, never>) {
  return <div className="page">AdminPage</div>;
}
