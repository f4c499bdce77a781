// The framework's floor for `npm run bench:pages`: a one-page Next.js app with nothing of the course in it
// (no layout, styles or client components), built with the same Next.js and React as the site.
/** @type {import('next').NextConfig} */
const nextConfig = { output: 'export', trailingSlash: true, poweredByHeader: false };

export default nextConfig;
