/**
 * `npm run bench`: every benchmark of the project, one after another, printing figures.
 * Each module in scripts/bench/ that exports `run()` is a section.
 */
import { readdirSync } from 'node:fs';

// Section names choose sections; `--…` options are for the sections themselves (scale.ts).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const modules = readdirSync(new URL('./bench/', import.meta.url))
	.filter((f) => f.endsWith('.ts'))
	.sort((a, b) => (a === 'site.ts' ? -1 : b === 'site.ts' ? 1 : a.localeCompare(b)));

console.log(`# Cẩm nang Đại hội — benchmarks (${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores)`);
for (const file of modules) {
	const name = file.replace(/\.ts$/, '');
	if (only.length && !only.includes(name)) continue;
	const mod = (await import(`./bench/${file}`)) as { run?: () => Promise<void> };
	if (typeof mod.run !== 'function') continue;
	await mod.run();
}
