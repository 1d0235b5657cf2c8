/** After `astro build`: writes the example profiles' playbooks (md, html, json, pdf) as downloads into the built site. */
import { join } from 'node:path';
import { generate } from './lib/generate.ts';
import { EXAMPLES_DOWNLOAD_DIR } from '../src/lib/url.ts';

const outDir = process.env.OUT_DIR || 'dist';
const profiles = join(process.env.CONTENT_DIR ?? 'content', 'profiles');
const code = await generate({ profile: profiles, out: join(outDir, EXAMPLES_DOWNLOAD_DIR) });
process.exit(code);
