import type { APIRoute } from 'astro';
import { loadCourse } from '../lib/load-course.ts';
import { href } from '../lib/urls.ts';

/**
 * The web app manifest, so the course installs as an app. Its start URL, scope and icons follow the base path, so an
 * install from /course/ opens /course/. The colours are the light theme's; pages give the dark theme's in their
 * theme-color meta for a dark system.
 */
export const GET: APIRoute = async () => {
  const { title, description } = await loadCourse();
  return new Response(
    JSON.stringify({
      id: href(),
      name: title,
      short_name: 'Enabling',
      description,
      start_url: href(),
      scope: href(),
      display: 'standalone',
      background_color: '#f7f6f3',
      theme_color: '#0e6a6a',
      icons: [
        { src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
        { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
        { src: href('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
