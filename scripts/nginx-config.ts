/**
 * `npm run nginx-config -- [--root DIR] [--prefix /cam-nang/] [--listen 80] [--server-name HOST]`:
 * prints the nginx server block for the built site, with the headers of deploy/headers.ts.
 * Without options it prints deploy/nginx.conf (regenerate that file with
 * `npm run --silent nginx-config > deploy/nginx.conf` after changing deploy/headers.ts).
 */
import { parseArgs } from 'node:util';
import { nginxDefaults, nginxServerBlock } from '../deploy/nginx.ts';

let values;
try {
	({ values } = parseArgs({
		options: {
			root: { type: 'string', default: nginxDefaults.root },
			prefix: { type: 'string', default: nginxDefaults.prefix },
			listen: { type: 'string', default: nginxDefaults.listen },
			'server-name': { type: 'string', default: nginxDefaults.serverName },
		},
	}));
} catch (e) {
	console.error(`${(e as Error).message}\nCách dùng: npm run nginx-config -- [--root THƯ_MỤC] [--prefix /cam-nang/] [--listen 80] [--server-name TÊN_MIỀN]`);
	process.exit(2);
}
if (!values.prefix.startsWith('/')) {
	console.error(`--prefix phải bắt đầu bằng «/» (ví dụ /cam-nang/), nhận được «${values.prefix}».`);
	process.exit(2);
}
process.stdout.write(nginxServerBlock({ root: values.root, prefix: values.prefix, listen: values.listen, serverName: values['server-name'] }));
