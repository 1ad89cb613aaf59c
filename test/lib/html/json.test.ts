import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../../src/lib/html/json.ts';

/** What the review embedded in a template description: escaped on /bieu-mau/, raw in the packet builder's config. */
const PAYLOAD = { templates: [{ id: 'x', description: '</script><img src=x onerror="window.__xss=1"><!-- <script>alert(1)</script> & \u2028' }] };

describe('JSON embedded in pages (reliability review: </script> in a template description)', () => {
	it('embedded-config XSS: the script element holds the whole value and nothing else is parsed as HTML', () => {
		const html = `<script type="application/json" id="packet-config">${jsonForHtml(PAYLOAD)}</script><p>sau</p>`;
		const nodes = parseFragment(html).childNodes.filter((n) => 'tagName' in n);
		expect(nodes.map((n) => (n as { tagName: string }).tagName)).toEqual(['script', 'p']);
		const script = nodes[0] as unknown as { childNodes: { value: string }[] };
		expect(JSON.parse(script.childNodes.map((c) => c.value).join(''))).toEqual(PAYLOAD);
	});

	it('has no <, > or & left for the HTML parser', () => {
		expect(jsonForHtml(PAYLOAD)).not.toMatch(/[<>&\u2028\u2029]/);
	});

	it('is the only way pages embed data: no page or component stringifies JSON into set:html itself', async () => {
		const { readFileSync } = await import('node:fs');
		const { globSync } = await import('node:fs');
		for (const file of globSync('src/**/*.astro')) {
			const source = readFileSync(file, 'utf8');
			for (const m of source.matchAll(/set:html=\{([^}]*)\}/g)) {
				if (/JSON\.stringify/.test(m[1]!)) throw new Error(`${file}: set:html={${m[1]}} embeds JSON without jsonForHtml`);
			}
		}
		expect(readFileSync('src/pages/tao-bo-van-ban.astro', 'utf8')).toContain('set:html={jsonForHtml(config)}');
	});
});
