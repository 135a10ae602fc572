/** How often a server re-sends the refresh jobs; several ticks per slot, so a late timer never skips a slot. */
const TICKS_PER_SLOT = 4;

/** The refresh slot in seconds for NEWS_REFRESH_MINUTES (0 = no slots: one refresh per start). */
export function refreshSlotSeconds(minutes: number): number {
  return minutes > 0 ? Math.max(1, Math.round(minutes * 60)) : 0;
}

/**
 * Sends one "feed refresh" job per feed now, then again several times per slot. Each send carries the feed as its
 * singleton key and the slot length as its throttle, so the database keeps one job per feed per slot (slots are
 * aligned to the database clock): N servers fetch each feed once per interval. The timer does not keep the process alive.
 */
export function startFeedSchedule(
  feeds: readonly string[],
  minutes: number,
  send: (feed: string, slotSeconds: number) => Promise<unknown>,
  log: (message: string) => void,
): { stop(): void } {
  const slot = refreshSlotSeconds(minutes);
  const sendAll = () => {
    for (const feed of feeds) {
      send(feed, slot).catch((error: unknown) => log(`could not queue a refresh of ${feed}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  sendAll();
  const timer = slot > 0 && feeds.length > 0 ? setInterval(sendAll, (slot * 1000) / TICKS_PER_SLOT) : undefined;
  timer?.unref();
  return { stop: () => clearInterval(timer) };
}
