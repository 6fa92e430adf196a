/** The search benchmark (bench/search.ts), run by bench/run.ts as `npm run bench -- search`. */
export { default } from '../search';
