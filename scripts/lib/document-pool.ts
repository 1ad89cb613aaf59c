import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Congress } from '../../src/lib/content/congress.ts';
import type { TemplateMeta } from '../../src/lib/documents/meta.ts';
import type { Rule } from '../../src/lib/rules/schema.ts';

export interface Packet {
	files: { name: string; bytes: Uint8Array }[];
	zip: Uint8Array;
}

/**
 * Renders many congresses' packets on all cores: one worker per core, each parsing the templates
 * once; congresses are handed out in small batches so a slow batch does not idle the others.
 * Results come back in input order.
 */
export async function renderInParallel(
	root: string,
	metas: TemplateMeta[],
	congresses: Congress[],
	rules: readonly Rule[],
	options: { workers?: number; batch?: number } = {}
): Promise<Packet[]> {
	const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), congresses.length));
	const batch = options.batch ?? 8;
	const results: Packet[] = new Array(congresses.length);
	let next = 0;
	const workers = Array.from({ length: count }, () => new Worker(new URL('./document-worker.ts', import.meta.url), { workerData: { root, metas, rules } }));
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const send = () => {
							if (next >= congresses.length) return resolve();
							const start = next;
							next = Math.min(congresses.length, next + batch);
							worker.postMessage({ job: start, congresses: congresses.slice(start, next) });
						};
						worker.on('message', (msg: { ready?: boolean; job?: number; packets?: Packet[]; error?: string }) => {
							if (msg.error) return reject(new Error(msg.error));
							if (msg.packets) msg.packets.forEach((p, i) => (results[msg.job! + i] = p));
							send();
						});
						worker.on('error', reject);
					})
			)
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}
