import { clockOffsetMs } from '@openiort/contract';
import { useEffect, useState } from 'react';

const SAMPLES = 3;
const REMEASURE_MS = 60_000;

/**
 * This device's clock offset from the server's, measured with GET /api/time: of a few samples,
 * the one with the shortest round trip (its midpoint is the least uncertain). Measured again every
 * minute, since device clocks drift. Null until the first measurement.
 */
export function useServerClockOffset(): number | null {
  const [offsetMs, setOffsetMs] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    const measure = async () => {
      let best: { rttMs: number; offsetMs: number } | null = null;
      for (let i = 0; i < SAMPLES; i++) {
        const sentAt = Date.now();
        try {
          const response = await fetch('/api/time', { credentials: 'same-origin' });
          const receivedAt = Date.now();
          if (!response.ok) continue;
          const { serverNow } = (await response.json()) as { serverNow: string };
          const sample = {
            rttMs: receivedAt - sentAt,
            offsetMs: clockOffsetMs(sentAt, receivedAt, serverNow),
          };
          if (best === null || sample.rttMs < best.rttMs) best = sample;
        } catch {
          // Offline for a moment: keep the last offset.
        }
      }
      if (!cancelled && best !== null) setOffsetMs(best.offsetMs);
    };
    void measure();
    const timer = window.setInterval(() => void measure(), REMEASURE_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, []);
  return offsetMs;
}

/** The server's time as this device estimates it, refreshed four times a second. */
export function useServerNow(offsetMs: number | null): number {
  const [now, setNow] = useState(() => Date.now() + (offsetMs ?? 0));
  useEffect(() => {
    const tick = () => {
      setNow(Date.now() + (offsetMs ?? 0));
    };
    tick();
    const timer = window.setInterval(tick, 250);
    return () => {
      window.clearInterval(timer);
    };
  }, [offsetMs]);
  return now;
}
