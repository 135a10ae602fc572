import type { RuleId } from '@/domain/policy/policy-types';

/** Short plain-words names of the pre-sign rules, shown before each rule's message. */
export const RULE_LABEL: Record<RuleId, string> = {
  'route-shape': 'Incomplete route',
  'matches-request': 'Not what you asked for',
  'verified-token': 'Unverified token',
  'to-is-lifi-contract': 'Unknown contract',
  'approval-token': 'Wrong token approval',
  'approval-spender': 'Wrong approval spender',
  'approval-amount': 'Approval not exact',
  'native-value': 'Unexpected coin amount',
  recipient: 'Wrong recipient',
  'unreadable-call': 'Unreadable transaction',
  sender: 'Wrong sender',
  'chain-id': 'Wrong chain',
  slippage: 'Slippage too high',
  'value-loss': 'Value lost',
  'value-loss-confirmation': 'Large value loss',
  simulation: 'Would fail',
  balance: 'Balance',
  'gas-reserve': 'Gas reserve',
};
