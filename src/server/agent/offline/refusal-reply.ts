import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { Refusal } from '../intent/parse-intent';
import { listWords } from './describe';
import { HELP_TEXT } from './help-text';

const MAINNETS = listWords(SUPPORTED_CHAINS.map((chain) => chain.name));

/** Why no trade was proposed, as a clause after "I did not propose a trade: ". Pure. */
export function refusalReason(refusal: Refusal): string {
  switch (refusal.type) {
    case 'other-network': {
      if (!refusal.testnet) return `you named ${refusal.network}, which this app does not support, and I will not move your request to another chain`;
      const named = refusal.network.startsWith('a ') ? refusal.network : `${refusal.network}, a test network`;
      return `you named ${named}; I only trade on the main networks of the supported chains and will not move your request to one of them`;
    }
    case 'conditional-order':
      return 'limit and stop orders (a trade that waits for a price) are not supported; I only propose trades at the current price that you review and sign now';
    case 'instruction-override':
      return 'your message tries to change my instructions, and I do not act on that';
    case 'sweep':
      return 'I never send, pay or withdraw funds to anyone; I only propose a swap or a bridge of a token you name, paid to your own account';
  }
}

/** What the user can ask instead, said before the reason. Pure. */
export function refusalAdvice(refusal: Refusal): string {
  switch (refusal.type) {
    case 'other-network':
      return `I trade only on the main networks of ${MAINNETS}.`;
    case 'conditional-order':
      return 'To trade now at the current price, ask without the price condition, for example "sell 0.5 ETH for USDC on Base".';
    case 'instruction-override':
    case 'sweep':
      return HELP_TEXT;
  }
}
