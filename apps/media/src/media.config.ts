import { IsString, Matches } from 'class-validator';
import { ServiceConfig } from '@onstream/common';

export class MediaConfig extends ServiceConfig {
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s):// URL' })
  S3_ENDPOINT = 'http://127.0.0.1:9000';

  @IsString()
  S3_REGION = 'us-east-1';

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' })
  S3_BUCKET = 'onstream-media';

  @IsString()
  S3_ACCESS_KEY = 'onstream';

  @IsString()
  S3_SECRET_KEY = 'onstream-secret';
}
