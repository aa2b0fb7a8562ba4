import type { APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodOutput, RendererMethodName } from '../../src-main/api/contract';

/**
 * The core's API as the page reaches it, for setting up a test's records directly. It uses the
 * page's request context, whose session cookie the app shell received when it was opened.
 */
export class WorkspaceApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly origin: string,
  ) {}

  async call<M extends RendererMethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const response = await this.request.post(`${this.origin}/api/${method}`, { data: input });
    const envelope = (await response.json()) as
      { ok: true; value: MethodOutput<M> } | { ok: false; error: { code: string; message: string } };
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  }
}
