/**
 * How fast hostile files are answered (reliability review, December 2026: a 413-byte alias bomb
 * froze the packet builder 66 s and the documents CLI ~30 s). Target: under 2 s each, in the reader
 * every path shares (src/lib/content/yaml.ts) — the packet builder runs the same code in the browser.
 */
import { loadYaml, YamlReadError } from '../../src/lib/content/yaml.ts';

const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
const CASES: [string, string][] = [
	['alias bomb (9 levels × 9 aliases)', BOMB],
	['20 MB string', `a: "${'x'.repeat(20_000_000)}"`],
	['980 kB of list items (140.000)', `elections:\n${'  - {}\n'.repeat(140_000)}`],
	['largest allowed list (1.000 candidates)', `candidates:\n${'  - {name: Nguyễn Văn A, votes: 10}\n'.repeat(1_000)}`],
];

export async function run(): Promise<void> {
	console.log('\n## Tệp độc hại (giới hạn YAML)');
	for (const [name, text] of CASES) {
		const started = performance.now();
		let outcome = 'accepted';
		try {
			loadYaml(text);
		} catch (e) {
			if (!(e instanceof YamlReadError)) throw e;
			outcome = `refused: ${e.message.slice(0, 60)}…`;
		}
		console.log(`${name}: ${(performance.now() - started).toFixed(1)} ms, ${outcome}`);
	}
}
