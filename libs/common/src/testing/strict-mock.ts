/**
 * A mock that has only the members given: touching anything else throws, so a unit spec fails
 * loudly on an unexpected collaborator call instead of getting `undefined` back.
 */
export function strictMock<T extends object>(name: string, members: Partial<T> = {}): T {
  return new Proxy(members as T, {
    get(target, property) {
      if (property in target) return target[property as keyof T];
      // Awaiting a mock asks for `then`; it must not look like a promise.
      if (property === 'then' || typeof property === 'symbol') return undefined;
      throw new Error(`unexpected use of ${name}.${String(property)}`);
    },
  });
}
