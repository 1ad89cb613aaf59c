import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}

/**
 * Site tests read the site the way users get it: the output of `npm run build`, served over HTTP.
 * A missing build is made once here, so `npm test` also works on its own.
 */
export default async function setup(project: TestProject) {
	const distDir = 'dist';
	if (!existsSync(`${distDir}/index.html`) || process.env.CNDH_REBUILD === '1') {
		const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
		if (result.status !== 0) throw new Error('Dựng site để kiểm thử thất bại');
	}
	const server = await preview({ root: process.cwd(), server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	project.provide('distDir', distDir);
	return async () => {
		await server.stop();
	};
}
