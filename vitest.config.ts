import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/lib/**/*.test.ts', 'test/scripts/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
				},
			},
			{
				// Tests of the built site: they need dist/ (built once if missing) and a local server;
				// test/deploy/ also runs nginx over it.
				test: {
					name: 'site',
					include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/deploy/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					maxWorkers: 2,
				},
			},
		],
	},
});
