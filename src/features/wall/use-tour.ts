import { useEffect, useRef, useState } from 'react';

/** Quiet time after the last pointer or key before the tour moves again. */
export const RESUME_AFTER_MS = 30_000;

/**
 * Counts tour steps every `intervalSeconds`; any pointer or key activity pauses it until the room
 * has been quiet for RESUME_AFTER_MS.
 */
export function useTour(intervalSeconds: number): { step: number; paused: boolean } {
  const [step, setStep] = useState(0);
  const [paused, setPaused] = useState(false);
  const lastActivity = useRef(-Infinity);
  useEffect(() => {
    const onActivity = () => {
      lastActivity.current = Date.now();
      setPaused(true);
    };
    const events = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current < RESUME_AFTER_MS) return;
      setPaused(false);
      setStep((current) => current + 1);
    }, intervalSeconds * 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [intervalSeconds]);
  return { step, paused };
}
