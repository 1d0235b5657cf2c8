/** `search-index.json`: the prebuilt fuse index and result metadata the search page loads, written once at build time. */
import type { APIRoute } from 'astro';
import { loadLibraryOnce } from '../node/library/index.ts';
import { buildSearchData } from '../core/search/documents.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchData(loadLibraryOnce())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
