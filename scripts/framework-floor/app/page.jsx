export default function FloorPage() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>One line of text, so the page benchmark can show what Next.js and React cost before the course adds anything.</p>
    </main>
  );
}
