import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ApprovedContentRequest, CatalogPatterns, type ApprovedContentPage } from '@onstream/common';
import { LauncherService } from './launcher.service.js';

@Controller()
export class LauncherController {
  constructor(private readonly launcher: LauncherService) {}

  @MessagePattern(CatalogPatterns.ApprovedContent)
  approvedContent(@Payload() request: ApprovedContentRequest): Promise<ApprovedContentPage> {
    return this.launcher.approvedContent(request);
  }
}
