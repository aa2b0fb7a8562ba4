import { useSyncExternalStore } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import type { Measurement } from '../../../../src-main/api/schemas/registers/measurement';
import { formatMonth } from '../../../shared/format/calendar-date';
import { formatNumber, formatWithUnit } from '../../../shared/format/number';
import { comparisonSymbols, labelOf } from '../model/enum-labels';

interface PerformanceChartProps {
  items: readonly Measurement[];
  unit: string;
  threshold: number | null;
  comparison: string | null;
  name: string;
}

interface Point {
  label: string;
  value: number;
  met: boolean | null;
}

// The chart draws with the design tokens, read from the stylesheet so that light and dark both hold.
const scheme = window.matchMedia('(prefers-color-scheme: dark)');
const subscribeToScheme = (onChange: () => void) => {
  scheme.addEventListener('change', onChange);
  return () => scheme.removeEventListener('change', onChange);
};
function useColourScheme(): boolean {
  return useSyncExternalStore(subscribeToScheme, () => scheme.matches);
}

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** A y-axis that holds every value and the threshold, with round ticks: 99.8, 99.85, 99.9… */
export function niceScale(
  values: readonly number[],
  threshold: number | null,
): { domain: [number, number]; ticks: number[] } {
  const all = threshold === null ? [...values] : [...values, threshold];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (high === low) {
    const pad = Math.max(Math.abs(high) * 0.05, 1);
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 99.85000000001 shows as 99.85.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = first; tick <= last + step / 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return { domain: [ticks[0] ?? first, ticks.at(-1) ?? last], ticks };
}

function ChartTooltip({ active, payload, unit }: Partial<TooltipContentProps> & { unit: string }) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__period">{point.label}</p>
      <p className="chart-tooltip__value">
        {formatWithUnit(point.value, unit)}
        {point.met !== null && (
          <span className={point.met ? 'chart-tooltip__met' : 'chart-tooltip__breached'}>
            {point.met ? 'met' : 'breached'}
          </span>
        )}
      </p>
    </div>
  );
}

/**
 * A target's measured values over time, against its threshold. A picture for those who can see it;
 * the table beside it holds the same values for everyone.
 */
export default function PerformanceChart({
  items,
  unit,
  threshold,
  comparison,
  name,
}: PerformanceChartProps) {
  const dark = useColourScheme();
  const colours = {
    line: token('--accent'),
    met: token('--accent'),
    breached: token('--danger'),
    threshold: token('--warning-text'),
    grid: token('--border'),
    text: token('--text-muted'),
    surface: token('--bg'),
  };
  const data: Point[] = items.map((item) => ({
    label: formatMonth(item.periodStart),
    value: item.value,
    met: item.met,
  }));
  const scale = niceScale(
    items.map((item) => item.value),
    threshold,
  );
  const breached = items.filter((item) => item.met === false).length;
  const description = `Chart of ${name}: ${items.length} values from ${data[0]?.label} to ${data.at(-1)?.label}${
    threshold !== null
      ? `, against a target of ${labelOf(comparisonSymbols, comparison)} ${formatWithUnit(threshold, unit)}; ${breached} breached`
      : ''
  }.`;

  const dot = (props: DotItemDotProps) => {
    const point = props.payload as Point;
    const fill = point.met === false ? colours.breached : colours.met;
    return (
      <circle
        key={`dot-${props.index}`}
        cx={props.cx}
        cy={props.cy}
        r={point.met === false ? 4.5 : 3.5}
        fill={point.met === false ? fill : colours.surface}
        stroke={fill}
        strokeWidth={2}
      />
    );
  };

  return (
    <figure className="chart" role="img" aria-label={description} data-scheme={dark ? 'dark' : 'light'}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={colours.grid} />
          <XAxis
            dataKey="label"
            tickLine={false}
            axisLine={{ stroke: colours.grid }}
            tick={{ fill: colours.text, fontSize: 12 }}
            minTickGap={20}
            interval="preserveStartEnd"
          />
          <YAxis
            domain={scale.domain}
            ticks={scale.ticks}
            tickFormatter={(value: number) => formatNumber(value)}
            tickLine={false}
            axisLine={false}
            tick={{ fill: colours.text, fontSize: 12 }}
            width={52}
          />
          <Tooltip
            content={(props) => <ChartTooltip {...props} unit={unit} />}
            cursor={{ stroke: colours.grid }}
          />
          {threshold !== null && (
            <ReferenceLine
              y={threshold}
              stroke={colours.threshold}
              strokeDasharray="5 4"
              strokeWidth={1.5}
              label={{
                value: `Target ${labelOf(comparisonSymbols, comparison)} ${formatWithUnit(threshold, unit)}`,
                position: 'insideTopRight',
                fill: colours.threshold,
                fontSize: 12,
              }}
            />
          )}
          <Line
            type="linear"
            dataKey="value"
            stroke={colours.line}
            strokeWidth={2}
            dot={dot}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
