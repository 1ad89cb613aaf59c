/**
 * Zod compiles a fast object parser with `new Function` after probing whether eval is allowed.
 * The site's CSP has no 'unsafe-eval', and a strict CSP reports even the probe, whose throw Zod
 * catches, as a violation. Jitless mode skips both. Import it before any script that parses with
 * Zod in the browser.
 */
import { config } from 'zod';

config({ jitless: true });
