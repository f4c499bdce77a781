/**
 * Runs `callback` in a task after the next frame has been painted (a task queued from a frame callback runs once
 * that frame is on screen), `delayMs` after that frame. Returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(callback: () => void, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, delayMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
