import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}

/**
 * Site tests read the site the way users get it: the output of `npm run build`, served over HTTP.
 * A missing build is made once here, so `npm test` also works on its own. It is served by the
 * project's own server (`npm run serve`), so tests see the headers (CSP, types, caching) readers get.
 */
export default async function setup(project: TestProject) {
	const distDir = 'dist';
	if (!existsSync(`${distDir}/index.html`) || process.env.CNDH_REBUILD === '1') {
		const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
		if (result.status !== 0) throw new Error('Dựng site để kiểm thử thất bại');
	}
	const server = await startStaticServer({ root: distDir, port: 0, host: '127.0.0.1' });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	project.provide('distDir', distDir);
	return async () => {
		await server.close();
	};
}
