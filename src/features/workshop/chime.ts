/**
 * A short, soft two-note chime through Web Audio, for when a timed round ends. Browsers let a
 * page that has been interacted with start sound; where Web Audio is missing or refuses, it
 * stays silent.
 */
export function playChime(): void {
  if (typeof AudioContext === "undefined") return;
  try {
    const context = new AudioContext();
    const notes = [880, 660];
    notes.forEach((frequency, i) => {
      const start = context.currentTime + i * 0.35;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.65);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // No sound available: the clock still says the time is up.
  }
}
