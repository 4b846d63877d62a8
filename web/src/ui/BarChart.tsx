/**
 * A horizontal bar chart in SVG: sharp in print, readable without colour (values are written on the bars), and
 * described by a table for screen readers. A masked datum gets no bar, only the words for it: drawn as 0 it would
 * read as a number.
 */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** The value is withheld (「5未満」): no bar, `maskedText` written instead. */
  masked?: boolean;
  highlight?: boolean;
}

interface Props {
  title: string;
  data: readonly BarDatum[];
  /** How a value is written on its bar. */
  format?(value: number): string;
  /** The scale's maximum (default: the largest value). */
  max?: number;
  emptyText: string;
  /** What to write for a masked datum. */
  maskedText?: string;
  color?: string;
}

export function BarChart({ title, data, format = String, max, emptyText, maskedText = '—', color = '#0072B2' }: Props) {
  if (data.length === 0) {
    return (
      <figure className="bar-chart">
        <figcaption>{title}</figcaption>
        <p className="hint">{emptyText}</p>
      </figure>
    );
  }
  const top = Math.max(max ?? 0, ...data.filter((d) => !d.masked).map((d) => d.value), 1e-9);
  const write = (d: BarDatum) => (d.masked ? maskedText : format(d.value));
  const row = 26;
  const labelWidth = 150;
  const width = 460;
  const barSpace = width - labelWidth - 60;
  const height = data.length * row + 6;
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title}>
        {data.map((d, i) => {
          const y = i * row + 3;
          const w = Math.max(1, (d.value / top) * barSpace);
          return (
            <g key={d.key}>
              <text
                x={labelWidth - 8}
                y={y + row / 2 + 4}
                textAnchor="end"
                fontSize="12"
                fill="#1f2328"
                fontWeight={d.highlight ? 'bold' : 'normal'}
              >
                {d.label.length > 12 ? `${d.label.slice(0, 11)}…` : d.label}
              </text>
              {d.masked ? (
                <text
                  x={labelWidth + 2}
                  y={y + row / 2 + 4}
                  fontSize="12"
                  fill="#57606a"
                  fontStyle="italic"
                  data-masked="true"
                >
                  {maskedText}
                </text>
              ) : (
                <>
                  <rect
                    x={labelWidth}
                    y={y + 3}
                    width={w}
                    height={row - 8}
                    rx="2"
                    fill={d.highlight ? '#D55E00' : color}
                  />
                  <text x={labelWidth + w + 6} y={y + row / 2 + 4} fontSize="12" fill="#1f2328">
                    {format(d.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{write(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
