import { createContext, useContext, type ComponentType } from 'react';

/** What the app shell may show on each proposal card: the news check of its tokens and route tools. */
export type ProposalNews = ComponentType<{ tokens: readonly string[]; tools: readonly string[] }>;

export const ProposalNewsContext = createContext<ProposalNews | undefined>(undefined);

export const useProposalNews = () => useContext(ProposalNewsContext);
