import { Injectable } from '@nestjs/common';

/** The time, injectable so specs can move it (edit windows). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
