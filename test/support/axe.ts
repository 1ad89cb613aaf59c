import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe-core violations on the page as it is now (within `selector` if given).
 * axe is evaluated through the DevTools protocol, not added as a <script>: the site's CSP rightly
 * refuses an unhashed inline script, and tests run with the CSP on.
 */
export async function axeViolations(page: Page, selector?: string): Promise<{ id: string; impact: string; nodes: string[] }[]> {
	await page.evaluate(axeSource);
	const all = await page.evaluate(async (context) => {
		type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
		const axe = (window as unknown as { axe: { run: (context?: string) => Promise<Result> } }).axe;
		const r = await (context === undefined ? axe.run() : axe.run(context));
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
	}, selector);
	return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
