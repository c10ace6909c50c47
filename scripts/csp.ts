// `npm run csp`: prints the Content-Security-Policy of the last build (from dist/_headers), for
// hosts configured by hand (CloudFront). `npm run csp -- --write` copies it into deploy/nginx.conf
// and vercel.json, which cannot read dist/_headers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from '../src/integrations/headers-file.ts';
import {
	deployConfigFiles,
	withCspInNginx,
	withCspInVercel,
} from '../src/deploy/deploy-config-csp.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
if (!existsSync('dist/_headers')) {
	console.error('csp: dist/_headers is missing. Run `npm run build` first.');
	process.exit(1);
}
const csp = parseHeadersFile(readFileSync('dist/_headers', 'utf8'))
	.map((rule) => rule.headers['Content-Security-Policy'])
	.find((value) => value !== undefined);
if (!csp) {
	console.error('csp: dist/_headers has no Content-Security-Policy. Rebuild with `npm run build`.');
	process.exit(1);
}
if (!values.write) {
	console.log(csp);
} else {
	writeFileSync(
		deployConfigFiles.nginx,
		withCspInNginx(readFileSync(deployConfigFiles.nginx, 'utf8'), csp),
	);
	writeFileSync(
		deployConfigFiles.vercel,
		withCspInVercel(readFileSync(deployConfigFiles.vercel, 'utf8'), csp),
	);
	console.log(
		`Updated ${deployConfigFiles.nginx} and ${deployConfigFiles.vercel} with the policy from dist/_headers.`,
	);
}
