/** The side-by-side search benchmark (bench/search-peers.ts), run by bench/run.ts as `npm run bench -- search-peers`. */
export { default } from '../search-peers';
