/**
 * The nginx `server` block for the built site, written from deploy/headers.ts so nginx sends
 * exactly the headers, types and caching of the project's own server. `npm run nginx-config`
 * prints it; deploy/nginx.conf is its output with the defaults below (a test keeps them equal).
 */
import { cacheRules, defaultCacheControl, defaultMimeType, mimeTypes, securityHeaders, type CacheRule } from './headers.ts';

export interface NginxOptions {
	/** Folder that holds the site at `prefix`: dist/ itself for `/`, else the folder containing `<prefix>` (a copy or link of dist/). */
	root: string;
	/** Path prefix the site is built for (`/`, `/cam-nang/`). */
	prefix: string;
	listen: string;
	serverName: string;
}

export const nginxDefaults: NginxOptions = { root: '/srv/cam-nang/dist', prefix: '/', listen: '80', serverName: 'camnang.example.gov.vn' };

/** Types nginx must label with a charset (it appends `; charset=utf-8` itself). */
function splitType(type: string): { type: string; utf8: boolean } {
	const [bare, ...params] = type.split(';').map((s) => s.trim());
	return { type: bare!, utf8: params.some((p) => /^charset=utf-8$/i.test(p)) };
}

function quote(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function headerLines(cacheControl: string, indent: string): string[] {
	return [...Object.entries(securityHeaders()), ['Cache-Control', cacheControl] as const].map(
		([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
	);
}

/**
 * A rule's pattern (matched against the path below the prefix, which starts with `/`) as an nginx
 * (PCRE) regex on the whole URI. Unanchored patterns may match anywhere below the prefix.
 */
function locationRegex(rule: CacheRule, prefix: string): string {
	const base = prefix.slice(0, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const source = rule.pattern.source.replace(/\\\//g, '/');
	return `^${base}${source.startsWith('^') ? source.slice(1) : `(/.*)?${source}`}`;
}

/** nginx needs quotes around a regex holding braces, semicolons or spaces. */
function regexArg(regex: string): string {
	return /[{};\s"']/.test(regex) ? quote(regex) : regex;
}

export function nginxServerBlock(options: NginxOptions = nginxDefaults): string {
	const prefix = options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`;
	const byType = new Map<string, string[]>();
	const utf8 = new Set<string>();
	for (const [ext, full] of Object.entries(mimeTypes)) {
		const { type, utf8: isText } = splitType(full);
		byType.set(type, [...(byType.get(type) ?? []), ext]);
		if (isText) utf8.add(type);
	}
	const lines = [
		'# Cẩm nang Đại hội: nginx server block for the built site (dist/).',
		'# Generated from deploy/headers.ts by `npm run nginx-config`; do not edit by hand, change the',
		'# source and regenerate (README, «Triển khai»). Include it in the http {} block of nginx.conf.',
		'server {',
		`    listen ${options.listen};`,
		`    server_name ${options.serverName};`,
		`    # The folder holding the site at ${prefix}${prefix === '/' ? ' (dist/ itself)' : ` (dist/ copied or linked as .${prefix})`}.`,
		`    root ${options.root};`,
		'    index index.html;',
		'    # Redirects (a folder without its slash) keep the host and scheme the reader used: right behind a proxy.',
		'    absolute_redirect off;',
		'    server_tokens off;',
		`    error_page 404 ${prefix}404.html;`,
		'',
		'    # Content types of deploy/headers.ts (they replace nginx\'s mime.types here).',
		'    types {',
		...[...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
		'    }',
		`    default_type ${defaultMimeType};`,
		'    charset utf-8;',
		// text/html is in charset_types already.
		`    charset_types ${[...utf8].filter((t) => t !== 'text/html').join(' ')};`,
		'',
		'    gzip on;',
		`    gzip_types ${[...utf8].filter((t) => t !== 'text/html').join(' ')} image/svg+xml;`,
		'',
		...(prefix === '/'
			? []
			: [
					'    # Only the prefix is the handbook.',
					'    location / {',
					'        return 404;',
					'    }',
					`    location = ${prefix.slice(0, -1)} {`,
					...headerLines(defaultCacheControl, '        '),
					`        return 301 ${prefix};`,
					'    }',
					'',
				]),
		...cacheRules.flatMap((rule) => [
			`    # ${rule.why}`,
			`    location ~ ${regexArg(locationRegex(rule, prefix))} {`,
			...headerLines(rule.cacheControl, '        '),
			'    }',
			'',
		]),
		'    # Everything else (pages, search index, documents, PDFs): revalidated on each use.',
		`    location ${prefix} {`,
		...headerLines(defaultCacheControl, '        '),
		'    }',
		'}',
	];
	return `${lines.join('\n')}\n`;
}
