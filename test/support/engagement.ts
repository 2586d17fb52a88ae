import { randomBytes } from 'node:crypto';
import { Api, type ApiResponse } from './http.js';
import type { Platform } from './platform.js';
import { TestTokens, type TokenOptions } from './tokens.js';

export interface Caller {
  userId: string;
  token: string;
}

export const objectId = () => randomBytes(12).toString('hex');

/** What the engagement e2e files share: callers of each role, a video and a title to engage with. */
export class EngagementWorld {
  readonly api: Api;
  private readonly tokens: TestTokens;

  constructor(platform: Platform) {
    this.api = new Api((path) => platform.url(path));
    this.tokens = new TestTokens(platform.env.JWT_SECRET ?? '');
  }

  caller(role: TokenOptions['role'] = 'viewer', options: Omit<TokenOptions, 'role' | 'userId'> = {}): Caller {
    const userId = objectId();
    return { userId, token: this.tokens.sign({ ...options, role, userId }) };
  }

  /** The same account acting as one of its profiles. */
  asProfile(caller: Caller, profileId: string, options: Omit<TokenOptions, 'userId' | 'profileId'> = {}): Caller {
    return { userId: caller.userId, token: this.tokens.sign({ role: 'viewer', ...options, userId: caller.userId, profileId }) };
  }

  async video(creator: Caller, visibility = 'public'): Promise<string> {
    const created = await this.api.post<{ id: string }>('/videos', { title: 'Harbour at dawn', category: 'travel', language: 'en', visibility, monetization: { model: 'free' } }, creator.token);
    if (created.status !== 201) throw new Error(`video create answered ${created.status}: ${JSON.stringify(created.body)}`);
    return created.body.id;
  }

  async title(staff: Caller, fields: Record<string, unknown> = {}): Promise<string> {
    const created = await this.api.post<{ id: string }>('/titles', { type: 'movie', title: `Engagement ${objectId()}`, certifications: [{ country: 'US', certification: 'PG' }], ...fields }, staff.token);
    if (created.status !== 201) throw new Error(`title create answered ${created.status}: ${JSON.stringify(created.body)}`);
    return created.body.id;
  }

  async comment<T = CommentBody>(caller: Caller, targetType: string, targetId: string, text: string, parentId?: string): Promise<ApiResponse<T>> {
    return this.api.post<T>('/comments', { targetType, targetId, text, ...(parentId && { parentId }) }, caller.token);
  }

  async commentId(caller: Caller, targetType: string, targetId: string, text: string, parentId?: string): Promise<string> {
    const response = await this.comment(caller, targetType, targetId, text, parentId);
    if (response.status !== 201) throw new Error(`comment answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.id;
  }
}

export interface CommentBody {
  id: string;
  parentId: string | null;
  authorUserId: string;
  text: string | null;
  deleted: boolean;
  replyCount: number;
  likeCount: number;
  likedByMe: boolean;
  editedAt: string | null;
}

export interface CommentPageBody {
  items: CommentBody[];
  nextCursor: string | null;
  commentCount: number;
}
