import type { DeterminantResult } from '../../../../../shared/domain/selection/results/types';
import { useWords } from './WordsContext';

const SIZE = { width: 440, height: 300 };
const CENTRE = { x: 220, y: 150 };
const RADIUS = 100;
const RINGS = [25, 50, 75, 100];
/** Axis names longer than this wrap onto a second line. */
const LINE_CHARS = 22;

/** An axis name in at most two lines, split at a space near the middle. */
function lines(label: string): string[] {
  if (label.length <= LINE_CHARS) return [label];
  const mid = label.lastIndexOf(' ', Math.ceil(label.length / 2) + 4);
  return mid <= 0 ? [label] : [label.slice(0, mid), label.slice(mid + 1)];
}

/**
 * The cluster's diamond as a radar in plain SVG (Recharts draws only in a browser): one axis per
 * determinant, rings at 25 % steps, the scored share of each maximum as a grey polygon. An axis
 * nobody scored sits at the centre and says so.
 */
export function DiamondRadar({ determinants, label }: { determinants: DeterminantResult[]; label: string }) {
  const { t, locale } = useWords();
  const n = determinants.length;
  const at = (i: number, r: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y + r * Math.sin(angle) };
  };
  const xy = (p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  const ring = (pct: number) => determinants.map((_, i) => xy(at(i, (RADIUS * pct) / 100))).join(' ');
  const points = determinants.map((d, i) => at(i, (RADIUS * Math.min(100, Math.max(0, d.percent ?? 0))) / 100));
  const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <svg className="radar" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} width={SIZE.width} height={SIZE.height} role="img" aria-label={label}>
      {RINGS.map((r) => (
        <polygon key={r} points={ring(r)} fill="none" stroke="#b0b0b0" strokeWidth={r === 100 ? 1 : 0.6} />
      ))}
      {determinants.map((d, i) => {
        const end = at(i, RADIUS);
        return <line key={d.determinant} x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} stroke="#b0b0b0" strokeWidth={0.6} />;
      })}
      {n > 2 && <polygon points={points.map(xy).join(' ')} fill="#7a7a7a" fillOpacity={0.35} stroke="#222" strokeWidth={1.5} />}
      {points.map((p, i) => (
        <circle key={determinants[i]!.determinant} cx={p.x} cy={p.y} r={2.5} fill="#222" />
      ))}
      {determinants.map((d, i) => {
        const p = at(i, RADIUS + 16);
        const anchor = Math.abs(p.x - CENTRE.x) < 4 ? 'middle' : p.x > CENTRE.x ? 'start' : 'end';
        const name = lines(t(`selection.codes.determinants.${d.determinant}`));
        const value = d.percent === null ? t('planPrint.selection.radarNone') : `${pct.format(d.percent)} %`;
        const top = p.y < CENTRE.y - 4 ? p.y - 11 * name.length : p.y;
        return (
          <text key={d.determinant} x={p.x} y={top} textAnchor={anchor} fontSize={9.5} fill="#111">
            {name.map((line, j) => (
              <tspan key={j} x={p.x} dy={j === 0 ? 0 : 11}>
                {line}
              </tspan>
            ))}
            <tspan x={p.x} dy={11} fontWeight={700}>
              {value}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}
