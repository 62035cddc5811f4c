/** The part of lunar-javascript (no types of its own) that the holiday table uses. */
declare module 'lunar-javascript' {
  export interface SolarDay {
    toYmd(): string;
    next(days: number): SolarDay;
  }
  export const Solar: { fromYmd(year: number, month: number, day: number): SolarDay };
  export const Lunar: {
    fromYmd(
      year: number,
      month: number,
      day: number,
    ): { getSolar(): SolarDay; getJieQiTable(): Record<string, SolarDay | undefined> };
  };
}
