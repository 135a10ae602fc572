import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import * as v from 'valibot';
import { z } from 'zod';
import { analysisSchema, CATEGORIES, SENTIMENTS, type Analysis } from '@/domain/article';
import { describeIssues } from '@/domain/validation-issue';
import type { Analyser, ArticleInput } from './analyser';
import { buildAnalysisMessages } from './analysis-prompt';

/**
 * The shape asked of the model. Same fields as the domain schema, without string-length limits
 * (not every OpenAI-compatible server accepts them in a strict schema); the domain schema still
 * validates the answer.
 */
const modelOutputSchema = z.object({
  summary: z.string(),
  analysis: z.string(),
  takeaways: z.array(z.string()).min(3).max(5),
  sentiment: z.enum(SENTIMENTS),
  importance: z.number().int().min(1).max(10),
  category: z.enum(CATEGORIES),
  entities: z.object({
    companies: z.array(z.string()),
    tokens: z.array(z.object({ symbol: z.string(), name: z.string() })),
  }),
});

const RESPONSE_FORMAT = zodResponseFormat(modelOutputSchema, 'article_analysis');

class InvalidModelOutputError extends Error {}

interface OpenAiAnalyserOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Client retries on 429/5xx/connection errors (with backoff honouring Retry-After). */
  maxRetries?: number;
  timeoutMs?: number;
  /** Attempts when the model answers with invalid output. */
  attempts?: number;
}

// A cut-off answer can still parse (an object closed just before the limit); it is never used.
const UNFINISHED = new Map([
  ['length', 'the model\'s answer was cut off at its length limit (finish_reason "length")'],
  ['content_filter', 'the model\'s answer was withheld by its content filter (finish_reason "content_filter")'],
]);

function parseOutput(content: string | null | undefined, refusal: string | null | undefined, finishReason: string | null | undefined): Analysis {
  if (refusal) throw new InvalidModelOutputError(`model refused: ${refusal.slice(0, 200)}`);
  const unfinished = finishReason ? UNFINISHED.get(finishReason) : undefined;
  if (unfinished) throw new InvalidModelOutputError(unfinished);
  if (!content) throw new InvalidModelOutputError('model returned no content');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new InvalidModelOutputError('model output is not valid JSON');
  }
  const result = v.safeParse(analysisSchema, json);
  if (!result.success) {
    throw new InvalidModelOutputError(`model output does not match the analysis schema (${describeIssues(result.issues, 'output')})`);
  }
  const data = result.output;
  return {
    ...data,
    entities: {
      companies: [...new Set(data.entities.companies.map((c) => c.trim()).filter(Boolean))],
      tokens: data.entities.tokens.map((t) => ({ symbol: t.symbol.trim().toUpperCase(), name: t.name.trim() })),
    },
  };
}

/**
 * Analyses with an OpenAI-compatible Chat Completions endpoint using a JSON-schema response format.
 * Throws when the model keeps failing; the caller falls back to the offline analyser.
 */
export function createOpenAiAnalyser(options: OpenAiAnalyserOptions): Analyser {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? 60_000,
  });
  const attempts = options.attempts ?? 2;
  return {
    name: 'openai',
    async analyse(input: ArticleInput): Promise<Analysis> {
      let lastError: Error = new InvalidModelOutputError('no attempt made');
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        const completion = await client.chat.completions.create({
          model: options.model,
          messages: buildAnalysisMessages(input),
          response_format: RESPONSE_FORMAT,
        });
        const choice = completion.choices[0];
        try {
          return parseOutput(choice?.message?.content, choice?.message?.refusal, choice?.finish_reason);
        } catch (error) {
          if (!(error instanceof InvalidModelOutputError)) throw error;
          lastError = error;
        }
      }
      throw lastError;
    },
  };
}
