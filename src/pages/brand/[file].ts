/** The company's brand files (DESIGN.md §7): `brand/accent.css` when an accent is set, `brand/logo.<ext>` when a logo is. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { brandFiles } from '../../site/brand.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  brandFiles().map((f) => ({
    params: { file: f.name },
    props: { body: f.body, type: f.type },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as BodyInit, { headers: { 'content-type': String(props.type) } });
