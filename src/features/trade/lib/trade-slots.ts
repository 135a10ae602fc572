import type { ComponentType } from 'react';

/**
 * Slots the app shell fills with other features (the trade feature imports none): the news check on the
 * route review, and "the story since" in the history.
 */
export interface TradeNewsCheckProps {
  tokens: readonly string[];
  tools: readonly (readonly string[])[];
  /** Rendered before any route exists so its request starts with the token choice; shows nothing then. */
  hidden: boolean;
  /** Why signing must wait, or null. */
  onHoldChange: (hold: string | null) => void;
}

export interface StorySinceProps {
  tokens: readonly string[];
  /** Epoch ms: only newer articles. */
  since: number;
}

export interface TradeSlots {
  NewsCheck?: ComponentType<TradeNewsCheckProps>;
  StorySince?: ComponentType<StorySinceProps>;
}

/** Why a trade was started, kept in its history entry (the journal). */
export interface TradeThesis {
  articleId?: string;
  articleTitle?: string;
  reason?: string;
}
