import { round } from './measure/stats.js';

/** One figure of the report: a ratio measured side by side, with its absolute numbers. */
export interface RatioResult {
  id: string;
  title: string;
  /** `>=` when higher is better, `<=` when lower is. */
  /** Null for an informational ratio without a target. */
  target: { op: '>=' | '<='; value: number } | null;
  /** The median ratio; null when not measured (then `notMeasured` says why). */
  value: number | null;
  /** Absolute figures behind the ratio, one line each. */
  figures: string[];
  notMeasured?: string;
}

export function meets(result: RatioResult): boolean | null {
  if (result.value === null || result.target === null) return null;
  return result.target.op === '>='
    ? result.value >= result.target.value
    : result.value <= result.target.value;
}

/**
 * One printed block per ratio: `RATIO <id> = 0.612 (target >= 0.40) ok`, then its figures.
 *
 * @example console.log(formatResult(result))
 */
export function formatResult(result: RatioResult): string {
  const head =
    result.value === null
      ? `RATIO ${result.id} not measured: ${result.notMeasured ?? 'unknown reason'}`
      : result.target === null
        ? `RATIO ${result.id} = ${round(result.value)} (informational, no target)`
        : `RATIO ${result.id} = ${round(result.value)} (target ${result.target.op} ${result.target.value}) ${meets(result) ? 'ok' : 'MISSED'}`;
  return [head, `  ${result.title}`, ...result.figures.map((line) => `    ${line}`)].join('\n');
}

/** A throughput or latency, for figure lines. @example fmt(1234.5678) // '1234.6' */
export function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}
