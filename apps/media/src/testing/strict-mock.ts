/** A typed stand-in that throws on any member the test did not provide, so unexpected calls fail loudly. */
export function strictMock<T extends object>(name: string, members: Partial<T>): T {
  return new Proxy(members, {
    get(target, property) {
      if (property in target) return target[property as keyof typeof target];
      if (property === 'then' || typeof property === 'symbol') return undefined;
      throw new Error(`${name}.${String(property)} was called but not mocked`);
    },
  }) as T;
}
