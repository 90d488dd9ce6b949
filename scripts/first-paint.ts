/**
 * First contentful paint of built pages in Chromium, on a throttled phone: 390 × 844, 150 ms
 * round trip, 1.6 Mbit/s down, CPU slowed 4× (the settings Lighthouse's mobile run is modelled
 * on). Each page loads in a fresh context (cold cache), several times; the median counts.
 * Used by `npm run bench`.
 */
import { launchChromium } from './lib/chromium.ts';

export const PHONE_THROTTLING = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median first contentful paint (ms) of each path under `base`. */
export async function firstPaints(base: string, paths: readonly string[], runs = 5): Promise<Record<string, number>> {
  const browser = await launchChromium();
  const out: Record<string, number> = {};
  try {
    for (const path of paths) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        const { latency, downloadThroughput, uploadThroughput, cpuSlowdown } = PHONE_THROTTLING;
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
        times.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) =>
                new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true }),
              ),
          ),
        );
        await context.close();
      }
      out[path] = median(times);
    }
  } finally {
    await browser.close();
  }
  return out;
}
