import type { ServerConfig } from '../config';
import type { Analyser } from './analyser';
import { createOfflineAnalyser } from './offline/offline-analyser';
import { createOpenAiAnalyser } from './openai-analyser';

/** The analyser to try first and the one that always works. */
export interface Analysers {
  primary: Analyser;
  fallback: Analyser;
}

/** OpenAI (or any compatible server) when OPENAI_API_KEY is set, otherwise the offline analyser alone. */
export function createAnalysers(config: Pick<ServerConfig, 'openai'>): Analysers {
  const offline = createOfflineAnalyser();
  if (!config.openai) return { primary: offline, fallback: offline };
  return { primary: createOpenAiAnalyser(config.openai), fallback: offline };
}
