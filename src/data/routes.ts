import { makeRoutes } from '../lib/routes.ts';

/**
 * The site's routes under the base path of this build (astro.config.mjs `base`, from
 * content/site.yaml `url` or SITE_URL). Vite writes BASE_URL into both the pages and the
 * browser bundles, so pages (src/pages, src/components) and page scripts (src/scripts) share
 * this one binding.
 */
export const routes = makeRoutes(import.meta.env.BASE_URL);
