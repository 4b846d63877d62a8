/** Screen under construction. */
export function EcomapPage(_props: { subject: 'person' | 'household'; id: string }) {
  return <div className="page">EcomapPage</div>;
}
