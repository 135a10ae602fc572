/** The wallet side of the page (providers, connect button, portfolio, trade, agent). Loaded lazily. */
export function WalletArea(_props: { headerSlotId: string }) {
  return null;
}
