/** The service apps behind the gateway; each is also its NATS queue group and subject prefix. */
export const ServiceNames = ['users', 'catalog', 'media', 'billing', 'analytics', 'engagement'] as const;
export type ServiceName = (typeof ServiceNames)[number];

/** Every service answers `<service>.health.check` with its ServiceHealth. */
export function healthPattern<S extends ServiceName>(service: S): `${S}.health.check` {
  return `${service}.health.check`;
}

/** Every service answers `<service>.health.ping` without touching a store: the cheapest round trip. */
export function pingPattern<S extends ServiceName>(service: S): `${S}.health.ping` {
  return `${service}.health.ping`;
}

/** A health check or ping of any service: admission never refuses them (ADR 0020). */
export function isHealthPattern(pattern: string): boolean {
  return /^[a-z]+\.health\.(check|ping)$/.test(pattern);
}

export interface ServicePing {
  service: string;
  instance: string;
}
