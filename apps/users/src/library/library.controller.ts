import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ActorRequest,
  LibraryEntryRequest,
  LibraryPageRequest,
  ProfilePageRequest,
  RecordProgressRequest,
  TitleRequest,
  UsersPatterns,
  type Acknowledgement,
  type HistoryEntryResponse,
  type HistoryPageResponse,
  type LibraryItemResponse,
  type LibraryPageResponse,
} from '@onstream/common';
import { LibraryService } from './library.service.js';

@Controller()
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @MessagePattern(UsersPatterns.AddToLibrary)
  add(@Payload() request: LibraryEntryRequest): Promise<LibraryItemResponse> {
    return this.library.add(request);
  }

  @MessagePattern(UsersPatterns.RemoveFromLibrary)
  remove(@Payload() request: LibraryEntryRequest): Promise<Acknowledgement> {
    return this.library.remove(request);
  }

  @MessagePattern(UsersPatterns.ListLibrary)
  list(@Payload() request: LibraryPageRequest): Promise<LibraryPageResponse> {
    return this.library.list(request);
  }

  @MessagePattern(UsersPatterns.RecordProgress)
  recordProgress(@Payload() request: RecordProgressRequest): Promise<HistoryEntryResponse> {
    return this.library.recordProgress(request);
  }

  @MessagePattern(UsersPatterns.ListHistory)
  history(@Payload() request: ProfilePageRequest): Promise<HistoryPageResponse> {
    return this.library.history(request, { unfinishedOnly: false });
  }

  @MessagePattern(UsersPatterns.ContinueWatching)
  continueWatching(@Payload() request: ProfilePageRequest): Promise<HistoryPageResponse> {
    return this.library.history(request, { unfinishedOnly: true });
  }

  @MessagePattern(UsersPatterns.RemoveHistoryEntry)
  removeHistoryEntry(@Payload() request: TitleRequest): Promise<Acknowledgement> {
    return this.library.removeHistoryEntry(request);
  }

  @MessagePattern(UsersPatterns.ClearHistory)
  clearHistory(@Payload() request: ActorRequest): Promise<Acknowledgement> {
    return this.library.clearHistory(request.actor);
  }
}
