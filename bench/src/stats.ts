/** A set of timed runs: the median is the figure, min and max show how noisy the machine was. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples: [...samples],
  };
}

/** Half the min-max range as a share of the median: "±4%". */
export function spread(summary: Summary): number {
  return summary.median === 0 ? 0 : (summary.max - summary.min) / 2 / summary.median;
}

/**
 * `numerator / denominator` for two timed measurements of the same run. The figure is the ratio
 * of their medians, so that it equals the two figures as reported divided; the samples (the
 * spread) are each numerator run over its pair where the runs were taken in pairs, round by
 * round, and over the denominator's median where they were not.
 */
export function ratio(
  numerator: Summary,
  denominator: Summary,
  pairing: "paired" | "over-median",
): Summary {
  if (!(denominator.median > 0)) throw new RangeError("ratio over a median that is not positive");
  let samples: number[];
  if (pairing === "paired") {
    if (numerator.samples.length !== denominator.samples.length)
      throw new RangeError(
        `paired ratio of ${numerator.samples.length} runs over ${denominator.samples.length}`,
      );
    samples = numerator.samples.map((n, i) => n / (denominator.samples[i] as number));
  } else samples = numerator.samples.map((n) => n / denominator.median);
  return { ...summarise(samples), median: numerator.median / denominator.median };
}

/** The measurement with the highest median, and its name: the worst of several kinds of run. */
export function slowest<K extends string>(
  summaries: Readonly<Record<K, Summary>>,
): { readonly name: K; readonly summary: Summary } {
  const entries = Object.entries(summaries) as [K, Summary][];
  if (entries.length === 0) throw new RangeError("slowest of no measurements");
  let worst = entries[0] as [K, Summary];
  for (const entry of entries) if (entry[1].median > worst[1].median) worst = entry;
  return { name: worst[0], summary: worst[1] };
}
