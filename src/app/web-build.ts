/**
 * `npm run web:build`: builds the web app now (for images that set WEB_APP=serve and never build
 * at start). `npm start` does the same by itself when the build is missing or stale.
 */
import { buildWeb, WEB_DIST } from './build.js';

await buildWeb(WEB_DIST);
