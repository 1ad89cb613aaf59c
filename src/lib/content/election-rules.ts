import { join } from 'node:path';
import { z } from 'zod';
import { deepNfc, text } from './common.ts';
import { readYamlFile } from './collection.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import { displayPath } from './files.ts';

/**
 * `content/quy-che-bau-cu.yaml`: the rules of the Quy chế bầu cử trong Đảng a vote counter needs at
 * the table, each with its article and the public page it was checked against. The vote counters'
 * page (<QuyCheBauCu>) and the Quy chế bầu cử template (src/lib/documents/view.ts) both read it, so
 * the two cannot say different things.
 */

const checkedUrl = z.url({ protocol: /^https?$/, error: 'cần địa chỉ trang web đầy đủ, bắt đầu bằng http:// hoặc https://' });

export const electionRuleSchema = z.strictObject({
	title: text,
	lead: text.optional(),
	items: z.array(text, { error: 'cần danh sách các điểm (mỗi điểm một dòng «- …»)' }).min(1, { error: 'cần ít nhất một điểm' }),
	source: text,
	article: text.optional(),
	checked: z.array(checkedUrl).default([]),
	note: text.optional(),
});

const baseRuleSchema = electionRuleSchema.extend({ total: text });

export const electionRulesSchema = z.preprocess(
	deepNfc,
	z.strictObject({
		'ban-kiem-phieu': electionRuleSchema,
		'trinh-tu': electionRuleSchema,
		'phieu-bau': electionRuleSchema,
		'phieu-hop-le': electionRuleSchema,
		'phieu-khong-hop-le': electionRuleSchema,
		'can-cu-dai-hoi-dai-bieu': baseRuleSchema,
		'can-cu-dai-hoi-dang-vien': baseRuleSchema,
		'chua-du-so-luong': electionRuleSchema,
		'bang-phieu': electionRuleSchema,
	})
);

export type ElectionRule = z.infer<typeof electionRuleSchema>;
export type ElectionRules = z.infer<typeof electionRulesSchema>;
export type ElectionRuleId = keyof ElectionRules;

export const ELECTION_RULES_FILE = 'quy-che-bau-cu.yaml';

/**
 * Reads and validates the file, collecting problems. `knownSource` tells whether a `source` is in
 * the directive registry; unchecked when not given.
 */
export function readElectionRules(
	root: string,
	contentDir: string,
	knownSource?: (ref: string) => boolean
): { rules?: ElectionRules; problems: ContentProblem[] } {
	const path = join(contentDir, ELECTION_RULES_FILE);
	const file = displayPath(root, path);
	const problems: ContentProblem[] = [];
	const rules = readYamlFile(path, file, electionRulesSchema, problems);
	if (rules && knownSource) {
		for (const [id, rule] of Object.entries(rules)) {
			if (!knownSource(rule.source)) {
				problems.push({ file, field: `${id}.source`, message: `văn bản «${rule.source}» không có trong danh mục văn bản (content/directives/)` });
			}
		}
	}
	return problems.length || !rules ? { problems } : { rules, problems };
}

export function loadElectionRules(root: string, contentDir: string): ElectionRules {
	const { rules, problems } = readElectionRules(root, contentDir);
	if (!rules) throw new ContentError(problems);
	return rules;
}
