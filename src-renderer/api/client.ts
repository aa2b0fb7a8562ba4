import type { MethodInput, MethodOutput, RendererMethodName } from '../../src-main/api/contract';
import { ApiError, SessionEndedError } from './api-error';
import { useSessionStore } from './session-store';
import { detectTransport, type Transport } from './transport';

/**
 * The renderer's only way to reach the core. It knows the contract by its types alone; the core
 * parses and validates every input, so this client does not.
 */
export interface ApiClient {
  readonly transport: Transport['kind'];
  /** Resolves with the method's output; rejects with `ApiError` (the core said no) or `SessionEndedError`. */
  call<M extends RendererMethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  onWorkspaceChanged(listener: () => void): () => void;
}

export function createApiClient(transport: Transport, onSessionEnded: () => void): ApiClient {
  return {
    transport: transport.kind,
    async call(method, input) {
      let envelope;
      try {
        envelope = await transport.send(method, input);
      } catch (error) {
        if (error instanceof SessionEndedError) onSessionEnded();
        throw error;
      }
      if (!envelope.ok) throw new ApiError(envelope.error);
      // The core checked the value against the method's output schema before sending it.
      return envelope.value as MethodOutput<typeof method>;
    },
    onWorkspaceChanged: (listener) => transport.onWorkspaceChanged(listener),
  };
}

export const api: ApiClient = createApiClient(detectTransport(), () =>
  useSessionStore.getState().markEnded(),
);
