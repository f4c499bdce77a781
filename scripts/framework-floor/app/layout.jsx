export const metadata = { title: 'Framework floor', description: 'A one-line Next.js page, for the page benchmark.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
