import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { schemaOnce } from './schema-once';

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS agent_conversations (
  id TEXT PRIMARY KEY,
  address TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS agent_messages (
  id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES agent_conversations (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
  content TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS agent_messages_conversation_idx ON agent_messages (conversation_id, id);
`;

interface StoredTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** Conversation history kept on the server; clients only ever send their new message. */
class AgentConversationRepository {
  readonly ensureSchema: () => Promise<void>;

  constructor(private readonly db: Db) {
    this.ensureSchema = schemaOnce(db, SCHEMA_SQL);
  }

  /**
   * The conversation to continue: `requestedId` when it exists and belongs to the same account (or
   * both have none); otherwise a new one, so nobody can write into someone else's history.
   */
  async open(requestedId: string | undefined, address: string | null): Promise<{ id: string; continued: boolean }> {
    await this.ensureSchema();
    const owner = address?.toLowerCase() ?? null;
    if (requestedId) {
      const { rows } = await this.db.query<{ address: string | null }>('SELECT address FROM agent_conversations WHERE id = $1', [requestedId]);
      if (rows[0] && rows[0].address === owner) return { id: requestedId, continued: true };
    }
    const id = randomUUID();
    await this.db.query('INSERT INTO agent_conversations (id, address) VALUES ($1, $2)', [id, owner]);
    return { id, continued: false };
  }

  /** The last `limit` turns, oldest first. */
  async recentTurns(conversationId: string, limit: number): Promise<StoredTurn[]> {
    await this.ensureSchema();
    const { rows } = await this.db.query<StoredTurn>(
      'SELECT role, content FROM (SELECT id, role, content FROM agent_messages WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2) recent ORDER BY id ASC',
      [conversationId, limit],
    );
    return rows.map((row) => ({ role: row.role, content: row.content }));
  }

  async append(conversationId: string, turns: StoredTurn[]): Promise<void> {
    await this.ensureSchema();
    for (const turn of turns) {
      await this.db.query('INSERT INTO agent_messages (conversation_id, role, content) VALUES ($1, $2, $3)', [conversationId, turn.role, turn.content]);
    }
    await this.db.query('UPDATE agent_conversations SET updated_at = now() WHERE id = $1', [conversationId]);
  }
}

const repositories = new WeakMap<Db, AgentConversationRepository>();

export function agentConversationsFor(db: Db): AgentConversationRepository {
  let repository = repositories.get(db);
  if (!repository) repositories.set(db, (repository = new AgentConversationRepository(db)));
  return repository;
}
