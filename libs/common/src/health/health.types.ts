import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type HealthStatus = 'up' | 'down';

export class DependencyCheck {
  @ApiProperty({ example: 'mongo' }) name!: string;
  @ApiProperty({ enum: ['up', 'down'] }) status!: HealthStatus;
  @ApiProperty({ example: 2.4 }) latencyMs!: number;
  @ApiPropertyOptional({ example: 'connect ECONNREFUSED' }) error?: string;
}

export class ServiceHealth {
  @ApiProperty({ example: 'users' }) service!: string;
  @ApiProperty({ enum: ['up', 'down'] }) status!: HealthStatus;
  @ApiProperty({ example: 'users-1234' }) instance!: string;
  @ApiProperty({ example: 120 }) uptimeSeconds!: number;
  @ApiProperty({ example: 3.1, description: 'Round trip from the caller, when measured by the gateway.' }) latencyMs!: number;
  @ApiProperty({ type: [DependencyCheck] }) checks!: DependencyCheck[];
}

/** Runs one dependency probe with a deadline and times it; a failure is data, not an exception. */
export async function probe(name: string, check: () => Promise<unknown>, timeoutMs = 2000): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([check(), deadline]);
    return { name, status: 'up', latencyMs: elapsed(started) };
  } catch (error) {
    return { name, status: 'down', latencyMs: elapsed(started), error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

export function overallStatus(checks: DependencyCheck[]): HealthStatus {
  return checks.every((check) => check.status === 'up') ? 'up' : 'down';
}
