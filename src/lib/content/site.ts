import { join } from 'node:path';
import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { ContentError, problemsFromZod } from './errors.ts';
import { displayPath, parseYaml, readText } from './files.ts';

const URL_EXAMPLE = 'ví dụ https://cong-thong-tin.example.gov.vn/cam-nang/';

/**
 * The public address of the web edition: http(s), optionally under a path, nothing after the
 * path. Normalized to end with `/`, so `base` below is always `/` or `/path/`.
 */
export const siteUrl = z
	.string({ error: `cần địa chỉ đầy đủ của bản điện tử, ${URL_EXAMPLE}` })
	.trim()
	.transform((raw, ctx) => {
		let url: URL | undefined;
		try {
			url = new URL(raw);
		} catch {
			// reported below
		}
		if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
			ctx.addIssue({ code: 'custom', message: `cần địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), không có «?» hay «#», ${URL_EXAMPLE} (đang ghi «${raw}»)` });
			return z.NEVER;
		}
		if (!url.pathname.endsWith('/')) url.pathname += '/';
		return url.href;
	});

export const siteSchema = z.strictObject({
	name: text,
	tagline: text,
	locality: text,
	term: z.string().regex(/^\d{4}-\d{4}$/, { error: 'nhiệm kỳ ghi dạng 2020-2025' }),
	/** Which round of congresses the edition covers and that some of its documents were replaced since. */
	scope: text,
	edition: isoDate,
	url: siteUrl,
});

export type Site = z.infer<typeof siteSchema>;

export function loadSite(root: string, contentDir: string): Site {
	const path = join(contentDir, 'site.yaml');
	const file = displayPath(root, path);
	const parsed = siteSchema.safeParse(parseYaml(readText(path), file));
	if (!parsed.success) throw new ContentError(problemsFromZod(file, parsed.error));
	return parsed.data;
}

/** Where the site is published: its full address, and the path every link starts with. */
export interface SiteAddress {
	/** `https://portal.example/cam-nang/` (always ends with `/`). */
	url: string;
	/** `/cam-nang/`, or `/` for a site at the root. */
	base: string;
}

/**
 * The address this build is for: the `SITE_URL` environment variable when set (one build for
 * another host), else content/site.yaml `url`.
 */
export function siteAddress(site: Site, env: string | undefined = process.env['SITE_URL']): SiteAddress {
	let url = site.url;
	if (env !== undefined && env.trim() !== '') {
		const parsed = siteUrl.safeParse(env);
		if (!parsed.success) throw new ContentError(problemsFromZod('biến môi trường SITE_URL', parsed.error));
		url = parsed.data;
	}
	return { url, base: new URL(url).pathname };
}
