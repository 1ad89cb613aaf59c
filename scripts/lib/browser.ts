import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** The variable a user sets to point the project at a Chromium or Chrome of their choice. */
export const BROWSER_ENV = 'CHROMIUM_PATH';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for a headless browser on a machine with no network but localhost: without the
 * background-networking flags Chromium keeps trying to reach Google services.
 */
export const BROWSER_ARGS = [
	'--no-sandbox',
	'--no-zygote',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--font-render-hinting=none',
];

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

export interface FoundBrowser {
	path: string;
	source: 'env' | 'system' | 'npm';
}

/**
 * Finds a Chromium with no manual step: the CHROMIUM_PATH variable, then a system Chrome or
 * Chromium, then the Chromium shipped inside the @sparticuz/chromium npm package (Linux).
 */
export async function findBrowser(): Promise<FoundBrowser> {
	const fromEnv = process.env[BROWSER_ENV];
	if (fromEnv) {
		if (executable(fromEnv)) return { path: fromEnv, source: 'env' };
		throw new Error(`${BROWSER_ENV}=${fromEnv} không phải là tệp chạy được. Hãy trỏ biến này tới Chromium hoặc Chrome.`);
	}
	const system = SYSTEM_BROWSERS.find(executable);
	if (system) return { path: system, source: 'system' };
	if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
		try {
			const { default: packaged } = await import('@sparticuz/chromium');
			return { path: await packaged.executablePath(), source: 'npm' };
		} catch (e) {
			throw new Error(
				`Không giải nén được Chromium trong gói @sparticuz/chromium (${(e as Error).message}). ` +
					`Hãy cài Chromium hoặc Chrome, hoặc đặt biến ${BROWSER_ENV} trỏ tới trình duyệt.`
			);
		}
	}
	throw new Error(
		`Không tìm thấy Chromium hay Chrome trên máy này. Hãy cài một trong hai, hoặc đặt biến ${BROWSER_ENV} trỏ tới tệp chạy của trình duyệt.`
	);
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
	const { path } = await findBrowser();
	return chromium.launch({ headless: true, ...options, executablePath: path, args: [...BROWSER_ARGS, ...(options.args ?? [])] });
}
