/**
 * axe-core inside the page under test: injects the library once per page and returns the violations of
 * the WCAG 2.x A/AA rules that axe rates critical or serious, each with the elements that fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Critical and serious violations on the page (or inside `selector`), as readable lines. */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated over the DevTools protocol: the page's CSP (script-src 'self') refuses an inline tag.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(context ?? (globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as {
      violations: {
        id: string;
        impact: string;
        help: string;
        nodes: { target: string[]; failureSummary: string }[];
      }[];
    };
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes
          .slice(0, 8)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] ?? ''}`),
      }));
  }, selector ?? null);
}
