import { Injectable } from '@nestjs/common';

/** Milliseconds since the epoch, injectable so specs can move time (cache expiry). */
@Injectable()
export class Clock {
  nowMs(): number {
    return Date.now();
  }
}
