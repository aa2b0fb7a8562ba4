import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Call {
  method: string;
  input: { search: string; limit: number };
  answer(value: { total: number; rows: unknown[] }): void;
}
const calls: Call[] = [];

vi.mock('../../../src-renderer/api/client', () => ({
  api: {
    call: (method: string, input: Call['input']) =>
      new Promise((resolve) => calls.push({ method, input, answer: resolve })),
    onWorkspaceChanged: () => () => undefined,
  },
}));

const { createListStore } = await import('../../../src-renderer/features/registers/list/list-store');
const { useRegisterData } =
  await import('../../../src-renderer/features/registers/state/register-data-store');

const pageCalls = () => calls.filter((call) => call.input.limit !== 1);
const countCalls = () => calls.filter((call) => call.input.limit === 1 && call.input.search === '');
const answerPage = (call: Call, total: number) =>
  call.answer({
    total,
    rows: Array.from({ length: Math.min(total, 3) }, (_, n) => ({ id: `${call.input.search}-${n}` })),
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('searching a register list as the user types', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('searches at once, keeps one search on its way, and sends only the latest text typed meanwhile', async () => {
    const list = createListStore('targets', { by: 'code', direction: 'asc' });
    list.getState().typeSearch('a');
    expect(pageCalls().map((call) => call.input.search)).toEqual(['a']);

    list.getState().typeSearch('av');
    list.getState().typeSearch('ava');
    expect(list.getState().searchText).toBe('ava');
    expect(pageCalls()).toHaveLength(1);

    answerPage(pageCalls()[0]!, 15_643);
    await settle();
    expect(list.getState().total).toBe(15_643);
    expect(pageCalls().map((call) => call.input.search)).toEqual(['a', 'ava']);
    expect(list.getState().query.search).toBe('ava');

    answerPage(pageCalls()[1]!, 12_760);
    await settle();
    expect(list.getState()).toMatchObject({ total: 12_760, status: 'ready' });
    expect(list.getState().pages[0]).toEqual([{ id: 'ava-0' }, { id: 'ava-1' }, { id: 'ava-2' }]);
  });

  it('counts the whole register once, not again for every keystroke, and again after a change', async () => {
    const list = createListStore('services', { by: 'code', direction: 'asc' });
    list.getState().typeSearch('p');
    expect(countCalls()).toHaveLength(1);
    countCalls()[0]!.answer({ total: 5_000, rows: [] });
    answerPage(pageCalls()[0]!, 40);
    await settle();
    expect(list.getState().all).toBe(5_000);

    for (const text of ['pa', 'pay', 'payr']) {
      list.getState().typeSearch(text);
      answerPage(pageCalls().at(-1)!, 12);
      await settle();
    }
    expect(pageCalls().map((call) => call.input.search)).toEqual(['p', 'pa', 'pay', 'payr']);
    expect(countCalls()).toHaveLength(1);

    useRegisterData.getState().replaced();
    list.getState().typeSearch('payro');
    expect(countCalls()).toHaveLength(2);
  });

  it('drops text still waiting to be searched when the query is cleared', async () => {
    const list = createListStore('agreements', { by: 'code', direction: 'asc' });
    list.getState().typeSearch('s');
    list.getState().typeSearch('sl');
    list.getState().clearQuery();
    expect(list.getState().searchText).toBe('');
    for (const call of pageCalls()) answerPage(call, 1);
    await settle();
    expect(pageCalls().map((call) => call.input.search)).toEqual(['s', '']);
    expect(list.getState().query.search).toBe('');
  });
});
