/**
 * Worker thread of the document pool: compiles the templates once, then renders the packets of
 * the congresses it is sent. See document-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Congress } from '../../src/lib/content/congress.ts';
import type { TemplateMeta } from '../../src/lib/documents/meta.ts';
import { loadElectionRules } from '../../src/lib/content/election-rules.ts';
import { contentDir } from '../../src/lib/content/paths.ts';
import type { Rule } from '../../src/lib/rules/schema.ts';
import { packetZip, renderCongress } from '../../src/lib/documents/packet.ts';
import { compileTemplates } from './templates.ts';

const { root, metas, rules: personnelRules } = workerData as { root: string; metas: TemplateMeta[]; rules: Rule[] };
const compiled = await compileTemplates(root, metas);
const rules = loadElectionRules(root, contentDir(root));

parentPort!.on('message', async (msg: { job: number; congresses: Congress[] }) => {
	try {
		const packets = [];
		const transfer: ArrayBuffer[] = [];
		for (const c of msg.congresses) {
			const files = await renderCongress(c, metas, compiled, rules, personnelRules);
			const zip = packetZip(files);
			packets.push({ files: files.map((f) => ({ name: f.name, bytes: f.bytes })), zip });
			transfer.push(zip.buffer as ArrayBuffer, ...files.map((f) => f.bytes.buffer as ArrayBuffer));
		}
		parentPort!.postMessage({ job: msg.job, packets }, transfer);
	} catch (e) {
		parentPort!.postMessage({ job: msg.job, error: (e as Error).stack ?? String(e) });
	}
});
parentPort!.postMessage({ ready: true });
