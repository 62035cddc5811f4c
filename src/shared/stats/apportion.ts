/**
 * Rounds a column of amounts to the unit printed (e.g. 0.01 万元 = 10,000 分) so that the rounded rows add
 * up exactly to the rounded total printed under them (largest remainder): a table whose rows sum to
 * 11.66 while its 合计 says 11.65 would not be signed.
 */
export function apportion(values: readonly number[], unit: number): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  const target = Math.round(total / unit);
  const floors = values.map((value) => Math.floor(value / unit));
  let remaining = target - floors.reduce((sum, value) => sum + value, 0);
  const order = values
    .map((value, index) => ({ index, remainder: value / unit - Math.floor(value / unit) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const result = [...floors];
  for (const { index } of order) {
    if (remaining <= 0) break;
    result[index] = result[index]! + 1;
    remaining -= 1;
  }
  return result;
}
