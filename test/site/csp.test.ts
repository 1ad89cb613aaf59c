import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';

/**
 * «No Content-Security-Policy on any page»: every built page carries a strict policy in its
 * <meta>, and everything inline it runs is in that policy by hash. Hashes are computed here from
 * the bytes of the built pages, independently of the build's own hashing.
 */
describe('Content-Security-Policy of every page', () => {
	const pages = htmlPages(inject('distDir')).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
	const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

	function policyOf(html: string): Map<string, string[]> {
		const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
		expect(metas).toHaveLength(1);
		const policy = new Map<string, string[]>();
		for (const part of metas[0]![1]!.replace(/&#39;/g, "'").split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (name) policy.set(name, sources);
		}
		return policy;
	}

	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it('every page has one strict policy meta in its head', () => {
		for (const { url, html } of pages) {
			const policy = policyOf(html);
			const head = html.slice(0, html.indexOf('</head>'));
			expect(head, url).toMatch(/<meta http-equiv="content-security-policy"/i);
			// A meta policy covers only what follows it. Astro writes it after Starlight's static head
			// (title, meta tags, the hashed theme script): nothing loaded from a URL may come before it.
			const before = html.slice(0, html.search(/<meta http-equiv="content-security-policy"/i));
			expect(before.match(/<script\b[^>]*\bsrc=|<iframe|<object|<embed|<img/gi) ?? [], url).toEqual([]);
			expect(policy.get('default-src'), url).toEqual(["'self'"]);
			expect(policy.get('object-src'), url).toEqual(["'none'"]);
			expect(policy.get('base-uri'), url).toEqual(["'none'"]);
			expect(policy.get('connect-src'), url).toEqual(["'self'"]);
			expect(policy.get('worker-src'), url).toEqual(["'self'"]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts, url).toContain("'self'");
			expect(scripts, url).toContain("'wasm-unsafe-eval'");
			for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
				expect(scripts, `${url} script-src`).not.toContain(loose);
				expect(policy.get('style-src') ?? [], `${url} style-src`).not.toContain(loose);
			}
			// Only style="" attributes (icons, code blocks) may be inline without a hash.
			expect(policy.get('style-src-attr'), url).toEqual(["'unsafe-inline'"]);
		}
	});

	it('every inline script and <style> of every page is allowed by its hash', () => {
		const missing: string[] = [];
		for (const { url, html } of pages) {
			const policy = policyOf(html);
			for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				const [, attrs = '', body = ''] = m;
				if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
				if (!policy.get('script-src')!.includes(sha256(body))) missing.push(`${url} script ${body.trim().slice(0, 50)}`);
			}
			for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
				if (!policy.get('style-src')!.includes(sha256(m[1] ?? ''))) missing.push(`${url} style ${m[1]!.slice(0, 50)}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('no page has an inline event handler, a javascript: URL or a script from elsewhere', () => {
		const found: string[] = [];
		for (const { url, html } of pages) {
			for (const m of html.matchAll(/<[a-z][^>]*?\son[a-z]+\s*=[^>]*>/gi)) found.push(`${url} ${m[0].slice(0, 60)}`);
			for (const m of html.matchAll(/(?:href|src|action)\s*=\s*"\s*javascript:/gi)) found.push(`${url} ${m[0]}`);
			for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) if (!m[1]!.startsWith('/')) found.push(`${url} script ${m[1]}`);
		}
		expect(found).toEqual([]);
	});
});
