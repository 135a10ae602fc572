const CHECKS = [
  ['The right contract', 'the transaction goes to LI.FI\'s contract on that chain, or, for an approval, to the token with LI.FI as the spender.'],
  ['You on both ends', 'it is sent from your connected account and pays your connected account, on the chain the step names.'],
  ['Exact approval', 'never more than the amount you spend.'],
  ['Slippage', 'within your setting (0.5 % unless you change it, never above 3 %).'],
  ['Value lost', 'a warning from 3 % lost to fees and price, a typed confirmation from 10 %, blocked from 20 %.'],
  ['It would succeed', 'the transaction is simulated first; if it would fail, nothing is sent and a new quote is offered.'],
  ['You can afford it', 'the amount fits your balance, and spending the native coin leaves enough for gas.'],
  ['Known tokens', 'only tokens from LI.FI\'s verified list, at their exact address on that chain.'],
  ['Readable', 'a call the app cannot fully read is blocked, never passed.'],
] as const;

/** The pre-sign policy (src/domain/policy) in plain words. */
export function PreSignChecks() {
  return (
    <ul className="how-it-works-checks">
      {CHECKS.map(([name, words]) => (
        <li key={name}><strong>{name}:</strong> {words}</li>
      ))}
    </ul>
  );
}
