import { Injectable } from '@nestjs/common';

/** The time, injectable so specs can fix it or move it (cache expiry, "as of" dates). One for every app. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
