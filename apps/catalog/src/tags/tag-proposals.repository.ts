import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TagProposal } from '@onstream/common/schemas/tag-proposal.schema.js';
import type { Model } from 'mongoose';
import { ReviewQueue, type Reviewed } from '../review/review-queue.js';

export interface StoredTagProposal extends Reviewed {
  titleId: string;
  slug: string;
  wikiPage: string;
  category: string;
  createdAt: Date;
}

@Injectable()
export class TagProposalsRepository {
  readonly queue: ReviewQueue<StoredTagProposal, TagProposal>;

  constructor(@InjectModel(TagProposal.name) proposals: Model<TagProposal>) {
    this.queue = new ReviewQueue(proposals);
  }

  /** The (title, tag) proposal, created pending when new; an existing one keeps its status (a rejected tag is not proposed again). */
  propose(proposal: Pick<StoredTagProposal, 'titleId' | 'slug' | 'wikiPage' | 'category'>): Promise<StoredTagProposal> {
    return this.queue.findOrCreatePending({ titleId: proposal.titleId, slug: proposal.slug }, { wikiPage: proposal.wikiPage, category: proposal.category });
  }
}
