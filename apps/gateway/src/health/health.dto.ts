import { ApiProperty } from '@nestjs/swagger';
import { DependencyCheck, ServiceHealth, type HealthStatus } from '@onstream/common';

export class LivenessReport {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
  @ApiProperty({ example: 42 }) uptimeSeconds!: number;
}

export class ReadinessReport {
  @ApiProperty({ enum: ['up', 'down'] }) status!: HealthStatus;
  @ApiProperty({ type: [DependencyCheck], description: "The gateway's own stores (NATS, Redis)." }) dependencies!: DependencyCheck[];
  @ApiProperty({ type: [ServiceHealth], description: 'Each service, asked over NATS, with its own stores.' }) services!: ServiceHealth[];
}

export class PingReport {
  @ApiProperty({ example: 'users' }) service!: string;
  @ApiProperty({ example: 'host:1234', description: 'The replica that answered.' }) instance!: string;
}
