/**
 * Document generation speed: 500 congresses (over 5,000 documents) rendered on all cores with
 * templates parsed once and commands evaluated without a VM, next to a naive serial loop calling
 * docx-templates' createReport with its default options (VM sandbox, template parsed per call)
 * on the same data. The naive loop is timed on the first congresses only (it needs ~0.1 s per
 * document); its rate is documents per second, so the two figures compare directly.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createReport } from 'docx-templates';
import { checkContent } from '../../src/lib/content/check.ts';
import { parseCongress, type Congress } from '../../src/lib/content/congress.ts';
import { loadTemplateMetas, templatesDir } from '../../src/lib/content/templates.ts';
import { HELPERS } from '../../src/lib/documents/format.ts';
import { planDocuments } from '../../src/lib/documents/packet.ts';
import { templateData } from '../../src/lib/documents/view.ts';
import { renderInParallel } from '../lib/document-pool.ts';

const CONGRESSES = 500;
const NAIVE_CONGRESSES = 6;

/** 500 valid congresses varied from the examples, with full candidate lists and vote counts. */
export function benchCongresses(examples: Congress[], n = CONGRESSES): Congress[] {
	return Array.from({ length: n }, (_, i) => {
		const base = structuredClone(examples[i % examples.length]!);
		const attending = 80 + (i % 40);
		const candidates = Array.from({ length: 15 }, (_, j) => ({ name: `Nguyễn Văn ${String.fromCharCode(65 + j)} ${i}`, votes: attending - 3 - j * 2, elected: j < 13 }));
		return parseCongress(
			{
				...base,
				organization: { ...base.organization, name: `${base.organization.name} (bản thử ${i + 1})`, members: 300 + i },
				congress: { ...base.congress, dates: [`2020-0${1 + (i % 6)}-${String(10 + (i % 18)).padStart(2, '0')}`], number: 'XXI', kind: 'dai-bieu' },
				delegates: { elected: attending + 2, attending },
				elections: [
					{ kind: 'committee', seats: 13, ballots: { issued: attending, received: attending, valid: attending - 1, invalid: 1 }, candidates },
					{ kind: 'delegation', seats: 5, ballots: { issued: attending, received: attending, valid: attending, invalid: 0 }, candidates: candidates.slice(0, 6).map((c, j) => ({ ...c, elected: j < 5 })) },
					...(i % 3 === 1 ? [{ kind: 'secretary', seats: 1, candidates: [{ name: candidates[0]!.name, votes: attending - 5, elected: true }] }] : []),
				],
			},
			`bench-${i}`
		);
	});
}

export async function run(): Promise<void> {
	const root = process.cwd();
	const content = checkContent(root, 'content');
	const metas = loadTemplateMetas(root, 'content', content.directives.map((d) => d.id));
	const congresses = benchCongresses(content.congresses.map((c) => c.data));
	const total = congresses.reduce((n, c) => n + planDocuments(c, metas, content.electionRules).length, 0);
	const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
	const loadBefore = load();

	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const packets = await renderInParallel(root, metas, congresses, content.rules);
	const fastMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	// All threads of this process: what the generation cost, whatever else the machine was doing.
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const bytes = packets.reduce((n, p) => n + p.zip.length, 0);
	const fastRate = total / (fastMs / 1000);

	// Naive: createReport per document, default options, template bytes parsed on every call.
	const docx = new Map(metas.map((m) => [m.id, readFileSync(join(templatesDir(root), `${m.id}.docx`))]));
	let naiveDocs = 0;
	const t1 = performance.now();
	const naiveCpu0 = process.cpuUsage();
	for (const c of congresses.slice(0, NAIVE_CONGRESSES)) {
		for (const plan of planDocuments(c, metas, content.electionRules)) {
			await createReport({
				template: docx.get(plan.template.id)!,
				data: templateData(c, { id: plan.template.id, symbol: plan.template.symbol }, content.electionRules, plan.election, content.rules),
				cmdDelimiter: ['{{', '}}'],
				additionalJsContext: HELPERS,
			});
			naiveDocs++;
		}
	}
	const naiveMs = performance.now() - t1;
	const naiveCpu = process.cpuUsage(naiveCpu0);
	const naiveCpuSeconds = (naiveCpu.user + naiveCpu.system) / 1e6;
	const naiveRate = naiveDocs / (naiveMs / 1000);

	console.log('\n## Document generation');
	console.log(`| | documents | time | documents/s |`);
	console.log('|---|---:|---:|---:|');
	console.log(`| parallel, parsed once, no VM (${availableParallelism()} workers, ${CONGRESSES} congresses) | ${total} | ${(fastMs / 1000).toFixed(2)} s | ${fastRate.toFixed(0)} |`);
	console.log(`| naive serial createReport, default options (first ${NAIVE_CONGRESSES} congresses) | ${naiveDocs} | ${(naiveMs / 1000).toFixed(2)} s | ${naiveRate.toFixed(1)} |`);
	console.log(
		`CPU time of the parallel run: ${cpuSeconds.toFixed(1)} s, ${(total / cpuSeconds).toFixed(0)} documents per CPU-second` +
			` (≈ ${((total / cpuSeconds) * availableParallelism()).toFixed(0)} documents/s on ${availableParallelism()} idle cores)`
	);
	console.log(`naive loop CPU time: ${naiveCpuSeconds.toFixed(1)} s, ${(naiveDocs / naiveCpuSeconds).toFixed(1)} documents per CPU-second`);
	console.log(`speed-up per CPU-second (independent of the machine's load): ${((total / cpuSeconds) / (naiveDocs / naiveCpuSeconds)).toFixed(1)}×`);
	console.log(`speed-up: ${(fastRate / naiveRate).toFixed(1)}× · packets: ${(bytes / 1e6).toFixed(1)} MB · load average before/after: ${loadBefore} / ${load()} (${availableParallelism()} cores shared)`);
}
