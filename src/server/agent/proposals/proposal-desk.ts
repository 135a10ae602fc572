import type { Proposal, ProposalRoute } from '@/domain/proposal';
import type { TurnContext } from '../turn-context';
import { buildProposal } from './build-proposal';
import type { ProposalCandidate, ProposalOutcome } from './proposal-candidate';
import { fetchRouteSummary, type RouteRequest } from './route-quote';

const MAX_PROPOSALS_PER_TURN = 4;

interface DeskResult {
  proposals: Proposal[];
  dropped: { reason: string }[];
}

type RouteFetcher = (request: RouteRequest) => Promise<ProposalRoute | null>;

/**
 * The one place both brains turn candidates into proposals. Each accepted proposal starts its LI.FI
 * route request at once, so several quotes are fetched in parallel while the brain keeps working.
 */
export class ProposalDesk {
  private readonly accepted: { proposal: Proposal; route: Promise<ProposalRoute | null> }[] = [];
  private readonly dropped: { reason: string }[] = [];
  private readonly fetchRoute: RouteFetcher;

  constructor(private readonly turn: TurnContext, fetchRoute?: RouteFetcher) {
    this.fetchRoute = fetchRoute ?? ((request) => fetchRouteSummary(turn.config.lifi, request));
  }

  async propose(candidate: ProposalCandidate): Promise<ProposalOutcome<Proposal>> {
    if (this.accepted.length >= MAX_PROPOSALS_PER_TURN) {
      return this.drop(`at most ${MAX_PROPOSALS_PER_TURN} trades are proposed at once`);
    }
    const built = await buildProposal(this.turn, candidate);
    if (!built.ok) return this.drop(built.reason);
    const p = built.value;
    const route = this.fetchRoute({
      fromChainId: p.fromChainId, toChainId: p.toChainId, fromTokenAddress: p.fromToken.address, toTokenAddress: p.toToken.address,
      fromAmount: BigInt(p.fromAmount), address: this.turn.address!,
    }).catch(() => null);
    this.accepted.push({ proposal: p, route });
    return built;
  }

  drop(reason: string): { ok: false; reason: string } {
    this.dropped.push({ reason });
    return { ok: false, reason };
  }

  /** Withdraws every accepted proposal (the brain failed after proposing), each with `reason`. */
  discardAccepted(reason: string): void {
    for (const _ of this.accepted.splice(0)) this.dropped.push({ reason });
  }

  get acceptedCount(): number {
    return this.accepted.length;
  }

  /** Waits for the route requests (already running in parallel) and returns the final lists. */
  async finish(): Promise<DeskResult> {
    const routes = await Promise.all(this.accepted.map((entry) => entry.route));
    const proposals = this.accepted.map((entry, index) => ({ ...entry.proposal, route: routes[index] ?? null }));
    return { proposals, dropped: [...this.dropped] };
  }
}
