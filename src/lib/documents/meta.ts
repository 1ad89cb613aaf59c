import { z } from 'zod';
import { ELECTION_KINDS } from '../content/congress.ts';
import { deepNfc, text } from '../content/common.ts';

import { TEMPLATE_IDS, type TemplateId } from './ids.ts';

export { TEMPLATE_IDS, type TemplateId };

const sitePath = z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'đường dẫn trong trang, dạng /chu-de/trang/' });

/** One reason a template exists: a rule it implements or a lesson it answers, with its source. */
const reasonSchema = z
	.strictObject({
		/** Own-words statement of the rule or lesson. */
		text,
		/** Registry id of the directive that sets the rule (content/directives/). */
		source: text.optional(),
		/** Id of the report the lesson comes from (content/reports/). */
		report: text.optional(),
		/** Handbook page that explains it. */
		page: sitePath.optional(),
	})
	.refine((r) => r.source || r.report, { error: 'cần ghi nguồn: source (mã văn bản) hoặc report (mã tư liệu)' });

/** Metadata of one template (`templates/<id>.yaml`), shown on its page and used to name files. */
export const templateMetaSchema = z.preprocess(
	deepNfc,
	z.strictObject({
		title: text,
		/** One sentence: what the document is. */
		description: text,
		/** When and by whom it is used at the congress. */
		purpose: text,
		/** Symbol after the document number («NQ/ĐH» → «Số 01-NQ/ĐH»); none for documents without a number. */
		symbol: text.optional(),
		/** One document per election of these kinds (vote-count minutes, ballots); otherwise one per congress. */
		perElection: z.array(z.enum(ELECTION_KINDS)).min(1).optional(),
		/** Rules it implements and lessons it answers. */
		serves: z.array(reasonSchema).min(1, { error: 'cần nêu ít nhất một quy định hoặc bài học mà biểu mẫu phục vụ' }),
	})
);

export type TemplateMeta = z.infer<typeof templateMetaSchema> & { id: TemplateId };
